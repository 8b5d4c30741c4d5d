import autocannon from 'autocannon';
import type { Question } from '../questions';
import type { RunningServer, ServerName } from './servers';

/** The HTTP request that asks `question` of one server. */
export function requestFor(server: { name: ServerName; url: string }, question: Question): { url: string; body: string } {
  if (server.name === 'raw driver') return { url: `${server.url}/${question.name}`, body: '{}' };
  const side = server.name === 'pledgegraph' ? question.pledgegraph : question.peer;
  return { url: server.url, body: JSON.stringify({ query: side.query, variables: side.variables }) };
}

/** Asks once; returns the normalised data (throws on an HTTP or GraphQL error). */
export async function ask(server: RunningServer, question: Question): Promise<unknown> {
  const { url, body } = requestFor(server, question);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown; error?: unknown };
  if (!response.ok || json.errors || json.error || !json.data) {
    throw new Error(`${server.name} ${question.name}: HTTP ${response.status} ${JSON.stringify(json.errors ?? json.error ?? json).slice(0, 600)}`);
  }
  const side = server.name === 'pledgegraph' ? question.pledgegraph : server.name === '@neo4j/graphql' ? question.peer : question.floor;
  return side.normalise(json.data);
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** One autocannon run: what it counted, and the latency (ms) of every response. */
export interface Window {
  seconds: number;
  requests: number;
  errors: number;
  latencies: number[];
}

/** Drives one question at one server with autocannon for `seconds`. */
export async function driveWindow(server: RunningServer, question: Question, connections: number, seconds: number): Promise<Window> {
  const { url, body } = requestFor(server, question);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { seconds, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx, latencies };
}

/** Several windows of the same server, question and connection count, as one measurement. */
export function summarise(windows: Window[]): LoadResult {
  const latencies = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  return {
    requestsPerSecond: windows.reduce((sum, w) => sum + w.requests, 0) / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
  };
}

/** Drives one question at one server with autocannon; latencies (ms) from every response. */
export async function drive(server: RunningServer, question: Question, connections: number, seconds: number): Promise<LoadResult> {
  return summarise([await driveWindow(server, question, connections, seconds)]);
}

const queriesSoFar = async (server: RunningServer) => ((await (await fetch(`${server.control}/queries`)).json()) as { queries: number }).queries;

/**
 * Waits until the server has sent no query for a second: requests still in flight when autocannon
 * stops (slow ones outlive its run) must not be counted in, or load, the next measurement.
 */
export async function waitForIdle(server: RunningServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await queriesSoFar(server);
  for (let quietSince = Date.now(); Date.now() - quietSince < 1000 && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await queriesSoFar(server);
    if (now !== last) quietSince = Date.now();
    last = now;
  }
}

/** Round trips and db hits of one request, from the server's control port. */
export async function costOfOne(server: RunningServer, question: Question): Promise<{ roundTrips: number; dbHits: number }> {
  await waitForIdle(server);
  await fetch(`${server.control}/capture`, { method: 'POST' });
  const before = await queriesSoFar(server);
  await ask(server, question);
  const after = await queriesSoFar(server);
  const profile = (await (await fetch(`${server.control}/profile`)).json()) as { dbHits: number };
  return { roundTrips: after - before, dbHits: profile.dbHits };
}
