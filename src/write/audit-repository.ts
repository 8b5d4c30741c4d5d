import { randomUUID } from 'node:crypto';
import type { GraphClient, GraphTransaction } from '../neo4j/client';
import type { Page, PageOf } from '../read/pagination';
import { pageParams, type CypherQuery } from '../read/compile';
import { label, NODE_LABELS, type NodeLabel } from '../model/graph';

/** One successful write, as a mutation reports it for the audit trail. */
export interface AuditEntry {
  keyId: string;
  operation: string;
  summary: string;
  /** JSON-serialisable; stored as a JSON string. */
  changes: unknown;
  /** The facts the write created or changed; each must exist once the write is done. */
  touched: { label: string; key: string }[];
}

/** An audit event as the API returns it. */
export interface AuditEventRow {
  id: string;
  /** ISO 8601 date-time (UTC) at which the database recorded it. */
  at: string;
  operation: string;
  keyId: string;
  summary: string;
  /** JSON text. */
  changes: string;
  touched: { label: NodeLabel; key: string }[];
}

/** What a list of audit events can be narrowed to; every given option must hold. */
export interface AuditFilter {
  operation?: string | null;
  keyId?: string | null;
  /** A node the events touched. */
  touching?: { label: NodeLabel; key: string } | null;
}

/** Groups touched nodes by label (each key once); a label outside the model throws before any Cypher is built. */
function touchedByLabel(touched: AuditEntry['touched']): Map<NodeLabel, string[]> {
  const groups = new Map<NodeLabel, Set<string>>();
  for (const node of touched) {
    label(node.label as NodeLabel);
    const keys = groups.get(node.label as NodeLabel) ?? new Set<string>();
    keys.add(node.key);
    groups.set(node.label as NodeLabel, keys);
  }
  return new Map([...groups].map(([name, keys]) => [name, [...keys]]));
}

/**
 * The one statement that records an audit event: the event, its link to the key that made the
 * write, and a TOUCHED link to every touched node (one subquery per label, labels from the model
 * only). Returns the event's time and how many nodes each label matched.
 */
export function recordAuditQuery(entry: AuditEntry, id: string): CypherQuery & { expected: number[] } {
  const groups = [...touchedByLabel(entry.touched)];
  const params: Record<string, unknown> = {
    id,
    operation: entry.operation,
    keyId: entry.keyId,
    summary: entry.summary,
    changes: JSON.stringify(entry.changes ?? null),
  };
  const links = groups.map(([name, keys], index) => {
    params[`touched${index}`] = keys;
    return `CALL (e) { UNWIND $touched${index} AS key MATCH (n:${label(name)} {key: key}) CREATE (e)-[:TOUCHED]->(n) RETURN count(n) AS linked${index} }`;
  });
  const query = [
    // The next number of the audit sequence (src/subscriptions/audit-feed-repository.ts): the
    // counter's write lock is held until commit, so numbers follow commit order with no gaps.
    "MERGE (sequence:AuditSequence {key: 'audit'}) SET sequence.value = coalesce(sequence.value, 0) + 1",
    'CREATE (e:AuditEvent {id: $id, seq: sequence.value, at: datetime(), operation: $operation, keyId: $keyId, summary: $summary, changes: $changes})',
    'WITH e',
    'OPTIONAL MATCH (k:ApiKey {id: $keyId})',
    'FOREACH (recorder IN CASE WHEN k IS NULL THEN [] ELSE [k] END | CREATE (e)-[:RECORDED_BY]->(recorder))',
    'WITH e',
    ...links,
    `RETURN toString(e.at) AS at, [${groups.map((_, index) => `linked${index}`).join(', ')}] AS linked`,
  ].join('\n');
  return { query, params, expected: groups.map(([, keys]) => keys.length) };
}

/** Writes one AuditEvent inside the caller's write transaction, linked (:AuditEvent)-[:TOUCHED]->(fact) to every touched node. */
export async function recordAudit(tx: GraphTransaction, entry: AuditEntry): Promise<{ id: string; at: string }> {
  const id = randomUUID();
  const { query, params, expected } = recordAuditQuery(entry, id);
  const [recorded] = (await tx.run<{ at: string; linked: number[] }>(query, params)).rows;
  if (!recorded || expected.some((count, index) => Number(recorded.linked[index]) !== count)) {
    throw new Error(`audit event ${entry.operation}: a touched node is missing from the graph`);
  }
  return { id, at: String(recorded.at) };
}

const EVENT_ROW = `e {.id, at: toString(e.at), .operation, .keyId, .summary, .changes,
  touched: COLLECT { MATCH (e:AuditEvent)-[:TOUCHED]->(n:${NODE_LABELS.join('|')}) WITH {label: labels(n)[0], key: n.key} AS node ORDER BY node.label, node.key RETURN node }}`;

/**
 * The Cypher for one page of audit events, oldest first (so a cursor stays valid while new events
 * are appended), anchored on the touched node's key, else the key id, else the operation.
 */
export function auditTrailQuery(filter: AuditFilter, page: Page): CypherQuery {
  const params: Record<string, unknown> = pageParams(page);
  const predicates: string[] = [];
  let match = 'MATCH (e:AuditEvent)';
  if (filter.touching) {
    match = `MATCH (:${label(filter.touching.label)} {key: $touching})<-[:TOUCHED]-(e:AuditEvent)`;
    params.touching = filter.touching.key;
  }
  for (const property of ['keyId', 'operation'] as const) {
    const value = filter[property];
    if (value == null) continue;
    params[property] = value;
    if (match === 'MATCH (e:AuditEvent)') match = `MATCH (e:AuditEvent {${property}: $${property}})`;
    else predicates.push(`e.${property} = $${property}`);
  }
  const matching = `${match}${predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`}`;
  const query = [
    `CALL () { ${matching} RETURN count(e) AS total }`,
    `CALL () { ${matching} WITH e ORDER BY e.at, e.id SKIP $offset LIMIT $first RETURN collect(${EVENT_ROW}) AS rows }`,
    'RETURN total, rows',
  ].join('\n');
  return { query, params };
}

export interface AuditRepository {
  list(filter: AuditFilter, page: Page): Promise<PageOf<AuditEventRow>>;
}

export function createAuditRepository(graph: GraphClient): AuditRepository {
  return {
    async list(filter, page) {
      const { query, params } = auditTrailQuery(filter, page);
      const [result] = await graph.read<PageOf<AuditEventRow>>(query, params);
      return result ?? { total: 0, rows: [] };
    },
  };
}
