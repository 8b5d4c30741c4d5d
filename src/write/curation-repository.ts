import type { GraphClient, GraphTransaction } from '../neo4j/client';
import { label, NODE_TYPES, type FactLabel, type RelationshipType } from '../model/graph';
import { claimStatements, contestedStatements, evidenceKey, mergeLink, type PropertyValue, type SourceGraph, type StoredClaim } from './ingest-repository';
import type { StageChangeRow } from '../model/rows';

/** A fact named in a mutation's input, with the input path that named it. */
export interface FactRef {
  label: FactLabel;
  key: string;
  field: string;
}

/** An evidence span named in a mutation's input, with the input path that named it. */
export interface SpanInput {
  field: string;
  sourceKey: string;
  start: number;
  end: number;
  quote: string;
}

/** What evidence can be linked to: any fact, or a stage change. */
export type EvidencedNode = { label: FactLabel; key: string } | { label: 'StageChange'; key: string };

/** Curation's relationship from a commitment to its stage changes. */
export const HAS_STAGE_CHANGE = 'HAS_STAGE_CHANGE';

function nodeLabel(name: EvidencedNode['label']): string {
  return name === 'StageChange' ? '`StageChange`' : label(name);
}

function groupByLabel<T extends { label: FactLabel }>(items: readonly T[]): Map<FactLabel, T[]> {
  const groups = new Map<FactLabel, T[]>();
  for (const item of items) groups.set(item.label, [...(groups.get(item.label) ?? []), item]);
  return groups;
}

/** The referenced facts that are not in the graph, in the order given. */
export async function findMissingFacts<R extends { label: FactLabel; key: string }>(tx: GraphTransaction, refs: readonly R[]): Promise<R[]> {
  const missing: R[] = [];
  for (const [name, group] of groupByLabel(refs)) {
    const { rows } = await tx.run<{ key: string }>(`UNWIND $keys AS key OPTIONAL MATCH (n:${label(name)} {key: key}) WITH key, n WHERE n IS NULL RETURN key`, {
      keys: group.map((ref) => ref.key),
    });
    const absent = new Set(rows.map((row) => row.key));
    missing.push(...group.filter((ref) => absent.has(ref.key)));
  }
  return missing;
}

/** What the graph holds where a span points: whether its source is there, its length, and the text between `start` and `end`. */
export interface StoredSpan {
  sourceFound: boolean;
  /** Characters in the source; null when it is missing. */
  sourceLength: number | null;
  /** The source text from `start` to `end`; null when the source is missing or shorter than `end`. */
  text: string | null;
}

/** For each span, in order, what its source holds at its offsets. */
export async function readStoredSpans(tx: GraphTransaction, spans: readonly SpanInput[]): Promise<StoredSpan[]> {
  const { rows } = await tx.run<StoredSpan>(
    [
      'UNWIND $spans AS span',
      'OPTIONAL MATCH (s:Source {key: span.sourceKey})',
      'RETURN s IS NOT NULL AS sourceFound, size(s.text) AS sourceLength,',
      '  CASE WHEN s IS NULL OR span.end > size(s.text) THEN null',
      '  ELSE substring(s.text, toInteger(span.start), toInteger(span.end - span.start)) END AS text',
    ].join('\n'),
    { spans },
  );
  return rows;
}

/** Links checked spans to a node: one Evidence node per span (`<source>:<start>-<end>`, as the seed loader keys them). */
export async function linkEvidence(tx: GraphTransaction, target: EvidencedNode, spans: readonly SpanInput[]): Promise<string[]> {
  const rows = spans.map((span) => ({ ...span, key: evidenceKey(span.sourceKey, span.start, span.end) }));
  await tx.run(
    [
      `MATCH (f:${nodeLabel(target.label)} {key: $key})`,
      'UNWIND $rows AS row',
      'MATCH (s:Source {key: row.sourceKey})',
      'MERGE (e:Evidence {key: row.key})',
      'ON CREATE SET e.start = row.start, e.`end` = row.end, e.quote = row.quote',
      'MERGE (e)-[:IN]->(s)',
      'MERGE (f)-[:EVIDENCED_BY]->(e)',
    ].join('\n'),
    { key: target.key, rows },
  );
  return rows.map((row) => row.key);
}

/** Writes claims (MERGE on their keys) with their ties, then refreshes which claims are contested. */
export async function writeClaims(tx: GraphTransaction, claims: readonly StoredClaim[]): Promise<void> {
  if (claims.length === 0) return;
  for (const statement of [...claimStatements(claims), ...contestedStatements(claims.map((claim) => claim.key))]) {
    await tx.run(statement.query, statement.params);
  }
}

/** Creates a fact node with `props`; false (and nothing written) when one with that key exists. */
export async function createFact(tx: GraphTransaction, name: FactLabel, key: string, props: Record<string, PropertyValue>): Promise<boolean> {
  const { updates } = await tx.run(`MERGE (n:${label(name)} {key: $key}) ON CREATE SET n += $props`, { key, props });
  return updates.nodesCreated === 1;
}

/** Sets properties of an existing fact. */
export async function setFactProperties(tx: GraphTransaction, name: FactLabel, key: string, props: Record<string, PropertyValue>): Promise<void> {
  await tx.run(`MATCH (n:${label(name)} {key: $key}) SET n += $props`, { key, props });
}

/** `(from)-[:type]->(to)` for each target (MERGE: an existing link is kept as is). */
export async function linkFacts(
  tx: GraphTransaction,
  from: { label: FactLabel; key: string },
  type: RelationshipType,
  targets: readonly { label: FactLabel; key: string }[],
): Promise<number> {
  let created = 0;
  for (const [name, group] of groupByLabel(targets)) {
    const { updates } = await tx.run(
      [`MATCH (a:${label(from.label)} {key: $from})`, 'UNWIND $keys AS key', `MATCH (b:${label(name)} {key: key})`, mergeLink(type)].join('\n'),
      { from: from.key, keys: group.map((target) => target.key) },
    );
    created += updates.relationshipsCreated;
  }
  return created;
}

export interface NewStageChange {
  key: string;
  commitmentKey: string;
  stage: StageChangeRow['stage'];
  asOf: string;
  recordedBy: string;
}

/**
 * Adds a stage change to a commitment (MERGE on its key: the same claim on the same words is one
 * node, first recorder kept), then sets the commitment's `currentStage` to the stage of its latest
 * `asOf` (ties: the latest recorded). The commitment's own `stage`, what its sources state, is never touched.
 */
export async function recordStageChange(tx: GraphTransaction, change: NewStageChange): Promise<boolean> {
  const { updates } = await tx.run(
    [
      'MATCH (c:Commitment {key: $commitmentKey})',
      'MERGE (sc:StageChange {key: $key})',
      'ON CREATE SET sc.stage = $stage, sc.asOf = $asOf, sc.recordedBy = $recordedBy, sc.recordedAt = toString(datetime())',
      `MERGE (c)-[:${HAS_STAGE_CHANGE}]->(sc)`,
    ].join('\n'),
    { ...change },
  );
  return updates.nodesCreated === 1;
}

export async function refreshCurrentStage(tx: GraphTransaction, commitmentKey: string): Promise<void> {
  await tx.run(
    [
      'MATCH (c:Commitment {key: $commitmentKey})',
      `CALL (c) { MATCH (c)-[:${HAS_STAGE_CHANGE}]->(sc:StageChange) RETURN sc ORDER BY sc.asOf DESC, sc.recordedAt DESC, sc.key DESC LIMIT 1 }`,
      'SET c.currentStage = sc.stage',
    ].join('\n'),
    { commitmentKey },
  );
}

/**
 * Takes the source's write lock first (MERGE on its unique key), so concurrent ingests of one
 * source run one after the other; returns what the graph already held (null: a new source).
 */
export async function lockSource(tx: GraphTransaction, key: string): Promise<Record<string, PropertyValue> | null> {
  const { rows } = await tx.run<{ stored: Record<string, PropertyValue> }>(
    'MERGE (s:Source {key: $key}) RETURN s {.title, .publisher, .dateline, .sha256} AS stored',
    { key },
  );
  const stored = rows[0]?.stored;
  return stored?.sha256 == null ? null : stored;
}

/** The properties of a label that are sourced judgements (the model's `judgement: true`). */
function judgementsOf(name: FactLabel): string[] {
  return Object.entries(NODE_TYPES[name].properties as Record<string, { judgement?: boolean }>)
    .filter(([, property]) => property.judgement)
    .map(([property]) => property);
}

/** A fact of the source graph that the graph already holds with other property values. */
export interface PropertyConflict {
  label: FactLabel;
  key: string;
  properties: { name: string; stored: PropertyValue; given: PropertyValue }[];
}

/**
 * Facts of `graph` already in the graph whose properties differ from the ones given; judgements
 * (a stage, a "disclosed" flag …) may differ: each source keeps its claim (see validateAcrossBundles).
 */
export async function findPropertyConflicts(tx: GraphTransaction, graph: SourceGraph): Promise<PropertyConflict[]> {
  const conflicts: PropertyConflict[] = [];
  for (const { label: name, rows } of graph.nodes) {
    if (rows.length === 0) continue;
    const found = await tx.run<Omit<PropertyConflict, 'label'>>(
      [
        'UNWIND $rows AS row',
        `MATCH (n:${label(name)} {key: row.key})`,
        'WITH row, n, [k IN keys(row.props) WHERE NOT k IN $judgements AND NOT (coalesce(n[k] = row.props[k], false) OR (n[k] IS NULL AND row.props[k] IS NULL))] AS differing',
        'WHERE size(differing) > 0',
        'RETURN row.key AS key, [k IN differing | {name: k, stored: n[k], given: row.props[k]}] AS properties',
      ].join('\n'),
      { rows, judgements: judgementsOf(name) },
    );
    conflicts.push(...found.rows.map((row) => ({ label: name, ...row })));
  }
  return conflicts;
}

/** Reads curation data outside a write (stage histories). */
export interface CurationRepository {
  /** The stage changes of each commitment, newest `asOf` first, then latest recorded first; per key, in key order. */
  stageHistories(commitmentKeys: readonly string[]): Promise<StageChangeRow[][]>;
}

export function createCurationRepository(graph: GraphClient): CurationRepository {
  return {
    async stageHistories(commitmentKeys) {
      const rows = await graph.read<{ key: string; history: StageChangeRow[] }>(
        [
          'UNWIND $keys AS key',
          'OPTIONAL MATCH (c:Commitment {key: key})',
          'RETURN key, COLLECT {',
          `  MATCH (c)-[:${HAS_STAGE_CHANGE}]->(sc:StageChange)`,
          '  WITH sc ORDER BY sc.asOf DESC, sc.recordedAt DESC, sc.key DESC',
          '  RETURN sc {.key, .stage, .asOf, .recordedAt, .recordedBy, commitmentKey: c.key, evidence: COLLECT {',
          '    MATCH (sc)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(s:Source)',
          "    WITH e, s ORDER BY s.key, e.start, e.`end` RETURN e {.*, label: 'Evidence', sourceKey: s.key}",
          '  }}',
          '} AS history',
        ].join('\n'),
        { keys: commitmentKeys },
      );
      const byKey = new Map(rows.map((row) => [row.key, row.history]));
      return commitmentKeys.map((key) => byKey.get(key) ?? []);
    },
  };
}
