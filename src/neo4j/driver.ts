import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config';

export interface DriverTimeouts {
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  maxRetryTimeMs?: number;
  /** How many connections the driver's pool opens at most (DEFAULT_MAX_CONNECTION_POOL_SIZE). */
  maxConnectionPoolSize?: number;
}

/**
 * The driver's pool: at most this many connections to Neo4j from one process. A request holds at
 * most MAX_CONCURRENT_QUERIES_PER_REQUEST of them (src/neo4j/client.ts); when all are taken for
 * DEFAULT_ACQUISITION_TIMEOUT_MS, a request is answered "busy" (docs/operations.md, "Busy").
 */
export const DEFAULT_MAX_CONNECTION_POOL_SIZE = 50;
export const DEFAULT_ACQUISITION_TIMEOUT_MS = 3_000;

/** How long the driver retries a transaction on transient errors (and src/neo4j/client.ts an auto-commit read). */
export const DEFAULT_MAX_RETRY_MS = 2_000;

/**
 * Creates a driver that fails fast when the database is down (the driver's own defaults wait
 * 30-60 s), so a request gets a clear error within seconds instead of hanging.
 */
export function createDriver(connection: Neo4jConnectionConfig, timeouts: DriverTimeouts = {}): Driver {
  const auth = connection.username !== undefined ? neo4j.auth.basic(connection.username, connection.password ?? '') : undefined;
  return neo4j.driver(connection.uri, auth, {
    connectionTimeout: timeouts.connectionTimeoutMs ?? 2_000,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: timeouts.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_MS,
    maxConnectionPoolSize: timeouts.maxConnectionPoolSize ?? DEFAULT_MAX_CONNECTION_POOL_SIZE,
    disableLosslessIntegers: true,
    userAgent: 'pledgegraph',
  });
}

/** The driver's type, for the few modules outside src/neo4j that hold one (health checks, metrics) without importing the driver. */
export type { Driver };
