import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/launcher';
import { launcherArtifacts } from '../../src/neo4j/launcher-build';
import { throwawayEmbeddedConfig } from '../support/embedded-config';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(300_000);

const sharedDriver = getTestDriver();

describe('APOC behind a flag', () => {
  it('is absent from a default instance and from its classpath', async () => {
    await expect(sharedDriver.executeQuery('RETURN apoc.version() AS version')).rejects.toThrow(/apoc\.version/);
    expect(fs.readdirSync(launcherArtifacts().libDir).filter((name) => name.startsWith('apoc'))).toEqual([]);
  });

  describe('an instance started withApoc', () => {
    let neo4j: EmbeddedNeo4j | undefined;
    let driver: Driver | undefined;
    let dataDir: string | undefined;

    beforeAll(async () => {
      const config = await throwawayEmbeddedConfig();
      dataDir = config.dataDir;
      neo4j = await startEmbeddedNeo4j(config, { withApoc: true });
      driver = createDriver({ uri: neo4j.uri });
    });
    afterAll(async () => {
      await driver?.close();
      await neo4j?.stop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers apoc.version() and runs the procedures @neo4j/graphql calls', async () => {
      const { records } = await driver!.executeQuery('RETURN apoc.version() AS version');
      expect(records[0]?.get('version')).toMatch(/^5\.26\./);
      const validated = await driver!.executeQuery("CALL apoc.util.validate(false, 'never raised', [0]) RETURN 1 AS ok");
      expect(validated.records).toHaveLength(1);
    });
  });
});
