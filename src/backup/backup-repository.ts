import type { GraphClient } from '../neo4j/client';

/**
 * A property as exported: strings, booleans, floats and lists of them as they are; integers as
 * decimal strings (JSON numbers would lose them above 2^53 and turn them into floats on the way
 * back) and zoned datetimes as their ISO text, with their names listed in `ints`, `intLists`, `datetimes`.
 */
export interface TypedProperties {
  props: Record<string, unknown>;
  ints?: string[];
  intLists?: string[];
  datetimes?: string[];
}

export interface NodeRecord extends TypedProperties {
  label: string;
}

export interface RelationshipRecord extends TypedProperties {
  type: string;
  from: { label: string; key: string };
  to: { label: string; key: string };
}

/** Operational nodes are keyed by `id` (migrations.ts); every other node by `key`. */
const KEYED_BY_ID = new Set(['ApiKey', 'AuditEvent']);
export const identityProperty = (label: string): 'id' | 'key' => (KEYED_BY_ID.has(label) ? 'id' : 'key');

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A label, type or property name from an export file, checked and quoted before it enters Cypher. */
export function quotedName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a plain name: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

const TYPED_PROPERTIES = `[k IN keys(x) | {name: k, type: valueType(x[k]),
  value: CASE
    WHEN valueType(x[k]) STARTS WITH 'INTEGER' OR valueType(x[k]) STARTS WITH 'ZONED DATETIME' THEN toString(x[k])
    WHEN valueType(x[k]) STARTS WITH 'LIST<INTEGER' THEN [v IN x[k] | toString(v)]
    ELSE x[k] END}]`;

interface RawProperty {
  name: string;
  type: string;
  value: unknown;
}

const PLAIN_TYPES = /^(STRING|BOOLEAN|FLOAT|LIST<(STRING|BOOLEAN|FLOAT) NOT NULL>) NOT NULL$/;

function typed(raw: RawProperty[], owner: string): TypedProperties {
  const result: TypedProperties = { props: {} };
  for (const { name, type, value } of raw.sort((a, b) => a.name.localeCompare(b.name))) {
    result.props[name] = value;
    if (type === 'INTEGER NOT NULL') (result.ints ??= []).push(name);
    else if (type === 'LIST<INTEGER NOT NULL> NOT NULL') (result.intLists ??= []).push(name);
    else if (type === 'ZONED DATETIME NOT NULL') (result.datetimes ??= []).push(name);
    else if (!PLAIN_TYPES.test(type)) throw new Error(`${owner}.${name} is a ${type}, which the export format does not carry`);
  }
  return result;
}

/** Every node and relationship of the database, typed for a lossless export. Streams nothing: fine up to millions of facts' text. */
export function readWholeGraph(graph: GraphClient): Promise<{ nodes: NodeRecord[]; relationships: RelationshipRecord[] }> {
  return graph.readTransaction(async (tx) => {
    const nodeRows = await tx.run<{ labels: string[]; props: RawProperty[] }>(`MATCH (x) RETURN labels(x) AS labels, ${TYPED_PROPERTIES} AS props`);
    const nodes = nodeRows.rows.map(({ labels, props }) => {
      if (labels.length !== 1) throw new Error(`a node with labels ${JSON.stringify(labels)}: the export expects exactly one`);
      const label = labels[0] as string;
      const node = { label, ...typed(props, label) };
      if (typeof node.props[identityProperty(label)] !== 'string') throw new Error(`a ${label} node without its ${identityProperty(label)}`);
      return node;
    });
    const relationshipRows = await tx.run<{ type: string; fromLabel: string; fromKey: string; toLabel: string; toKey: string; props: RawProperty[] }>(
      `MATCH (a)-[x]->(b)
       RETURN type(x) AS type, labels(a)[0] AS fromLabel, coalesce(a.key, a.id) AS fromKey,
              labels(b)[0] AS toLabel, coalesce(b.key, b.id) AS toKey, ${TYPED_PROPERTIES} AS props`,
    );
    const relationships = relationshipRows.rows.map((row) => ({
      type: row.type,
      from: { label: row.fromLabel, key: row.fromKey },
      to: { label: row.toLabel, key: row.toKey },
      ...typed(row.props, row.type),
    }));
    return { nodes, relationships };
  });
}

/** `SET` clauses turning the exported text of integers and datetimes back into their types. */
function restoreTypes(variable: string, shape: TypedProperties): string {
  return [
    ...(shape.ints ?? []).map((name) => `SET ${variable}.${quotedName(name)} = toInteger(row.props.${quotedName(name)})`),
    ...(shape.intLists ?? []).map((name) => `SET ${variable}.${quotedName(name)} = [v IN row.props.${quotedName(name)} | toInteger(v)]`),
    ...(shape.datetimes ?? []).map((name) => `SET ${variable}.${quotedName(name)} = datetime(row.props.${quotedName(name)})`),
  ].join(' ');
}

function shapeKey(kind: string, shape: TypedProperties): string {
  return JSON.stringify([kind, shape.ints ?? [], shape.intLists ?? [], shape.datetimes ?? []]);
}

function groupBy<T extends TypedProperties>(records: T[], kindOf: (record: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = shapeKey(kindOf(record), record);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()];
}

const BATCH = 1000;

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH) result.push(rows.slice(start, start + BATCH));
  return result;
}

/** Writes exported nodes, then relationships, in one transaction: all of the graph or none of it. */
export function writeWholeGraph(client: GraphClient, graph: { nodes: NodeRecord[]; relationships: RelationshipRecord[] }): Promise<void> {
  return client.writeTransaction(async (tx) => {
    for (const group of groupBy(graph.nodes, (node) => node.label)) {
      const shape = group[0] as NodeRecord;
      const cypher = `UNWIND $rows AS row CREATE (n:${quotedName(shape.label)}) SET n = row.props ${restoreTypes('n', shape)}`;
      for (const rows of batches(group)) await tx.run(cypher, { rows: rows.map(({ props }) => ({ props })) });
    }
    for (const group of groupBy(graph.relationships, (edge) => `${edge.type}|${edge.from.label}|${edge.to.label}`)) {
      const shape = group[0] as RelationshipRecord;
      const cypher = [
        'UNWIND $rows AS row',
        `MATCH (a:${quotedName(shape.from.label)} {${identityProperty(shape.from.label)}: row.from})`,
        `MATCH (b:${quotedName(shape.to.label)} {${identityProperty(shape.to.label)}: row.to})`,
        `CREATE (a)-[r:${quotedName(shape.type)}]->(b) SET r = row.props ${restoreTypes('r', shape)}`,
        'RETURN count(r) AS created',
      ].join(' ');
      for (const rows of batches(group)) {
        const result = await tx.run<{ created: number }>(cypher, { rows: rows.map(({ from, to, props }) => ({ from: from.key, to: to.key, props })) });
        const created = Number(result.rows[0]?.created ?? 0);
        if (created !== rows.length) throw new Error(`${shape.type} relationships: ${rows.length} in the export, ${created} whose ends exist`);
      }
    }
  });
}
