import { spawn } from 'node:child_process';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { reseed } from '../support/api';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

const driver = getTestDriver();

/** `name{labels} value` lines of the exposition, as [series, value]. */
function samples(exposition: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of exposition.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    found.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return found;
}

function value(exposition: Map<string, number>, series: string): number | undefined {
  return exposition.get(series);
}

describe('Prometheus metrics (METRICS=true)', () => {
  let api: TestServer;
  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver, env: { METRICS: 'true', MAX_QUERY_COST: '500' } });
  });
  afterAll(() => api.stop());

  it('exposes requests and latency by operation and outcome, error codes, cost, Neo4j time, rows, pool use and readiness', async () => {
    for (let round = 0; round < 3; round += 1) {
      expect((await postGraphQL(api.url, { query: 'query Sources { sources(first: 5) { edges { node { key } } } }' })).status).toBe(200);
    }
    const refused = await postGraphQL(api.url, {
      query: 'query TooBig { sources(first: 100) { edges { node { key evidence(first: 100) { edges { node { quote } } } } } } }',
    });
    expect(refused.status).toBe(400);
    expect((await postGraphQL(api.url, { query: 'query Broken { nope }' })).status).toBe(400);
    expect((await postGraphQL(api.url, { query: '{ health }' })).status).toBe(200);

    const response = await fetch(`${api.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const metrics = samples(text);

    expect(value(metrics, 'pledgegraph_graphql_operations_total{operation="Sources",type="query",outcome="success"}')).toBe(3);
    expect(value(metrics, 'pledgegraph_graphql_operations_total{operation="(anonymous)",type="query",outcome="success"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_operations_total{operation="TooBig",type="query",outcome="error"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_operations_total{operation="(invalid)",type="(unknown)",outcome="error"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_operation_duration_seconds_count{operation="Sources",type="query",outcome="success"}')).toBe(3);
    expect(value(metrics, 'pledgegraph_graphql_operation_duration_seconds_bucket{le="+Inf",operation="Sources",type="query",outcome="success"}')).toBe(3);

    expect(value(metrics, 'pledgegraph_graphql_errors_total{operation="TooBig",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_errors_total{operation="(invalid)",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_cost_refusals_total{operation="TooBig"}')).toBe(1);
    expect(value(metrics, 'pledgegraph_graphql_query_cost_count{operation="Sources"}')).toBe(3);
    // sources(first: 5) { edges { node { key } } }: 1 + 5 × (edges, node, key).
    expect(value(metrics, 'pledgegraph_graphql_query_cost_sum{operation="Sources"}')).toBe(3 * 16);

    const reads = value(metrics, 'pledgegraph_neo4j_transaction_duration_seconds_count{mode="READ",outcome="success"}') ?? 0;
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(value(metrics, 'pledgegraph_neo4j_rows_returned_count{mode="READ"}')).toBe(reads);
    expect(value(metrics, 'pledgegraph_neo4j_rows_returned_sum{mode="READ"}')).toBeGreaterThanOrEqual(3);
    expect(value(metrics, 'pledgegraph_neo4j_transactions_in_flight{mode="READ"}')).toBe(0);
    expect(value(metrics, 'pledgegraph_neo4j_up')).toBe(1);
    expect(text).not.toContain('pledgegraph_embedded_neo4j_running');

    expect(value(metrics, 'pledgegraph_http_requests_total{method="POST",path="/graphql",status="200"}')).toBe(4);
    expect(value(metrics, 'pledgegraph_http_requests_total{method="POST",path="/graphql",status="400"}')).toBe(2);
    expect(metrics.has('pledgegraph_process_resident_memory_bytes')).toBe(true);
    expect(metrics.has('pledgegraph_nodejs_eventloop_lag_p99_seconds')).toBe(true);
  });

  it('keeps client-chosen operation names from multiplying series: odd names are "(other)"', async () => {
    await postGraphQL(api.url, { query: `query ${'Q'.repeat(70)} { health }` });
    const metrics = samples(await (await fetch(`${api.origin}/metrics`)).text());
    expect(value(metrics, 'pledgegraph_graphql_operations_total{operation="(other)",type="query",outcome="success"}')).toBe(1);
  });
});

describe('metrics off (the default) and the embedded database gauge', () => {
  it('answers 404 at /metrics when METRICS is not set', async () => {
    const api = await startTestServer({ driver });
    try {
      expect((await fetch(`${api.origin}/metrics`)).status).toBe(404);
    } finally {
      await api.stop();
    }
  });

  it('reports the embedded JVM running while its process lives, and 0 once it is gone', async () => {
    // A stand-in process for the JVM: the gauge watches the pid the launcher hands over.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const embedded = { pid: child.pid ?? -1, uri: 'bolt://127.0.0.1:1', logFile: '', stop: async () => undefined };
    const config = { ...loadConfig({ PORT: '0', METRICS: 'true' }), host: '127.0.0.1' };
    const server = await startServer({ config, logger: pino({ level: 'silent' }), db: { driver, embedded } });
    const origin = new URL(server.url).origin;
    try {
      expect(samples(await (await fetch(`${origin}/metrics`)).text()).get('pledgegraph_embedded_neo4j_running')).toBe(1);
      child.kill('SIGKILL');
      await exited;
      expect(samples(await (await fetch(`${origin}/metrics`)).text()).get('pledgegraph_embedded_neo4j_running')).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await server.stop();
    }
  });
});
