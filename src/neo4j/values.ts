import neo4j, { type Integer } from 'neo4j-driver';

/** A Cypher integer parameter: the driver sends plain numbers as floats, which SKIP and LIMIT refuse. */
export const cypherInt = (value: number): Integer => neo4j.int(value);

export type CypherInt = Integer;
