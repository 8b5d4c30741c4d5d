/**
 * npm run bench                 scales 1, 100, 1000; 1, 10 and 50 connections; writes docs/benchmarks.md + .svg
 * npm run bench -- --quick      scale 1, 10 connections, short runs: a smoke check in a few minutes
 *   [--scales 1,100] [--connections 1,10] [--seconds 9] [--rounds 3]
 *
 * For each scale: a throwaway embedded Neo4j (with APOC, which the peer needs) holding the curated
 * seed plus N synthetic articles, and the three servers, each in its own Node process started the
 * same way: pledgegraph, the @neo4j/graphql peer and the raw-driver floor. First every question's
 * answer is taken from each and compared (normalised); any difference stops the run. Round trips
 * and db hits (PROFILE of every query one request sends) are recorded per server and question.
 * Then the database is pre-warmed until every question's latency settles on every server, and
 * each cell (question × connection count) is timed in rounds whose server order is balanced
 * (bench/support/fair.ts): `--seconds` per server and cell, split into `--rounds` windows.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { directorySizeBytes } from '../src/synthetic/store-size';
import { PROJECT_ROOT } from '../src/project-root';
import { canonical, QUESTIONS } from './questions';
import { ask, costOfOne } from './support/drive';
import { measureCell, orderEffect, prewarm, type CellLoad, type Placement, type PrewarmOptions } from './support/fair';
import { currentCommit, loadRange, writeReport, type Measurement, type ScaleInfo } from './support/report';
import { runMain, withScaleGraph } from './support/scale-graph';
import { SERVER_NAMES, startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    connections: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const quick = values.quick === true;
const list = (text: string | undefined, fallback: number[]) => (text ? text.split(',').map(Number) : fallback);
const scales = list(values.scales, quick ? [1] : [1, 100, 1000]);
const connectionCounts = list(values.connections, quick ? [10] : [1, 10, 50]);
const rounds = Number(values.rounds ?? 3);
/** Per server and cell, split into `rounds` windows. */
const seconds = Number(values.seconds ?? (quick ? 3 : 9));
const prewarmOptions: PrewarmOptions = {
  connections: connectionCounts.includes(10) ? 10 : Math.max(...connectionCounts),
  windowSeconds: quick ? 1 : 2,
  tolerance: 0.1,
  maxRounds: quick ? 5 : 10,
};
/** Cells are numbered across scales, so the order carries on where the previous scale stopped. */
let cellIndex = 0;
const placements: Placement[] = [];
const cellLoads: CellLoad[] = [];

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Asks every question of every server; any difference in the normalised answers stops the run. */
async function sameAnswers(servers: readonly RunningServer[], scale: number): Promise<void> {
  for (const question of QUESTIONS) {
    const reference = canonical(await ask(servers.find((s) => s.name === 'pledgegraph') as RunningServer, question));
    for (const server of servers) {
      const answer = canonical(await ask(server, question));
      if (answer !== reference) {
        const dump = path.join(os.tmpdir(), `bench-mismatch-${question.name}-${server.name.replace(/\W/g, '')}.json`);
        fs.writeFileSync(dump, `${reference}\n${answer}\n`);
        throw new Error(`scale ${scale}, ${question.name}: ${server.name} answers differently from pledgegraph (both in ${dump})`);
      }
    }
  }
}

async function benchScale(scale: number, measurements: Measurement[]): Promise<ScaleInfo> {
  return withScaleGraph(scale, { withApoc: true }, async ({ neo4j, driver, loadSeconds, storeDir, shutdown }) => {
    const counts = await driver.executeQuery(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    const info: ScaleInfo = {
      scale,
      loadSeconds,
      nodes: counts.records[0]?.get('nodes') as number,
      relationships: counts.records[0]?.get('rels') as number,
      storeMiB: NaN, // measured after the clean shutdown below, once Neo4j has checkpointed
    };
    log(`scale ${scale}: ${info.nodes} nodes, ${info.relationships} relationships, synthetic articles loaded in ${info.loadSeconds.toFixed(1)} s`);

    const servers: RunningServer[] = [];
    try {
      for (const name of SERVER_NAMES) servers.push(await startServer(name, neo4j.uri));

      // 1. Same data from all three, before anything is timed.
      await sameAnswers(servers, scale);
      log(`  all three servers return the same data for ${QUESTIONS.length} questions`);

      // 2. Round trips and db hits of one request.
      const costs = new Map<string, { roundTrips: number; dbHits: number }>();
      for (const server of servers) for (const question of QUESTIONS) costs.set(`${server.name}|${question.name}`, await costOfOne(server, question));

      // 3. A warm database (and warm servers) before the first timed window.
      const prewarmStartedAt = Date.now();
      for (const question of QUESTIONS) {
        const warmed = await prewarm(servers, question, prewarmOptions);
        log(
          `  pre-warm ${question.name.padEnd(32)} ${warmed.rounds} round(s), ${warmed.seconds.toFixed(1)} s, ${warmed.settled ? 'settled' : 'NOT settled'}: median ${Object.entries(
            warmed.medians,
          )
            .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
            .join(', ')}`,
        );
      }
      info.prewarmSeconds = (Date.now() - prewarmStartedAt) / 1000;
      log(`  pre-warm took ${info.prewarmSeconds.toFixed(0)} s`);

      // 4. Timed: every cell in rounds, the servers' order balanced (bench/support/fair.ts).
      for (const question of QUESTIONS) {
        for (const connections of connectionCounts) {
          const { results, placements: placed, load } = await measureCell(servers, question, connections, { seconds, rounds, cellIndex: cellIndex++, scale });
          placements.push(...placed);
          cellLoads.push(load);
          for (const { server: name, result } of results) {
            const cost = costs.get(`${name}|${question.name}`) as { roundTrips: number; dbHits: number };
            const server = servers.find((s) => s.name === name) as RunningServer;
            const measurement: Measurement = {
              scale,
              question: question.name,
              paginated: question.paginated,
              server: name,
              connections,
              ...cost,
              ...result,
              rssMiB: server.rssMiB(),
            };
            measurements.push(measurement);
            log(
              `  ${name.padEnd(15)} ${question.name.padEnd(32)} c=${String(connections).padStart(2)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${result.p95.toFixed(1).padStart(7)} ms  ${cost.roundTrips} round trips  ${cost.dbHits} db hits  ${measurement.rssMiB.toFixed(0)} MiB${result.errors ? `  ${result.errors} ERRORS` : ''}`,
            );
          }
        }
      }
    } finally {
      for (const server of servers) await server.stop();
    }
    await shutdown();
    info.storeMiB = directorySizeBytes(storeDir) / 1024 ** 2;
    log(`  store after checkpoint: ${info.storeMiB.toFixed(1)} MiB`);
    return info;
  });
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const commit = currentCommit();
  log(
    `commit ${commit.sha}${commit.dirty ? ' with uncommitted changes' : ''}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const measurements: Measurement[] = [];
  const infos: ScaleInfo[] = [];
  for (const scale of scales) infos.push(await benchScale(scale, measurements));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const { table, ratios } = writeReport({
    measurements,
    infos,
    command,
    seconds,
    rounds,
    prewarm: prewarmOptions,
    orderEffect: orderEffect(placements, SERVER_NAMES.length),
    commit,
    cells: cellLoads,
    windows: placements,
    connectionCounts,
    minutes: (Date.now() - startedAt) / 60_000,
    outDir: quick ? undefined : path.join(PROJECT_ROOT, 'docs'),
  });
  // The page is checked by `npm run lint`: format it as the repository's Prettier config says.
  if (!quick)
    execFileSync(process.execPath, [
      path.join(PROJECT_ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--write',
      path.join(PROJECT_ROOT, 'docs', 'benchmarks.md'),
    ]);
  log(`\n${table}\n\n${ratios}`);
  log(`\n1-minute load average ${loadRange(cellLoads)} at the start and end of the cells`);
  log(
    `\nfinished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s${quick ? ' (quick: nothing written)' : '; wrote docs/benchmarks.md and docs/benchmarks.svg'}`,
  );
}

runMain('bench', main);
