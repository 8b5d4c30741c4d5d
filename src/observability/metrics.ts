import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Router, type RequestHandler } from 'express';
import type { Driver } from '../neo4j/driver';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { checkReadiness } from '../http/health';
import { costModel, costOfRequest } from '../limits/query-cost';
import { observeGraphQueries } from './graph-queries';

export interface MetricsOptions {
  driver: Driver;
  database?: string;
  /** How long a scrape waits for Neo4j before reporting it down. */
  readinessTimeoutMs: number;
  /** The embedded Neo4j's JVM, when pledgegraph started one. */
  embedded?: { pid: number | undefined };
  /** MAX_SOURCE_CHARS, which the cost of `Source.text` follows. */
  maxSourceChars: number;
}

/** The series `/metrics` exposes, the hooks that feed them, and `close()` to stop observing Neo4j. */
export interface Metrics {
  registry: Registry;
  httpMiddleware: RequestHandler;
  apolloPlugin: ApolloServerPlugin<BaseContext>;
  routes: Router;
  close(): void;
}

/** Operation names come from clients: only plain names are kept, and only this many distinct ones. */
const MAX_OPERATION_NAMES = 200;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const KNOWN_PATHS = new Set(['/graphql', '/livez', '/readyz', '/metrics', '/']);

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const COST_BUCKETS = [1, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000];
const ROW_BUCKETS = [0, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000];

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Prometheus metrics for one server, in a registry of its own (so two servers in a process don't clash). */
export function createMetrics({ driver, database, readinessTimeoutMs, embedded, maxSourceChars }: MetricsOptions): Metrics {
  const model = costModel({ maxSourceChars });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pledgegraph_' });
  const seenNames = new Set<string>();
  const operationLabel = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return '(invalid)';
    if (!name) return '(anonymous)';
    if (!PLAIN_NAME.test(name)) return '(other)';
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_NAMES) return '(other)';
    seenNames.add(name);
    return name;
  };

  const httpRequests = new Counter({
    name: 'pledgegraph_http_requests_total',
    help: 'HTTP requests by method, path and status code',
    labelNames: ['method', 'path', 'status'] as const,
    registers: [registry],
  });
  const operations = new Counter({
    name: 'pledgegraph_graphql_operations_total',
    help: 'GraphQL operations by operation name, type (query, mutation) and outcome (success, error)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'pledgegraph_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'pledgegraph_graphql_errors_total',
    help: 'GraphQL errors in responses, by operation name and error code',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const cost = new Histogram({
    name: 'pledgegraph_graphql_query_cost',
    help: 'Computed cost of each resolved operation (the figure MAX_QUERY_COST bounds)',
    labelNames: ['operation'] as const,
    buckets: COST_BUCKETS,
    registers: [registry],
  });
  const costRefusals = new Counter({
    name: 'pledgegraph_graphql_cost_refusals_total',
    help: 'Operations refused because their cost exceeded MAX_QUERY_COST',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const transactionDuration = new Histogram({
    name: 'pledgegraph_neo4j_transaction_duration_seconds',
    help: 'Time of each Neo4j transaction (session open to close), by access mode and outcome',
    labelNames: ['mode', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const rowsReturned = new Histogram({
    name: 'pledgegraph_neo4j_rows_returned',
    help: 'Rows returned by each Cypher query, by access mode',
    labelNames: ['mode'] as const,
    buckets: ROW_BUCKETS,
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'pledgegraph_neo4j_transactions_in_flight',
    help: 'Neo4j transactions running now; each holds one connection of the driver pool (50 at most)',
    labelNames: ['mode'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'pledgegraph_neo4j_up',
    help: '1 when Neo4j answered a connectivity check within READINESS_TIMEOUT_MS at scrape time, else 0',
    registers: [registry],
    async collect() {
      this.set((await checkReadiness({ driver, database, timeoutMs: readinessTimeoutMs })).ready ? 1 : 0);
    },
  });
  new Gauge({
    name: 'pledgegraph_embedded_neo4j_running',
    help: '1 while the embedded Neo4j JVM this process started runs, 0 once it is gone; absent with NEO4J_URI',
    registers: embedded ? [registry] : [],
    collect() {
      if (embedded) this.set(isAlive(embedded.pid) ? 1 : 0);
    },
  });

  const stopObserving = observeGraphQueries(({ mode }) => {
    inFlight.inc({ mode });
    const endTimer = transactionDuration.startTimer({ mode });
    return ({ rows, error }) => {
      inFlight.dec({ mode });
      endTimer({ outcome: error === undefined ? 'success' : 'error' });
      if (rows !== undefined) rowsReturned.observe({ mode }, rows);
    };
  });

  const httpMiddleware: RequestHandler = (req, res, next) => {
    res.once('finish', () => {
      const path = req.originalUrl.split('?')[0] ?? '';
      httpRequests.inc({
        method: req.method,
        path: KNOWN_PATHS.has(path) ? path : path.startsWith('/ide/') ? '/ide/*' : '(other)',
        status: String(res.statusCode),
      });
    });
    next();
  };

  const apolloPlugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const endTimer = operationDuration.startTimer();
      let operation = operationLabel(undefined, false);
      let type = '(unknown)';
      return {
        async didResolveOperation(requestContext) {
          const computed = costOfRequest(requestContext, model);
          if (!requestContext.operation || !computed) return;
          operation = operationLabel(requestContext.operationName, true);
          type = requestContext.operation.operation;
          cost.observe({ operation }, computed.cost);
        },
        async willSendResponse({ response }) {
          // The formatted errors: their codes are the public ones a client sees.
          const failures = (response.body.kind === 'single' ? response.body.singleResult.errors : undefined) ?? [];
          for (const error of failures) {
            const extensions = error.extensions ?? {};
            errors.inc({ operation, code: String(extensions.code ?? 'INTERNAL_SERVER_ERROR') });
            if (extensions.maxCost !== undefined) costRefusals.inc({ operation });
          }
          const outcome = failures.length === 0 ? 'success' : 'error';
          operations.inc({ operation, type, outcome });
          endTimer({ operation, type, outcome });
        },
      };
    },
  };

  const routes = Router();
  routes.get('/metrics', async (_req, res) => {
    res.set('content-type', registry.contentType).set('cache-control', 'no-store');
    res.send(await registry.metrics());
  });

  return { registry, httpMiddleware, apolloPlugin, routes, close: stopObserving };
}
