import { createHash } from 'node:crypto';
import type { Principal } from '../../auth/principal';
import type { GraphClient, GraphTransaction } from '../../neo4j/client';
import { recordAudit, type AuditEntry } from '../audit-repository';
import { claimIdempotencyKey, completeIdempotencyKey } from '../idempotency-repository';
import { invalidInput } from './input-error';
import { MAX_AUDIT_CHANGES_CHARS } from '../../limits/cost-tables';
import { MAX_IDEMPOTENCY_KEY_CHARS } from './input-limits';

/** What a curation use case needs of the request: its graph client (deadline, bookmarks, metadata). */
export interface CurationContext {
  graph: GraphClient;
}

/** What every mutation reports besides its own result. */
export interface CurationReceipt {
  auditEventId: string;
  replayed: boolean;
}

/** What a mutation's write does, and what its audit event says. */
export interface CurationWrite<R> {
  result: R;
  audit: Pick<AuditEntry, 'summary' | 'changes' | 'touched'>;
}

export interface CurationRequest<R> {
  operation: string;
  /** The mutation's arguments, idempotency key left out: a repeat must send the same. */
  input: unknown;
  idempotencyKey?: string | null;
  /** The write itself; throws a GraphQLError to refuse (the transaction then rolls back). */
  write(tx: GraphTransaction): Promise<CurationWrite<R>>;
}

/**
 * Runs one mutation in ONE write transaction: the idempotency key first (so a concurrent repeat
 * waits on its lock), then the write, its audit event and the result stored under the key. The
 * transaction may be retried by the driver on transient errors: every step is safe to redo.
 */
export async function runCuration<R extends object>(context: CurationContext, principal: Principal, request: CurationRequest<R>): Promise<R & CurationReceipt> {
  const { operation, idempotencyKey } = request;
  if (idempotencyKey != null && (idempotencyKey.length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_CHARS)) {
    throw invalidInput('idempotencyKey', `must be 1 to ${MAX_IDEMPOTENCY_KEY_CHARS} characters`);
  }
  const fingerprint = fingerprintOf(operation, request.input);
  return context.graph.writeTransaction(async (tx) => {
    if (idempotencyKey != null) {
      const earlier = await claimIdempotencyKey(tx, idempotencyKey, { operation, fingerprint, keyId: principal.keyId });
      if (earlier) {
        if (earlier.operation !== operation || earlier.fingerprint !== fingerprint || earlier.keyId !== principal.keyId) {
          throw invalidInput(
            'idempotencyKey',
            'was already used for a different request (another operation, other arguments or another API key); use a new key for a new request',
          );
        }
        return { ...(JSON.parse(earlier.result) as R & CurationReceipt), replayed: true };
      }
    }
    const { result, audit } = await request.write(tx);
    const changes = JSON.stringify(audit.changes ?? null).length;
    if (changes > MAX_AUDIT_CHANGES_CHARS) {
      throw invalidInput(
        'input',
        `is too large to record: its audit record (AuditEvent.changes) would be ${changes} characters, at most ${MAX_AUDIT_CHANGES_CHARS}; split it into smaller writes`,
      );
    }
    const event = await recordAudit(tx, { keyId: principal.keyId, operation, ...audit });
    const receipt = { ...result, auditEventId: event.id, replayed: false };
    if (idempotencyKey != null) await completeIdempotencyKey(tx, idempotencyKey, JSON.stringify(receipt));
    return receipt;
  });
}

/** sha256 of the operation and its arguments, object keys sorted. */
export function fingerprintOf(operation: string, input: unknown): string {
  return createHash('sha256').update(stableJson({ operation, input })).digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
