import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/neo4j/driver';
import { findJava, startEmbeddedNeo4j } from '../../src/neo4j/launcher';
import { ensureLauncherBuilt, LAUNCHER_MODULE_DIR } from '../../src/neo4j/launcher-build';
import { LauncherError } from '../../src/neo4j/launcher-errors';
import { throwawayEmbeddedConfig } from '../support/embedded-config';
import { TEST_NEO4J_ENV } from '../support/test-neo4j-env';

jest.setTimeout(180_000);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function expectLauncherError(promise: Promise<unknown>, failure: LauncherError['failure'], mentions: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LauncherError);
  expect((error as LauncherError).failure).toBe(failure);
  expect((error as LauncherError).message).toMatch(mentions);
  expect((error as LauncherError).message).toMatch(/NEO4J_URI/);
  expect((error as LauncherError).message).not.toContain('\n');
}

describe('embedded Neo4j launcher', () => {
  it('starts, accepts Cypher over Bolt, keeps its data across restarts and stops cleanly', async () => {
    const config = await throwawayEmbeddedConfig();
    const first = await startEmbeddedNeo4j(config);
    const driver = createDriver({ uri: first.uri });
    try {
      const { records } = await driver.executeQuery('CREATE (n:LauncherProbe {value: $value}) RETURN n.value AS value', { value: 42 });
      expect(records[0]?.get('value')).toBe(42);
    } finally {
      await driver.close();
    }
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(fs.readFileSync(first.logFile, 'utf8')).toContain('STOPPED');

    const second = await startEmbeddedNeo4j(config);
    const reconnect = createDriver({ uri: second.uri });
    try {
      const { records } = await reconnect.executeQuery('MATCH (n:LauncherProbe) RETURN n.value AS value');
      expect(records.map((r) => r.get('value'))).toEqual([42]);
    } finally {
      await reconnect.close();
      await second.stop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    }
  });

  it('reports a port already in use and leaves nothing running', async () => {
    const config = await throwawayEmbeddedConfig();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(config.boltPort, '127.0.0.1', resolve));
    try {
      await expectLauncherError(
        startEmbeddedNeo4j(config),
        'PORT_IN_USE',
        new RegExp(`${config.boltPort}.*NEO4J_BOLT_PORT|NEO4J_BOLT_PORT.*${config.boltPort}`),
      );
    } finally {
      blocker.close();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    }
  });

  it('reports a store locked by another process (the test run’s own Neo4j)', async () => {
    const config = { ...(await throwawayEmbeddedConfig()), dataDir: process.env[TEST_NEO4J_ENV.dataDir] as string };
    await expectLauncherError(startEmbeddedNeo4j(config), 'STORE_LOCKED', /DATA_DIR/);
  });

  it('reports a JVM that dies during start-up', async () => {
    const config = await throwawayEmbeddedConfig();
    await expectLauncherError(startEmbeddedNeo4j({ ...config, heapSize: '16m' }), 'JVM_DIED', /exited while starting/);
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('says to install a JDK when java is missing', () => {
    const env = { PATH: '/nonexistent' };
    expect(() => findJava(env)).toThrow(LauncherError);
    expect(() => findJava(env)).toThrow(/Install a JDK 17 or newer.*NEO4J_URI/);
  });

  it('says to install Maven when the launcher must be built and mvn is missing', () => {
    const moduleCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-launcher-'));
    fs.cpSync(path.join(LAUNCHER_MODULE_DIR, 'pom.xml'), path.join(moduleCopy, 'pom.xml'));
    fs.cpSync(path.join(LAUNCHER_MODULE_DIR, 'src'), path.join(moduleCopy, 'src'), { recursive: true });
    try {
      expect(() => ensureLauncherBuilt({ moduleDir: moduleCopy, env: { PATH: '/nonexistent' } })).toThrow(/Install Maven 3\.8 or newer.*NEO4J_URI/);
    } finally {
      fs.rmSync(moduleCopy, { recursive: true, force: true });
    }
  });
});
