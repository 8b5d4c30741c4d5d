import { useSyncExternalStore } from 'react';

/** The last operation the IDE ran (introspection aside) and what came back. */
export interface LastResult {
  query: string;
  /** The query as sent (with the identities the IDE adds, unless that went over a limit). */
  sentQuery: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  result: { data?: unknown; errors?: readonly unknown[] };
}

let current: LastResult | undefined;
const listeners = new Set<() => void>();

export function setLastResult(next: LastResult): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLastResult(): LastResult | undefined {
  return useSyncExternalStore(subscribe, () => current);
}
