import type { Driver } from 'neo4j-driver';

/** Every node and relationship with all properties, in a stable order: "the graph exactly". */
export async function dumpGraph(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const read = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
  const nodes = await read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await read(
    'MATCH (a)-[r]->(b) RETURN labels(a) AS from, coalesce(a.key, a.id) AS fromKey, type(r) AS type, properties(r) AS props, labels(b) AS to, coalesce(b.key, b.id) AS toKey',
  );
  const stable = (value: unknown) =>
    JSON.stringify(value, (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );
  return { nodes: nodes.map(stable).sort(), relationships: relationships.map(stable).sort() };
}
