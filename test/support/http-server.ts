import type { Driver } from 'neo4j-driver';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer, type PledgegraphServer } from '../../src/server';

export interface TestServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql. */
  url: string;
  /** The server root, e.g. http://127.0.0.1:PORT. */
  origin: string;
  config: Config;
  /** Every JSON log line the server wrote. */
  logs: Record<string, unknown>[];
  server: PledgegraphServer;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Environment variables on top of PORT=0 (e.g. EXPOSE_SCHEMA, MAX_QUERY_DEPTH). */
  env?: Record<string, string>;
  /** The run's Neo4j (`getTestDriver()`, called while the test file is collected) or a throwaway one. */
  driver: Driver;
  database?: string;
  /** The database's liveness (a supervised embedded Neo4j), behind `/livez`. */
  live?: () => boolean;
}

/** Starts the real HTTP server on a free loopback port, logging into `logs`. */
export async function startTestServer({ env = {}, driver, database, live }: TestServerOptions): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const server = await startServer({ config, logger, db: { driver, name: database, live } });
  return { url: server.url, origin: new URL(server.url).origin, config, logs, server, stop: () => server.stop() };
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** POSTs a GraphQL request as JSON and returns status, headers and the parsed body. */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphQLResponse['json'];
  try {
    json = JSON.parse(text) as GraphQLResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.json?.errors ?? []).map((error) => error.extensions?.code);
}
