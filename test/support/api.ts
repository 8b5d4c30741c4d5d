import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { applyMigrations } from '../../src/neo4j/migrations';
import { startServer, type PledgegraphServer } from '../../src/server';
import { clearDatabase, getTestDriver, graphClientFor } from './neo4j';

export interface GraphQLResponse<T = unknown> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  driver: Driver;
  /** POSTs one operation to the running server, as any HTTP client would. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** Empties the shared test database and loads the seed graph (with its indexes). */
export async function reseed(driver: Driver = getTestDriver()): Promise<void> {
  await clearDatabase(driver);
  await applyMigrations(driver);
  await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
}

export async function postGraphQL<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * In `beforeAll`: reseeds the database and starts the real HTTP server on a free port;
 * stops it in `afterAll`. Returns a handle whose fields are filled once `beforeAll` ran.
 */
export function useSeededApi(): TestApi {
  const driver = getTestDriver();
  let server: PledgegraphServer | undefined;
  const api: TestApi = {
    url: '',
    driver,
    request: (query, variables) => postGraphQL(api.url, query, variables),
  };
  beforeAll(async () => {
    await reseed(driver);
    server = await startServer({ config: { host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }), db: { driver } });
    api.url = server.url;
  });
  afterAll(async () => {
    await server?.stop();
  });
  return api;
}
