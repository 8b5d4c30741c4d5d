/** One round trip to Neo4j as the graph client sends it; `cypher` is absent for a multi-query transaction. */
export interface GraphQueryInfo {
  mode: 'READ' | 'WRITE';
  cypher?: string;
  params?: Record<string, unknown>;
}

export interface GraphQueryOutcome {
  durationMs: number;
  /** Rows the query returned; undefined for a failed query or a multi-query transaction. */
  rows?: number;
  error?: unknown;
}

/** Told when a query starts; the function it returns is called once when the query settles. */
export type GraphQueryObserver = (query: GraphQueryInfo) => (outcome: GraphQueryOutcome) => void;

const observers = new Set<GraphQueryObserver>();

/** Registers an observer (metrics, tracing) for every graph query in this process; returns its removal. */
export function observeGraphQueries(observer: GraphQueryObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/**
 * Runs `work` (one query or one transaction) under every registered observer. `work` starts in the
 * caller's async context, so a tracer sees the request's span as the parent.
 */
export async function observed<T>(query: GraphQueryInfo, work: () => Promise<T>, rowsOf: (value: T) => number | undefined): Promise<T> {
  if (observers.size === 0) return work();
  const startedAt = performance.now();
  const done = [...observers].map((observer) => observer(query));
  const settle = (outcome: Omit<GraphQueryOutcome, 'durationMs'>) => {
    const durationMs = performance.now() - startedAt;
    for (const finish of done) finish({ durationMs, ...outcome });
  };
  try {
    const value = await work();
    settle({ rows: rowsOf(value) });
    return value;
  } catch (error) {
    settle({ error });
    throw error;
  }
}
