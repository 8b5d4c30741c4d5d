/**
 * How the three benchmarked servers are configured, as docs/benchmarks.md prints it. Keep it in
 * step with bench/support/servers.ts, bench/support/bench-server.ts, bench/support/pledgegraph-server.ts
 * and bench/peer/*.ts.
 */
import { loadConfig } from '../../src/config';
import { MAX_CONCURRENT_QUERIES_PER_REQUEST } from '../../src/neo4j/client';
import { DEFAULT_ACQUISITION_TIMEOUT_MS, DEFAULT_MAX_CONNECTION_POOL_SIZE, DEFAULT_MAX_RETRY_MS } from '../../src/neo4j/driver';
import { BENCH_ACQUISITION_TIMEOUT_MS } from './bench-server';
import { compiledEntry, ENTRY, NODE_FLAGS, SERVER_ENV } from './servers';

const seconds = (ms: number) => `${ms / 1000} s`;

export function serverConfiguration(): string {
  const defaults = loadConfig({});
  const env = Object.entries(SERVER_ENV)
    .map(([name, value]) => `\`${name}=${value}\``)
    .join(', ');
  return [
    '## How the three servers are configured',
    '',
    'Each server runs in its own Node process, all three at once against the same database, started the same way (bench/support/servers.ts). Where the peer has the same knob as pledgegraph, it is set the same; what only pledgegraph has is part of what it costs, and is listed as such.',
    '',
    '| | pledgegraph | @neo4j/graphql peer | raw-driver floor |',
    '|---|---|---|---|',
    `| process | \`node ${NODE_FLAGS.join(' ')} ${compiledEntry(ENTRY.pledgegraph)}\` | \`node ${NODE_FLAGS.join(' ')} ${compiledEntry(ENTRY['@neo4j/graphql'])}\` | \`node ${NODE_FLAGS.join(' ')} ${compiledEntry(ENTRY['raw driver'])}\` |`,
    `| Node flags, environment | ${env}; \`DEBUG\` unset; no other flags | same | same |`,
    '| TypeScript | compiled by tsc before the run (tsconfig.bench.json: src/ and bench/ into dist/), as `npm run build` compiles what `npm start` runs; source maps on, as in `npm start` | same | same |',
    `| neo4j-driver | bench/support/bench-server.ts \`createDriver\`: pool ${DEFAULT_MAX_CONNECTION_POOL_SIZE}, \`disableLosslessIntegers\`, connection timeout 2 s, acquisition ${seconds(BENCH_ACQUISITION_TIMEOUT_MS)} (production: ${seconds(DEFAULT_ACQUISITION_TIMEOUT_MS)}, see below), retry ${seconds(DEFAULT_MAX_RETRY_MS)} | same driver, same settings | same driver, same settings |`,
    "| transactions | an auto-commit read (`session.run` in a READ session, retried by src/neo4j/client.ts) per root field and batched walk (src/read); the driver's per-Result stack capture off | the library's own (`executeRead` for queries); the driver's per-Result stack capture off, as pledgegraph's client has it (bench/peer/stack-capture-off.ts wraps every `run` of the peer's driver) | an auto-commit read (`session.run` in a READ session, no retry), one per request; the driver's per-Result stack capture off |",
    `| HTTP server | \`http.createServer\`, request and headers timeout ${defaults.requestTimeoutMs} ms, connection check every 1 s | same | plain \`http.createServer\`, no timeouts |`,
    '| Express | Express 5, `x-powered-by` and ETag off | same | none |',
    `| body parser | \`express.json\`, limit ${defaults.limits.bodyBytes} bytes | same | body ignored |`,
    `| compression | \`compression\`, threshold ${defaults.compression.thresholdBytes} bytes (\`COMPRESSION\` default); the load sends no \`Accept-Encoding\`, so nothing is compressed | same middleware, same threshold | none |`,
    '| Apollo Server 5 | cache-control and landing-page plugins disabled, `includeStacktraceInErrorResponses: false`, CSRF prevention on (default) | same | – |',
    '| logging | pino at `silent`; src/http/request-logging.ts still runs per request (request id, `x-request-id` header; the log line is not built) | none (`debug` off) | none |',
    '| only pledgegraph | CORS, request deadline, rate-limit middleware (no limits set), depth/alias/directive/token/cost limits, response-size and timeout-status plugins, bookmark header plugin, per-request DataLoader context and principal | – | – |',
    '| metrics, tracing | off (`METRICS`, `OTEL_TRACES_EXPORTER` defaults) | – | – |',
    '',
    `The bench's driver waits up to ${seconds(BENCH_ACQUISITION_TIMEOUT_MS)} for a pooled connection where production waits ${seconds(DEFAULT_ACQUISITION_TIMEOUT_MS)} (\`DEFAULT_ACQUISITION_TIMEOUT_MS\`, src/neo4j/driver.ts) and then answers \`SERVICE_UNAVAILABLE\` "busy". The bench measures how fast each server answers at a fixed number of connections, not how it sheds load, so a request that waits for the pool should count as slow, not as an error no ratio can use. So far it is only a guard: a pool of ${DEFAULT_MAX_CONNECTION_POOL_SIZE} runs out only when more than ${DEFAULT_MAX_CONNECTION_POOL_SIZE} queries run at once, and in the run of 2026-12-02 every server sent one query per request (the round trips under "All measurements") at 50 connections at most, so no request waited for the pool and the figures would be the same at ${seconds(DEFAULT_ACQUISITION_TIMEOUT_MS)}. It matters once a question makes pledgegraph run several queries of one request at once (up to ${MAX_CONCURRENT_QUERIES_PER_REQUEST}) at 50 connections.`,
  ].join('\n');
}
