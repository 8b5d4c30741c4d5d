import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createAuthenticator } from './auth/authenticate';
import { loadConfig, type Config } from './config';
import { createContext, type Context } from './context';
import { createFormatError } from './format-error';
import type { Logger } from './logger';
import { createGraphClient } from './neo4j/client';
import type { Database } from './neo4j/database';
import { createApiKeyRepository } from './repositories/api-key-repository';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { corsFor } from './http/cors';
import { healthRoutes } from './http/health';
import { ideRoutes } from './http/ide';
import { loadIdeTabs } from './http/ide-tabs';
import { httpErrorHandler, jsonBody } from './http/json-body';
import { requestLogging } from './http/request-logging';
import { apolloLimits } from './limits/apollo-limits';

export interface PledgegraphServer {
  url: string;
  httpServer: http.Server;
  /** Stops accepting connections, drains in-flight requests and stops Apollo (not the database). */
  stop(): Promise<void>;
}

type OperabilitySetting = 'exposeSchema' | 'corsOrigins' | 'shutdownGraceMs' | 'readinessTimeoutMs' | 'limits' | 'requireKeyForReads';

export interface ServerOptions {
  /** HOST and PORT; the operability settings default to their documented values when left out. */
  config: Pick<Config, 'host' | 'port'> & Partial<Pick<Config, OperabilitySetting>>;
  logger: Logger;
  db: Pick<Database, 'driver' | 'name'>;
}

/** Assembles Express + Apollo and starts listening on HOST:PORT (port 0 picks a free one). */
export async function startServer({ config: given, logger, db }: ServerOptions): Promise<PledgegraphServer> {
  const config = { ...loadConfig({}), ...given };
  const app = express().disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = apolloLimits(config);
  const apollo = new ApolloServer<Context>({
    ...limits.options,
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // No cache hints are set; the default cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
    ],
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const authenticate = createAuthenticator({
    apiKeys: createApiKeyRepository(createGraphClient({ driver: db.driver, database: db.name, logger })),
    requireKeyForReads: config.requireKeyForReads,
  });

  app.use(requestLogging(logger));
  app.use(healthRoutes({ driver: db.driver, database: db.name, timeoutMs: config.readinessTimeoutMs }));
  if (config.exposeSchema) app.use(ideRoutes({ tabs: loadIdeTabs(), requireKeyForReads: config.requireKeyForReads, authenticate }));
  app.use(
    '/graphql',
    corsFor(config.corsOrigins),
    ...jsonBody(config.limits.bodyBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({ driver: db.driver, database: db.name, logger, principal: await authenticate(req.headers) }),
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
    stop: () => apollo.stop(),
  };
}
