import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import type { Context } from './context';
import type { Logger } from './logger';
import type { Database } from './neo4j/database';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface PledgegraphServer {
  url: string;
  httpServer: http.Server;
  /** Stops accepting connections, drains in-flight requests and stops Apollo (not the database). */
  stop(): Promise<void>;
}

export interface ServerOptions {
  config: Pick<Config, 'host' | 'port'>;
  logger: Logger;
  db: Pick<Database, 'driver' | 'name'>;
}

/** Assembles Express + Apollo and starts listening on HOST:PORT (port 0 picks a free one). */
export async function startServer({ config, logger, db }: ServerOptions): Promise<PledgegraphServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ driver: db.driver, database: db.name, logger }),
    }),
  );

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
