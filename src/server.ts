import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import { createAuthenticator } from './auth/authenticate';
import { principalPerRequest } from './auth/request-principal';
import { loadConfig, type Config } from './config';
import { createContext, type Context } from './graphql/context';
import { transactionMetadataPlugin } from './graphql/transaction-metadata';
import { createFormatError } from './format-error';
import type { Logger } from './logger';
import { createGraphClient } from './neo4j/client';
import type { Database } from './neo4j/database';
import { createApiKeyRepository } from './auth/api-key-repository';
import { resolvers } from './graphql/resolvers';
import { loadTypeDefs } from './graphql/type-defs';
import { bookmarkHeaderPlugin, bookmarksFrom, requestBookmarks } from './http/bookmarks';
import { compressResponses } from './http/compression';
import { corsFor } from './http/cors';
import { healthRoutes } from './http/health';
import { ideRoutes } from './http/ide';
import { loadIdeTabs } from './http/ide-tabs';
import { httpErrorHandler, jsonBody } from './http/json-body';
import { rateLimitRequests } from './http/rate-limit';
import { requestLogging } from './http/request-logging';
import { responseStatusPlugin } from './http/response-status';
import { schemaFileRoute } from './http/schema-file';
import { loadTrustedDocuments, trustedDocuments } from './http/trusted-documents';
import { printedSchema } from './graphql/schema-file';
import { apolloLimits } from './limits/apollo-limits';
import { servedOperationTypes } from './limits/served-operation-types';
import { startSubscriptionServer, type SubscriptionServer } from './subscriptions/websocket-server';
import { responseSizePlugin } from './limits/response-size';
import { deadlineOf, deadlineOfRequest, requestDeadline } from './http/request-deadline';
import { deadlineIn, type Deadline } from './neo4j/deadline';
import { traceGraphqlOperations, traceGraphQueries, traceHttpRequests, tracingPlugin } from './observability/tracing';

export interface PledgegraphServer {
  url: string;
  httpServer: http.Server;
  /** GraphQL subscriptions over WebSocket on the same port and path (src/subscriptions). */
  subscriptions: Pick<SubscriptionServer, 'follower'>;
  /** Stops accepting connections, drains in-flight requests and stops Apollo (not the database). */
  stop(): Promise<void>;
}

type OperabilitySetting =
  | 'exposeSchema'
  | 'corsOrigins'
  | 'shutdownGraceMs'
  | 'readinessTimeoutMs'
  | 'limits'
  | 'requireKeyForReads'
  | 'requestTimeoutMs'
  | 'maxResponseBytes'
  | 'trustedDocuments';
/** Settings for running in production: docs/operations.md, "Compression", "Metrics", "Rate limits". */
type ProductionSetting = 'compression' | 'metrics' | 'rateLimits' | 'trustProxy' | 'tracing' | 'subscriptions';

export interface ServerOptions {
  /** HOST and PORT; the operability settings default to their documented values when left out. */
  config: Pick<Config, 'host' | 'port'> & Partial<Pick<Config, OperabilitySetting | ProductionSetting>>;
  logger: Logger;
  db: Pick<Database, 'driver' | 'name'> & Partial<Pick<Database, 'live' | 'embedded'>>;
}

/** Assembles Express + Apollo and starts listening on HOST:PORT (port 0 picks a free one). */
export async function startServer({ config: given, logger, db }: ServerOptions): Promise<PledgegraphServer> {
  const config = { ...loadConfig({}), ...given };
  // No ETag: hashing every GraphQL answer costs ~3 % of a request's Node time, and a POST's answer
  // is never revalidated (If-None-Match is a GET's). The schema file sets its own (src/http/schema-file.ts).
  const app = express().disable('x-powered-by').disable('etag').set('trust proxy', config.trustProxy);
  // A client that sends its headers or body slowly (or never finishes) is cut off at the same
  // deadline as a request's database work (Node's default waits 300 s, checked every 30 s).
  const httpServer = http.createServer(
    { requestTimeout: config.requestTimeoutMs, headersTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
    app,
  );
  const limits = apolloLimits(config);
  const trusted = config.trustedDocuments && { documents: loadTrustedDocuments(config.trustedDocuments.manifestPath), mode: config.trustedDocuments.mode };
  // prom-client is loaded only when metrics are on (docs/benchmarks.md, "Memory: where RSS goes"); a
  // require, not import(): TypeScript keeps import() as an ES import in CommonJS output.
  const metrics = config.metrics
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('./observability/metrics') as typeof import('./observability/metrics')).createMetrics({
        driver: db.driver,
        database: db.name,
        readinessTimeoutMs: config.readinessTimeoutMs,
        embedded: db.embedded,
        maxSourceChars: config.maxSourceChars,
      })
    : undefined;
  // One schema for HTTP and WebSocket, as Apollo Server documents for subscriptions.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const formatError = createFormatError(logger);
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    config,
    logger,
    db,
    validationRules: (limits.options.validationRules ?? []).filter((rule) => rule !== servedOperationTypes),
    formatError,
    trusted,
  });
  const apollo = new ApolloServer<Context>({
    ...limits.options,
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      subscriptions.drainPlugin,
      // No cache hints are set; the default cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      responseSizePlugin(config.maxResponseBytes, logger, { maxSourceChars: config.maxSourceChars }),
      ...(metrics ? [metrics.apolloPlugin] : []),
      ...(config.tracing.enabled ? [tracingPlugin()] : []),
      bookmarkHeaderPlugin(),
      transactionMetadataPlugin(),
      // Last: it reads the body every plugin above may have replaced.
      responseStatusPlugin(),
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const stopTracingQueries = config.tracing.enabled ? traceGraphQueries() : undefined;
  // The key lookup runs within the request's deadline too.
  const authenticateWithin = (deadline: Deadline) =>
    createAuthenticator({
      apiKeys: createApiKeyRepository(
        createGraphClient({ driver: db.driver, database: db.name, logger, deadline, metadata: { operation: 'authenticate', operationType: 'http' } }),
      ),
      requireKeyForReads: config.requireKeyForReads,
    });
  const principalOf = principalPerRequest((req) => authenticateWithin(deadlineOfRequest(req))(req.headers));

  app.use(requestLogging(logger));
  if (config.tracing.enabled) app.use(traceHttpRequests());
  if (metrics) app.use(metrics.httpMiddleware, metrics.routes);
  if (config.compression.enabled) app.use(compressResponses(config.compression.thresholdBytes));
  app.use(healthRoutes({ driver: db.driver, database: db.name, timeoutMs: config.readinessTimeoutMs, live: db.live }));
  if (config.exposeSchema) {
    const authenticate = (headers: IncomingHttpHeaders) => authenticateWithin(deadlineIn(config.requestTimeoutMs))(headers);
    app.use(ideRoutes({ tabs: loadIdeTabs(), requireKeyForReads: config.requireKeyForReads, authenticate }));
    app.use(schemaFileRoute({ sdl: printedSchema(), requireKeyForReads: config.requireKeyForReads, authenticate }));
  }
  app.use(
    '/graphql',
    ...corsFor(config.corsOrigins),
    requestDeadline(config.requestTimeoutMs),
    ...rateLimitRequests({ limits: config.rateLimits, principalOf }),
    ...jsonBody(config.limits.bodyBytes),
    ...(trusted ? [trustedDocuments(trusted.documents, trusted.mode)] : []),
    ...(config.tracing.enabled ? [traceGraphqlOperations()] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          driver: db.driver,
          database: db.name,
          logger,
          principal: await principalOf(req),
          deadline: deadlineOf(res),
          bookmarks: requestBookmarks(bookmarksFrom(req.headers)),
          requestId: typeof req.id === 'string' ? req.id : undefined,
        }),
    }),
  );

  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { address, port } = httpServer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    subscriptions,
    stop: async () => {
      await apollo.stop();
      metrics?.close();
      stopTracingQueries?.();
    },
  };
}
