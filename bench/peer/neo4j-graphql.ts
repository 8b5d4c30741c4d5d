/**
 * The peer: @neo4j/graphql 7 over the same graph, on the same stack as pledgegraph (Apollo
 * Server 5 on Express 5). Needs APOC core in the database (start Neo4j with `withApoc`).
 *
 *   NEO4J_URI=bolt://… PORT=4100 node --import tsx bench/peer/neo4j-graphql.ts
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { announce, benchServerEnv, countingDriver } from '../support/bench-server';
import { PEER_TYPE_DEFS } from './type-defs';

async function main(): Promise<void> {
  const env = benchServerEnv();
  const { driver, count, profileDriver } = countingDriver(env.uri);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async ({ req }) => ({ req }) }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(env.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await announce(`http://127.0.0.1:${port}/graphql`, env, count, profileDriver, async () => {
    await apollo.stop();
    server.close();
    await driver.close();
  });
}

void main();
