import type { Driver } from 'neo4j-driver';

/** Runs a query returning one boolean column `answer`. */
async function ask(driver: Driver, database: string | undefined, cypher: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher)).records[0]?.get('answer') === true);
  } finally {
    await session.close();
  }
}

/** True when the database holds no node at all (a fresh store, before the first seed). */
export function isDatabaseEmpty(driver: Driver, database?: string): Promise<boolean> {
  return ask(driver, database, 'RETURN NOT EXISTS { MATCH (n) } AS answer');
}

/** True once anything was written through the curation API (every such write leaves an AuditEvent). */
export function isCurated(driver: Driver, database?: string): Promise<boolean> {
  return ask(driver, database, 'RETURN EXISTS { MATCH (:AuditEvent) } AS answer');
}
