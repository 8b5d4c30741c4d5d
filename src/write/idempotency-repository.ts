import type { GraphTransaction } from '../neo4j/client';

/** What a mutation's idempotency key was first used for. */
export interface IdempotencyClaim {
  operation: string;
  fingerprint: string;
  keyId: string;
}

/**
 * MERGEs the idempotency key's node as the transaction's first write. Its unique constraint makes
 * a concurrent transaction with the same key wait until this one commits (or rolls back), then
 * find the node. Returns the stored claim and result when an earlier transaction completed it,
 * null when this transaction is the first.
 */
export async function claimIdempotencyKey(tx: GraphTransaction, key: string, claim: IdempotencyClaim): Promise<(IdempotencyClaim & { result: string }) | null> {
  const { rows } = await tx.run<{ stored: IdempotencyClaim & { result: string | null } }>(
    [
      'MERGE (i:IdempotencyKey {key: $key})',
      'ON CREATE SET i.operation = $operation, i.fingerprint = $fingerprint, i.keyId = $keyId, i.createdAt = toString(datetime())',
      'RETURN i {.operation, .fingerprint, .keyId, .result} AS stored',
    ].join('\n'),
    { key, ...claim },
  );
  const stored = rows[0]?.stored;
  if (!stored || stored.result === null) return null;
  return { ...stored, result: stored.result };
}

/** Stores the first result under the key, in the same transaction as the write it describes. */
export async function completeIdempotencyKey(tx: GraphTransaction, key: string, result: string): Promise<void> {
  await tx.run('MATCH (i:IdempotencyKey {key: $key}) SET i.result = $result', { key, result });
}
