import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config';

export interface DriverTimeouts {
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  maxRetryTimeMs?: number;
}

/**
 * Creates a driver that fails fast when the database is down (the driver's own defaults wait
 * 30-60 s), so a request gets a clear error within seconds instead of hanging.
 */
export function createDriver(connection: Neo4jConnectionConfig, timeouts: DriverTimeouts = {}): Driver {
  const auth = connection.username !== undefined ? neo4j.auth.basic(connection.username, connection.password ?? '') : undefined;
  return neo4j.driver(connection.uri, auth, {
    connectionTimeout: timeouts.connectionTimeoutMs ?? 2_000,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs ?? 3_000,
    maxTransactionRetryTime: timeouts.maxRetryTimeMs ?? 2_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: 'pledgegraph',
  });
}
