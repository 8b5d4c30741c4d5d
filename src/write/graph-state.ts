import type { GraphClient } from '../neo4j/client';

/** Runs a query returning one boolean column `answer`. */
async function ask(graph: GraphClient, cypher: string): Promise<boolean> {
  const [row] = await graph.read<{ answer: boolean }>(cypher);
  return row?.answer === true;
}

/** True when the database holds no node at all (a fresh store, before the first seed). */
export function isDatabaseEmpty(graph: GraphClient): Promise<boolean> {
  return ask(graph, 'RETURN NOT EXISTS { MATCH (n) } AS answer');
}

/** True once anything was written through the curation API (every such write leaves an AuditEvent). */
export function isCurated(graph: GraphClient): Promise<boolean> {
  return ask(graph, 'RETURN EXISTS { MATCH (:AuditEvent) } AS answer');
}
