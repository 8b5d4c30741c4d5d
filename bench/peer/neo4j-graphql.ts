/**
 * The peer: @neo4j/graphql 7 over the same graph, on the same stack as pledgegraph (Apollo
 * Server 5 on Express 5) and with the same tuning wherever the peer has the same knob
 * (docs/benchmarks.md, "How the three servers are configured"): the cache-control and landing
 * page plugins disabled, the same JSON body parser and limit, the same compression middleware and
 * threshold, the same HTTP server timeouts, no `x-powered-by` and no ETag, the same driver settings
 * (bench/support/bench-server.ts) with the per-Result stack capture off as pledgegraph's client has
 * it (./stack-capture-off.ts), and the same Node process (bench/support/servers.ts).
 * Needs APOC core in the database (start Neo4j with `withApoc`).
 *
 *   npx tsc -p tsconfig.bench.json && NEO4J_URI=bolt://… PORT=4100 node --enable-source-maps dist/bench/peer/neo4j-graphql.js
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { loadConfig } from '../../src/config';
import { compressResponses } from '../../src/http/compression';
import { announce, benchServerEnv, countingDriver } from '../support/bench-server';
import { withoutStackCaptureOnEveryRun } from './stack-capture-off';
import { PEER_TYPE_DEFS } from './type-defs';

/** pledgegraph's defaults, as its bench server runs with them (bench/support/pledgegraph-server.ts). */
const PLEDGEGRAPH = loadConfig({});

async function main(): Promise<void> {
  const env = benchServerEnv();
  const { driver, count, profileDriver } = countingDriver(env.uri);
  withoutStackCaptureOnEveryRun(driver);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const app = express().disable('x-powered-by').disable('etag');
  if (PLEDGEGRAPH.compression.enabled) app.use(compressResponses(PLEDGEGRAPH.compression.thresholdBytes));
  app.use('/graphql', express.json({ limit: PLEDGEGRAPH.limits.bodyBytes }), expressMiddleware(apollo, { context: async ({ req }) => ({ req }) }));
  const server = http.createServer(
    { requestTimeout: PLEDGEGRAPH.requestTimeoutMs, headersTimeout: PLEDGEGRAPH.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
    app,
  );
  await new Promise<void>((resolve) => server.listen(env.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await announce(`http://127.0.0.1:${port}/graphql`, env, count, profileDriver, async () => {
    await apollo.stop();
    server.close();
    await driver.close();
  });
}

void main();
