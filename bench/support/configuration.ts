/**
 * How the three benchmarked servers are configured, as docs/benchmarks.md prints it. Keep it in
 * step with bench/support/servers.ts, bench/support/bench-server.ts, bench/support/pledgegraph-server.ts
 * and bench/peer/*.ts.
 */
import { loadConfig } from '../../src/config';
import { NODE_FLAGS, SERVER_ENV } from './servers';

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
    `| process | \`node ${NODE_FLAGS.join(' ')} bench/support/pledgegraph-server.ts\` | \`node ${NODE_FLAGS.join(' ')} bench/peer/neo4j-graphql.ts\` | \`node ${NODE_FLAGS.join(' ')} bench/peer/raw-driver.ts\` |`,
    `| Node flags, environment | ${env}; \`DEBUG\` unset; no other flags | same | same |`,
    '| source maps | on (tsx turns them on, as `--enable-source-maps` does in `npm start`) | on | on |',
    '| TypeScript | compiled by tsx (esbuild) at load time | same | same |',
    '| neo4j-driver | bench/support/bench-server.ts `createDriver`: pool 50, `disableLosslessIntegers`, connection timeout 2 s, acquisition 30 s, retry 2 s | same driver, same settings | same driver, same settings |',
    "| transactions | an auto-commit read (`session.run` in a READ session, retried by src/neo4j/client.ts) per root field and batched walk (src/read); the driver's per-Result stack capture off | the library's own (`executeRead` for queries) | an auto-commit read (`session.run` in a READ session, no retry), one per request; the driver's per-Result stack capture off |",
    `| HTTP server | \`http.createServer\`, request and headers timeout ${defaults.requestTimeoutMs} ms, connection check every 1 s | same | plain \`http.createServer\`, no timeouts |`,
    '| Express | Express 5, `x-powered-by` and ETag off | same | none |',
    `| body parser | \`express.json\`, limit ${defaults.limits.bodyBytes} bytes | same | body ignored |`,
    `| compression | \`compression\`, threshold ${defaults.compression.thresholdBytes} bytes (\`COMPRESSION\` default); the load sends no \`Accept-Encoding\`, so nothing is compressed | same middleware, same threshold | none |`,
    '| Apollo Server 5 | cache-control and landing-page plugins disabled, `includeStacktraceInErrorResponses: false`, CSRF prevention on (default) | same | – |',
    '| logging | pino at `silent`; src/http/request-logging.ts still runs per request (request id, `x-request-id` header; the log line is not built) | none (`debug` off) | none |',
    '| only pledgegraph | CORS, request deadline, rate-limit middleware (no limits set), depth/alias/directive/token/cost limits, response-size and timeout-status plugins, bookmark header plugin, per-request DataLoader context and principal | – | – |',
    '| metrics, tracing | off (`METRICS`, `OTEL_TRACES_EXPORTER` defaults) | – | – |',
  ].join('\n');
}
