import { LruCache } from './plan-cache';

/**
 * How many compiled queries the process keeps (least recently used first out). A compiled query
 * is its Cypher text and the parameters its plan fixes (pages as Cypher integers). The bench's
 * largest (which-nations-lead-which-domain) is 2.2 KB, about 14 characters per token of its
 * operation; an operation has at most MAX_TOKENS (2000 by default) tokens, so about 30 KB at
 * worst: the cache holds under ~15 MiB in the worst case, about 1 MiB for operations like the bench's.
 */
export const CYPHER_CACHE_SIZE = 500;

/**
 * A plan or walk stands for itself by identity: the plan cache (plan-cache.ts) hands out the same
 * object for the same field of an operation and its variables, so the same question asked again
 * finds its Cypher without walking the plan. An object's number lives as long as the object.
 */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity += 1));
  return id;
}

const compiled = new LruCache<unknown>(CYPHER_CACHE_SIZE);

/**
 * `compile()`, once per shape: the plan or walk (by identity) and the texts that shape the query
 * besides it (a MATCH, an ORDER BY, a label). Only values that are the same for every request of
 * that shape may be in what `compile` returns: request values (keys, filters) travel beside it.
 * What is returned is frozen, so no caller can change what the next request gets.
 */
export function compiledOnce<T extends object>(kind: string, plan: object, texts: readonly string[], compile: () => T): T {
  const key = `${kind}\u0000${identity(plan)}\u0000${texts.join('\u0000')}`;
  let value = compiled.get(key) as T | undefined;
  if (value === undefined) compiled.set(key, (value = deepFreeze(compile())));
  return value;
}

/** Freezes `value` and the plain objects in it (a parameter map); values of other classes (Cypher integers) are immutable already. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (isPlainObject(inner)) deepFreeze(inner);
  return Object.freeze(value);
}

const isPlainObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** How many compiled queries are held now (for tests). */
export const compiledQueryCount = (): number => compiled.length;
