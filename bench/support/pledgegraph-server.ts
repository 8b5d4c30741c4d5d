/**
 * pledgegraph itself, as `npm start` assembles it (src/server.ts), but on a driver that counts its
 * round trips and against the Neo4j given in NEO4J_URI.
 */
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/server';
import { announce, benchServerEnv, countingDriver } from './bench-server';

async function main(): Promise<void> {
  const env = benchServerEnv();
  const { driver, count, profileDriver } = countingDriver(env.uri);
  const server = await startServer({ config: { host: '127.0.0.1', port: env.port }, logger: createLogger(process.env.LOG_LEVEL ?? 'silent'), db: { driver } });
  await announce(server.url, env, count, profileDriver, async () => {
    await server.stop();
    await driver.close();
  });
}

void main();
