import type { GraphClient } from '../neo4j/client';
import { pageParams, type CypherQuery } from '../read/compile';
import { NODE_LABELS } from '../model/graph';
import type { AuditEventRow } from '../write/audit-repository';

/** An audit event with its place in the audit sequence. */
export interface SequencedAuditEvent extends AuditEventRow {
  /** 1, 2, 3 …: written in the event's own transaction under the counter's lock, so commit order with no gaps. */
  seq: number;
}

/** What one poll of the audit trail sees. */
export interface AuditFeedBatch {
  /** The last number the audit sequence has given out (0 when nothing was ever written). */
  head: number;
  /** The events after the cursor, up to `head`, in sequence order, at most `batch`. */
  events: SequencedAuditEvent[];
}

/**
 * One poll: the sequence's head (a unique-index seek on one node), then the events between the
 * cursor and the head (a range seek on `audit_event_seq`). Events numbered above the head that
 * commit while the query runs are left for the next poll, so a poll never sees a later event
 * before an earlier one.
 */
export function auditFeedQuery(after: number, batch: number): CypherQuery {
  return {
    query: [
      "OPTIONAL MATCH (sequence:AuditSequence {key: 'audit'})",
      'WITH coalesce(sequence.value, 0) AS head',
      'CALL (head) {',
      '  MATCH (e:AuditEvent) WHERE e.seq > $after AND e.seq <= head',
      '  WITH e ORDER BY e.seq LIMIT $batch',
      `  RETURN collect(e {.id, .seq, at: toString(e.at), .operation, .keyId, .summary, .changes,
    touched: COLLECT { MATCH (e)-[:TOUCHED]->(n:${NODE_LABELS.join('|')}) WITH {label: labels(n)[0], key: n.key} AS node ORDER BY node.label, node.key RETURN node }}) AS events`,
      '}',
      'RETURN head, events',
    ].join('\n'),
    params: { after, batch: pageParams({ offset: 0, first: batch }).first },
  };
}

export interface AuditFeedRepository {
  /** The events numbered after `after`, oldest first, with the sequence's head. */
  after(after: number, batch: number): Promise<AuditFeedBatch>;
}

export function createAuditFeedRepository(graph: GraphClient): AuditFeedRepository {
  return {
    async after(after, batch) {
      const { query, params } = auditFeedQuery(after, batch);
      const [row] = await graph.read<AuditFeedBatch>(query, params);
      return row ?? { head: 0, events: [] };
    },
  };
}
