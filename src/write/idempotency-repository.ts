import type { ManagedTransaction } from 'neo4j-driver';

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
export async function claimIdempotencyKey(
  tx: ManagedTransaction,
  key: string,
  claim: IdempotencyClaim,
): Promise<(IdempotencyClaim & { result: string }) | null> {
  const result = await tx.run(
    [
      'MERGE (i:IdempotencyKey {key: $key})',
      'ON CREATE SET i.operation = $operation, i.fingerprint = $fingerprint, i.keyId = $keyId, i.createdAt = toString(datetime())',
      'RETURN i {.operation, .fingerprint, .keyId, .result} AS stored',
    ].join('\n'),
    { key, ...claim },
  );
  const stored = result.records[0]?.get('stored') as (IdempotencyClaim & { result: string | null }) | undefined;
  if (!stored || stored.result === null) return null;
  return { ...stored, result: stored.result };
}

/** Stores the first result under the key, in the same transaction as the write it describes. */
export async function completeIdempotencyKey(tx: ManagedTransaction, key: string, result: string): Promise<void> {
  await tx.run('MATCH (i:IdempotencyKey {key: $key}) SET i.result = $result', { key, result });
}
