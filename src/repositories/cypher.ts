import neo4j from 'neo4j-driver';
import type { Page } from '../pagination';
import { NODE_LABELS, type NodeLabel } from './ingest-repository';

/** A label, checked against the model and quoted: the only non-parameter text Cypher is built with. */
export function label(name: NodeLabel): string {
  if (!(NODE_LABELS as readonly string[]).includes(name)) throw new Error(`not a label of the model: ${name}`);
  return `\`${name}\``;
}

/**
 * A node as a row: its properties, its label (= GraphQL type name) and, for Evidence, the key
 * of the source it quotes.
 */
export function row(variable: string): string {
  return `${variable} {.*, label: labels(${variable})[0], sourceKey: [(${variable})-[:IN]->(quoted:Source) | quoted.key][0]}`;
}

/**
 * One page of the nodes `match` binds to `variable`, and how many there are, in one round trip.
 * Expects `$offset` and `$first` (see `pageParams`).
 */
export function pageQuery(match: string, order: string, variable = 'n'): string {
  return [
    `CALL () { ${match} RETURN count(${variable}) AS total }`,
    `CALL () { ${match} WITH ${variable} ORDER BY ${order} SKIP $offset LIMIT $first RETURN collect(${row(variable)}) AS rows }`,
    'RETURN total, rows',
  ].join('\n');
}

/** SKIP and LIMIT need Cypher integers; the driver sends plain numbers as floats. */
export function pageParams({ offset, first }: Page): { offset: ReturnType<typeof neo4j.int>; first: ReturnType<typeof neo4j.int> } {
  return { offset: neo4j.int(offset), first: neo4j.int(first) };
}

/** A query and its parameters, as a repository builds them (and unit tests snapshot them). */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}
