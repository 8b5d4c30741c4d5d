import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { FACT_LABELS, label, relationshipType, type FactLabel, type RelationshipType } from '../model/graph';

/**
 * A facts file is the whole truth about its facts' evidence, not about what else cites a span
 * (a stage change, curation's history): those spans and links are never the writer's to remove.
 */
const FACTS = FACT_LABELS.join('|');
const NOT_CITED_BEYOND_FACTS = `NOT EXISTS { (other)-[:EVIDENCED_BY]->(e) WHERE NOT other:${FACTS} }`;

export { NODE_LABELS, RELATIONSHIP_TYPES, type FactLabel, type NodeLabel, type RelationshipType } from '../model/graph';

export type PropertyValue = string | number | boolean | null;

/** One source and every fact curated from it, shaped as rows for `UNWIND`. */
export interface SourceGraph {
  source: {
    key: string;
    title: string | null;
    publisher: string | null;
    dateline: string | null;
    text: string;
    sha256: string;
  };
  nodes: { label: FactLabel; rows: { key: string; props: Record<string, PropertyValue> }[] }[];
  /** Evidence keys are `<sourceKey>:<start>-<end>`. */
  evidence: { key: string; start: number; end: number; quote: string }[];
  evidenceLinks: { label: FactLabel; rows: { key: string; evidence: string }[] }[];
  relationships: { type: RelationshipType; from: FactLabel; to: FactLabel; rows: { from: string; to: string }[] }[];
}

export interface CypherStatement {
  query: string;
  params: Record<string, unknown>;
}

export interface IngestCounts {
  source: string;
  /** Nodes and relationships the source accounts for (whether they already existed or not). */
  nodes: number;
  relationships: number;
  /** What this run changed: zero nodes and relationships created on a reload. */
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export function evidenceKey(sourceKey: string, start: number, end: number): string {
  return `${sourceKey}:${start}-${end}`;
}

function mergeNodes(name: FactLabel, rows: unknown[]): CypherStatement {
  return { query: `UNWIND $rows AS row MERGE (n:${label(name)} {key: row.key}) SET n += row.props`, params: { rows } };
}

function linkEvidence(name: FactLabel, rows: unknown[]): CypherStatement {
  return {
    query: [
      'UNWIND $rows AS row',
      `MATCH (f:${label(name)} {key: row.key})`,
      'MATCH (e:Evidence {key: row.evidence})',
      'MERGE (f)-[:EVIDENCED_BY]->(e)',
    ].join(' '),
    params: { rows },
  };
}

function mergeRelationships({ type, from, to, rows }: SourceGraph['relationships'][number]): CypherStatement {
  return {
    query: [
      'UNWIND $rows AS row',
      `MATCH (a:${label(from)} {key: row.from})`,
      `MATCH (b:${label(to)} {key: row.to})`,
      `MERGE (a)-[:${relationshipType(type)}]->(b)`,
    ].join(' '),
    params: { rows },
  };
}

/**
 * The Cypher that writes one source graph, in order: MERGE on stable keys, SET properties, one
 * `UNWIND $rows` statement per label and per relationship type. Values only ever travel as
 * parameters. Evidence of this source that the facts no longer cite is removed, so correcting
 * an offset does not leave a stale span behind.
 */
export function buildIngestStatements(graph: SourceGraph): CypherStatement[] {
  const sourceKey = graph.source.key;
  const { key, ...sourceProps } = graph.source;
  const statements: CypherStatement[] = [
    {
      query: 'MERGE (s:Source {key: $key}) SET s += $props',
      params: { key, props: sourceProps },
    },
  ];
  for (const { label: name, rows } of graph.nodes) {
    if (rows.length > 0) statements.push(mergeNodes(name, rows));
  }
  statements.push(
    {
      query: [
        'MATCH (s:Source {key: $sourceKey})',
        'UNWIND $rows AS row',
        'MERGE (e:Evidence {key: row.key})',
        'SET e.start = row.start, e.`end` = row.`end`, e.quote = row.quote',
        'MERGE (e)-[:IN]->(s)',
      ].join(' '),
      params: { sourceKey, rows: graph.evidence },
    },
    {
      query: `MATCH (e:Evidence)-[:IN]->(:Source {key: $sourceKey}) WHERE NOT e.key IN $keys AND ${NOT_CITED_BEYOND_FACTS} DETACH DELETE e`,
      params: { sourceKey, keys: graph.evidence.map((row) => row.key) },
    },
  );
  for (const { label: name, rows } of graph.evidenceLinks) {
    if (rows.length > 0) statements.push(linkEvidence(name, rows));
  }
  statements.push({
    query: [
      `MATCH (f:${FACTS})-[r:EVIDENCED_BY]->(:Evidence)-[:IN]->(:Source {key: $sourceKey})`,
      "WHERE NOT (labels(f)[0] + ':' + f.key + '|' + endNode(r).key) IN $links",
      'DELETE r',
    ].join(' '),
    params: {
      sourceKey,
      links: graph.evidenceLinks.flatMap(({ label: name, rows }) => rows.map((row) => `${name}:${row.key}|${row.evidence}`)),
    },
  });
  for (const batch of graph.relationships) {
    if (batch.rows.length > 0) statements.push(mergeRelationships(batch));
  }
  return statements;
}

/** Writes one source graph inside the given transaction; returns what it changed. */
export async function writeSourceGraph(tx: ManagedTransaction, graph: SourceGraph): Promise<IngestCounts> {
  const counts: IngestCounts = {
    source: graph.source.key,
    nodes: 1 + graph.evidence.length + graph.nodes.reduce((sum, batch) => sum + batch.rows.length, 0),
    relationships:
      graph.evidence.length +
      graph.evidenceLinks.reduce((sum, batch) => sum + batch.rows.length, 0) +
      graph.relationships.reduce((sum, batch) => sum + batch.rows.length, 0),
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
  };
  for (const statement of buildIngestStatements(graph)) {
    const result = await tx.run(statement.query, statement.params);
    const updates = result.summary.counters.updates();
    counts.nodesCreated += updates.nodesCreated;
    counts.nodesDeleted += updates.nodesDeleted;
    counts.relationshipsCreated += updates.relationshipsCreated;
    counts.relationshipsDeleted += updates.relationshipsDeleted;
  }
  return counts;
}

/** Writes one source and all its facts in ONE transaction: all of it, or nothing. */
export async function ingestSourceGraph(driver: Driver, graph: SourceGraph, database?: string): Promise<IngestCounts> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => writeSourceGraph(tx, graph));
  } finally {
    await session.close();
  }
}

/**
 * The Cypher that writes several source graphs at once: the same writes as buildIngestStatements
 * for each of them, with the rows of all sources in one `UNWIND` per label and per relationship
 * type, so a bulk load (the synthetic benchmark graph) costs a few dozen statements per batch
 * instead of a few dozen per source. Facts the sources share are one row (their properties agree:
 * the validator checks it).
 */
export function buildBatchIngestStatements(graphs: readonly SourceGraph[]): CypherStatement[] {
  const nodes = new Map<FactLabel, Map<string, SourceGraph['nodes'][number]['rows'][number]>>();
  const links = new Map<FactLabel, SourceGraph['evidenceLinks'][number]['rows']>();
  const relationships = new Map<string, SourceGraph['relationships'][number]>();
  for (const graph of graphs) {
    for (const { label: name, rows } of graph.nodes) {
      const byKey = nodes.get(name) ?? new Map<string, SourceGraph['nodes'][number]['rows'][number]>();
      nodes.set(name, byKey);
      for (const row of rows) byKey.set(row.key, row);
    }
    for (const { label: name, rows } of graph.evidenceLinks) links.set(name, [...(links.get(name) ?? []), ...rows]);
    for (const batch of graph.relationships) {
      const id = `${batch.from}|${batch.type}|${batch.to}`;
      const merged = relationships.get(id) ?? { ...batch, rows: [] };
      relationships.set(id, merged);
      merged.rows.push(...batch.rows);
    }
  }
  const statements: CypherStatement[] = [
    {
      query: 'UNWIND $sources AS source MERGE (s:Source {key: source.key}) SET s += source.props',
      params: { sources: graphs.map(({ source: { key, ...props } }) => ({ key, props })) },
    },
  ];
  for (const [name, byKey] of nodes) {
    if (byKey.size > 0) statements.push(mergeNodes(name, [...byKey.values()]));
  }
  statements.push(
    {
      query: [
        'UNWIND $rows AS row',
        'MATCH (s:Source {key: row.source})',
        'MERGE (e:Evidence {key: row.key})',
        'SET e.start = row.start, e.`end` = row.`end`, e.quote = row.quote',
        'MERGE (e)-[:IN]->(s)',
      ].join(' '),
      params: { rows: graphs.flatMap((graph) => graph.evidence.map((row) => ({ ...row, source: graph.source.key }))) },
    },
    {
      query: [
        'UNWIND $sources AS source',
        'MATCH (e:Evidence)-[:IN]->(:Source {key: source.key})',
        `WHERE NOT e.key IN source.keys AND ${NOT_CITED_BEYOND_FACTS}`,
        'DETACH DELETE e',
      ].join(' '),
      params: { sources: graphs.map((graph) => ({ key: graph.source.key, keys: graph.evidence.map((row) => row.key) })) },
    },
  );
  for (const [name, rows] of links) {
    if (rows.length > 0) statements.push(linkEvidence(name, rows));
  }
  statements.push({
    query: [
      'UNWIND $sources AS source',
      `MATCH (f:${FACTS})-[r:EVIDENCED_BY]->(:Evidence)-[:IN]->(:Source {key: source.key})`,
      "WHERE NOT (labels(f)[0] + ':' + f.key + '|' + endNode(r).key) IN source.links",
      'DELETE r',
    ].join(' '),
    params: {
      sources: graphs.map((graph) => ({
        key: graph.source.key,
        links: graph.evidenceLinks.flatMap(({ label: name, rows }) => rows.map((row) => `${name}:${row.key}|${row.evidence}`)),
      })),
    },
  });
  for (const batch of relationships.values()) {
    if (batch.rows.length > 0) statements.push(mergeRelationships(batch));
  }
  return statements;
}

/** Writes several source graphs in ONE transaction (all of them or none); returns what changed. */
export async function ingestSourceGraphBatch(
  driver: Driver,
  graphs: readonly SourceGraph[],
  database?: string,
): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const counts = { nodesCreated: 0, relationshipsCreated: 0 };
      for (const statement of buildBatchIngestStatements(graphs)) {
        const updates = (await tx.run(statement.query, statement.params)).summary.counters.updates();
        counts.nodesCreated += updates.nodesCreated;
        counts.relationshipsCreated += updates.relationshipsCreated;
      }
      return counts;
    });
  } finally {
    await session.close();
  }
}
