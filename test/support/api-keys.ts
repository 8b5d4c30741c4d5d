import pino from 'pino';
import { generateApiKey } from '../../src/auth/api-key';
import type { Role } from '../../src/auth/roles';
import { createGraphClient } from '../../src/neo4j/client';
import { createDriver } from '../../src/neo4j/driver';
import { createApiKeyRepository } from '../../src/auth/api-key-repository';
import { testNeo4jUri } from './neo4j';

/**
 * Creates a key of the role in the test database (the one global setup started) and returns the plaintext key to send as `Authorization: Bearer <key>`.
 * Safe to call anywhere (in a test or a hook): it opens and closes its own driver.
 */
export async function createTestApiKey(role: Role, name = `test ${role}`): Promise<string> {
  const driver = createDriver({ uri: testNeo4jUri() });
  try {
    const key = generateApiKey();
    await createApiKeyRepository(createGraphClient({ driver, logger: pino({ level: 'silent' }) })).create({
      id: key.keyId,
      name,
      role,
      hash: key.hash,
    });
    return key.plaintext;
  } finally {
    await driver.close();
  }
}

/** The key id part of a plaintext key (`pgk_<keyId>_<secret>`), as audit events and errors name it. */
export function keyIdOf(plaintext: string): string {
  const keyId = plaintext.split('_')[1];
  if (!keyId) throw new Error('not a pledgegraph API key');
  return keyId;
}
