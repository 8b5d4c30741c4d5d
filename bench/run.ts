/**
 * npm run bench                 scales 1, 100, 1000; 1, 10 and 50 connections; writes docs/benchmarks.md + .svg
 * npm run bench -- --quick      scale 1, 10 connections, short runs: a smoke check in under two minutes
 *   [--scales 1,100] [--connections 1,10] [--seconds 5]
 *
 * For each scale: a throwaway embedded Neo4j (with APOC, which the peer needs) holding the curated
 * seed plus N synthetic articles. Then, servers started one at a time: pledgegraph, the
 * @neo4j/graphql peer and the raw-driver floor. First every question's answer is taken from each
 * and compared (normalised); any difference stops the run. Then each server is warmed up and
 * driven with autocannon per question and connection count; round trips and db hits (PROFILE of
 * every query one request sends) and the server's RSS are recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeedDirectory, SEED_DIR } from '../src/write/seed/load';
import { generateSyntheticBundles, loadSyntheticBundles } from '../src/synthetic/generate';
import { directorySizeBytes } from '../src/synthetic/store-size';
import pino from 'pino';
import { createCommandClient } from '../src/neo4j/client';
import { createDriver } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/launcher';
import { applyMigrations } from '../src/neo4j/migrations';
import { PROJECT_ROOT } from '../src/project-root';
import { throwawayEmbeddedConfig } from '../test/support/embedded-config';
import { canonical, QUESTIONS } from './questions';
import { ask, costOfOne, drive, waitForIdle } from './support/drive';
import { writeReport, type Measurement, type ScaleInfo } from './support/report';
import { SERVER_NAMES, startServer } from './support/servers';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    connections: { type: 'string' },
    seconds: { type: 'string' },
  },
});
const quick = values.quick === true;
const list = (text: string | undefined, fallback: number[]) => (text ? text.split(',').map(Number) : fallback);
const scales = list(values.scales, quick ? [1] : [1, 100, 1000]);
const connectionCounts = list(values.connections, quick ? [10] : [1, 10, 50]);
const seconds = Number(values.seconds ?? (quick ? 2 : 8));
const warmupSeconds = quick ? 1 : 3;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function benchScale(scale: number, measurements: Measurement[]): Promise<ScaleInfo> {
  const config = { ...(await throwawayEmbeddedConfig()), heapSize: '1g', pageCacheSize: '256m' };
  const neo4j = await startEmbeddedNeo4j(config, { withApoc: true });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await applyMigrations(driver);
    const graph = createCommandClient({ driver }, pino({ level: 'silent' }), 'bench-load');
    await loadSeedDirectory(graph, SEED_DIR);
    const loaded = await loadSyntheticBundles(graph, generateSyntheticBundles({ scale }));
    const counts = await driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    const info: ScaleInfo = {
      scale,
      loadSeconds: loaded.ms / 1000,
      nodes: counts.records[0]?.get('nodes') as number,
      relationships: counts.records[0]?.get('rels') as number,
      storeMiB: NaN, // measured after the clean shutdown below, once Neo4j has checkpointed
    };
    log(`scale ${scale}: ${info.nodes} nodes, ${info.relationships} relationships, synthetic articles loaded in ${info.loadSeconds.toFixed(1)} s`);

    // 1. Same data from all three, before anything is timed.
    const answers = new Map<string, Map<string, string>>();
    for (const name of SERVER_NAMES) {
      const server = await startServer(name, neo4j.uri);
      try {
        for (const question of QUESTIONS) {
          const byServer = answers.get(question.name) ?? new Map<string, string>();
          answers.set(question.name, byServer);
          byServer.set(name, canonical(await ask(server, question)));
        }
      } finally {
        await server.stop();
      }
    }
    for (const [question, byServer] of answers) {
      const reference = byServer.get('pledgegraph');
      for (const [name, answer] of byServer) {
        if (answer !== reference) {
          const dump = path.join(os.tmpdir(), `bench-mismatch-${question}-${name.replace(/\W/g, '')}.json`);
          fs.writeFileSync(dump, `${reference}\n${answer}\n`);
          throw new Error(`scale ${scale}, ${question}: ${name} answers differently from pledgegraph (both in ${dump})`);
        }
      }
    }
    log(`  all three servers return the same data for ${QUESTIONS.length} questions`);

    // 2. Timed, one server at a time.
    for (const name of SERVER_NAMES) {
      const server = await startServer(name, neo4j.uri);
      try {
        for (const question of QUESTIONS) {
          const cost = await costOfOne(server, question);
          await drive(server, question, Math.max(...connectionCounts), warmupSeconds);
          for (const connections of connectionCounts) {
            await waitForIdle(server);
            const result = await drive(server, question, connections, seconds);
            const measurement: Measurement = { scale, question: question.name, paginated: question.paginated, server: name, connections, ...cost, ...result, rssMiB: server.rssMiB() };
            measurements.push(measurement);
            log(
              `  ${name.padEnd(15)} ${question.name.padEnd(32)} c=${String(connections).padStart(2)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${result.p95.toFixed(1).padStart(7)} ms  ${cost.roundTrips} round trips  ${cost.dbHits} db hits  ${measurement.rssMiB.toFixed(0)} MiB${result.errors ? `  ${result.errors} ERRORS` : ''}`,
            );
          }
        }
      } finally {
        await server.stop();
      }
    }
    await driver.close();
    await neo4j.stop();
    info.storeMiB = directorySizeBytes(path.join(config.dataDir, 'data', 'databases', 'neo4j')) / 1024 ** 2;
    log(`  store after checkpoint: ${info.storeMiB.toFixed(1)} MiB`);
    return info;
  } finally {
    await driver.close();
    await neo4j.stop();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const measurements: Measurement[] = [];
  const infos: ScaleInfo[] = [];
  for (const scale of scales) infos.push(await benchScale(scale, measurements));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const { table, ratios } = writeReport({
    measurements,
    infos,
    command,
    seconds,
    warmupSeconds,
    connectionCounts,
    minutes: (Date.now() - startedAt) / 60_000,
    outDir: quick ? undefined : path.join(PROJECT_ROOT, 'docs'),
  });
  log(`\n${table}\n\n${ratios}`);
  log(`\nfinished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s${quick ? ' (quick: nothing written)' : '; wrote docs/benchmarks.md and docs/benchmarks.svg'}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
