import type { Driver } from 'neo4j-driver';

/** True when the database holds no node at all (a fresh store, before the first seed). */
export async function isDatabaseEmpty(driver: Driver, database?: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const result = await tx.run('RETURN NOT EXISTS { MATCH (n) } AS empty');
      return result.records[0]?.get('empty') === true;
    });
  } finally {
    await session.close();
  }
}

/** True once anything was written through the curation API (every such write leaves an AuditEvent). */
export async function isCurated(driver: Driver, database?: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const result = await tx.run('RETURN EXISTS { MATCH (:AuditEvent) } AS curated');
      return result.records[0]?.get('curated') === true;
    });
  } finally {
    await session.close();
  }
}
