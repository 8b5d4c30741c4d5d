import type { Driver } from 'neo4j-driver';
import { KEY_PAGED_RELATIONSHIPS } from '../../src/model/fields';
import { RELATIONSHIP_ENDS } from '../../src/model/graph';

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

/**
 * Relationships of a type the model declares (src/model/graph.ts `RELATIONSHIP_ENDS`) that join
 * labels no declaration of that type allows. The read compiler leaves out the labels the model
 * implies (src/read/traversals.ts), so this must stay empty after every kind of write.
 */
export async function undeclaredRelationships(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types
     WITH type(r) AS type, labels(a)[0] AS from, labels(b)[0] AS to
     WHERE NONE(d IN $declared WHERE d.type = type AND from IN d.from AND to IN d.to)
     RETURN DISTINCT from + '-[:' + type + ']->' + to AS undeclared ORDER BY undeclared`,
    { types: [...new Set(RELATIONSHIP_ENDS.map(({ type }) => type))], declared: RELATIONSHIP_ENDS },
  );
  return records.map((record) => record.get('undeclared') as string);
}

/**
 * Relationships of a key-paged type (src/model/fields.ts `KEY_PAGED_RELATIONSHIPS`) that do not
 * carry their ends' keys as `startKey` and `endKey`. The read compiler pages them from the index on
 * those keys, where such a relationship would be missing, so this must stay empty after every kind of write.
 */
export async function relationshipsWithoutTheirKeys(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types AND (r.startKey IS NULL OR r.endKey IS NULL OR r.startKey <> a.key OR r.endKey <> b.key)
     RETURN a.key + '-[:' + type(r) + ']->' + b.key AS unkeyed ORDER BY unkeyed`,
    { types: KEY_PAGED_RELATIONSHIPS },
  );
  return records.map((record) => record.get('unkeyed') as string);
}
