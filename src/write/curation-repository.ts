import type { ManagedTransaction } from 'neo4j-driver';
import type { InputProblem } from './curation/input-error';
import type { GraphClient } from '../neo4j/client';
import { label, relationshipType } from '../model/graph';
import {
  evidenceKey,
  type FactLabel,
  type PropertyValue,
  type RelationshipType,
  type SourceGraph,
} from './ingest-repository';
import type { StageChangeRow } from '../model/rows';
import { excerpt } from '../excerpt';

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

/** A problem for every referenced fact that is not in the graph. */
export async function findDanglingReferences(tx: ManagedTransaction, refs: readonly FactRef[]): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  for (const [name, group] of groupByLabel(refs)) {
    const result = await tx.run(`UNWIND $keys AS key OPTIONAL MATCH (n:${label(name)} {key: key}) RETURN key, n IS NOT NULL AS found`, {
      keys: group.map((ref) => ref.key),
    });
    const found = new Set(result.records.filter((record) => record.get('found') === true).map((record) => record.get('key') as string));
    for (const ref of group) {
      if (!found.has(ref.key)) problems.push({ field: ref.field, reason: `dangling reference: no ${ref.label} with key ${excerpt(ref.key)} is in the graph` });
    }
  }
  return problems;
}

/** A problem for every span whose source is missing or whose quote differs from the stored source text. */
export async function findEvidenceProblems(tx: ManagedTransaction, spans: readonly SpanInput[]): Promise<InputProblem[]> {
  const result = await tx.run(
    [
      'UNWIND $spans AS span',
      'OPTIONAL MATCH (s:Source {key: span.sourceKey})',
      'RETURN span.field AS field, s IS NOT NULL AS found, size(s.text) AS length,',
      '  CASE WHEN s IS NULL OR span.end > size(s.text) THEN null',
      '  ELSE substring(s.text, toInteger(span.start), toInteger(span.end - span.start)) END AS actual',
    ].join('\n'),
    { spans },
  );
  const problems: InputProblem[] = [];
  result.records.forEach((record, index) => {
    const span = spans[index] as SpanInput;
    const field = record.get('field') as string;
    if (record.get('found') !== true) {
      problems.push({ field: `${field}.source`, reason: `no source with key ${excerpt(span.sourceKey)} is in the graph; ingest it first (ingestSource)` });
      return;
    }
    const actual = record.get('actual') as string | null;
    if (actual === null) {
      problems.push({ field: `${field}.end`, reason: `is beyond the end of the source (${Number(record.get('length'))} characters)` });
    } else if (actual !== span.quote) {
      problems.push({
        field: `${field}.quote`,
        reason: `differs from the source text at ${span.start}-${span.end}: expected (source text) ${excerpt(actual)}, actual (quote) ${excerpt(span.quote)}`,
      });
    }
  });
  return problems;
}

/** Links checked spans to a node: one Evidence node per span (`<source>:<start>-<end>`, as the seed loader keys them). */
export async function linkEvidence(tx: ManagedTransaction, target: EvidencedNode, spans: readonly SpanInput[]): Promise<string[]> {
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

/** Creates a fact node with `props`; false (and nothing written) when one with that key exists. */
export async function createFact(tx: ManagedTransaction, name: FactLabel, key: string, props: Record<string, PropertyValue>): Promise<boolean> {
  const result = await tx.run(`MERGE (n:${label(name)} {key: $key}) ON CREATE SET n += $props`, { key, props });
  return result.summary.counters.updates().nodesCreated === 1;
}

/** Sets properties of an existing fact. */
export async function setFactProperties(tx: ManagedTransaction, name: FactLabel, key: string, props: Record<string, PropertyValue>): Promise<void> {
  await tx.run(`MATCH (n:${label(name)} {key: $key}) SET n += $props`, { key, props });
}

/** `(from)-[:type]->(to)` for each target (MERGE: an existing link is kept as is). */
export async function linkFacts(
  tx: ManagedTransaction,
  from: { label: FactLabel; key: string },
  type: RelationshipType,
  targets: readonly { label: FactLabel; key: string }[],
): Promise<number> {
  let created = 0;
  for (const [name, group] of groupByLabel(targets)) {
    const result = await tx.run(
      [
        `MATCH (a:${label(from.label)} {key: $from})`,
        'UNWIND $keys AS key',
        `MATCH (b:${label(name)} {key: key})`,
        `MERGE (a)-[:${relationshipType(type)}]->(b)`,
      ].join('\n'),
      { from: from.key, keys: group.map((target) => target.key) },
    );
    created += result.summary.counters.updates().relationshipsCreated;
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
export async function recordStageChange(tx: ManagedTransaction, change: NewStageChange): Promise<boolean> {
  const result = await tx.run(
    [
      'MATCH (c:Commitment {key: $commitmentKey})',
      'MERGE (sc:StageChange {key: $key})',
      'ON CREATE SET sc.stage = $stage, sc.asOf = $asOf, sc.recordedBy = $recordedBy, sc.recordedAt = toString(datetime())',
      `MERGE (c)-[:${HAS_STAGE_CHANGE}]->(sc)`,
    ].join('\n'),
    change,
  );
  return result.summary.counters.updates().nodesCreated === 1;
}

export async function refreshCurrentStage(tx: ManagedTransaction, commitmentKey: string): Promise<void> {
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
export async function lockSource(tx: ManagedTransaction, key: string): Promise<Record<string, PropertyValue> | null> {
  const result = await tx.run('MERGE (s:Source {key: $key}) RETURN s {.title, .publisher, .dateline, .sha256} AS stored', { key });
  const stored = result.records[0]?.get('stored') as Record<string, PropertyValue> | undefined;
  return stored?.sha256 == null ? null : stored;
}

/** A fact of the source graph that the graph already holds with other property values. */
export interface PropertyConflict {
  label: FactLabel;
  key: string;
  properties: { name: string; stored: PropertyValue; given: PropertyValue }[];
}

/** Facts of `graph` already in the graph whose properties differ from the ones given. */
export async function findPropertyConflicts(tx: ManagedTransaction, graph: SourceGraph): Promise<PropertyConflict[]> {
  const conflicts: PropertyConflict[] = [];
  for (const { label: name, rows } of graph.nodes) {
    if (rows.length === 0) continue;
    const result = await tx.run(
      [
        'UNWIND $rows AS row',
        `MATCH (n:${label(name)} {key: row.key})`,
        'WITH row, n, [k IN keys(row.props) WHERE NOT (coalesce(n[k] = row.props[k], false) OR (n[k] IS NULL AND row.props[k] IS NULL))] AS differing',
        'WHERE size(differing) > 0',
        'RETURN row.key AS key, [k IN differing | {name: k, stored: n[k], given: row.props[k]}] AS properties',
      ].join('\n'),
      { rows },
    );
    for (const record of result.records) {
      conflicts.push({ label: name, key: record.get('key') as string, properties: record.get('properties') as PropertyConflict['properties'] });
    }
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
