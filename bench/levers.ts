/**
 * npm run bench:levers -- --base <checkout> [--this <checkout>] [--scale 1] [--questions a,b] [--connections 10] [--seconds 2] [--rounds 8]
 *
 * One lever at a time, paired: pledgegraph from another checkout (`--base`, e.g. `git archive` of
 * the commit before the lever, with node_modules linked) against pledgegraph from this tree, both
 * on the same throwaway embedded Neo4j at once. Every question's response body must be
 * byte-identical between the two before anything is timed. Then, per question, both are
 * pre-warmed (bench/support/fair.ts) and driven in alternating windows (A-B, B-A, …) so machine
 * drift hits both alike; for each window it records req/s and the Node CPU (user + system, from
 * /proc) the server spent per request. It prints the medians and the median of the paired ratios
 * (this tree / base), with the load average: the machine is shared.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createCommandClient } from '../src/neo4j/client';
import { createDriver } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/launcher';
import { applyMigrations } from '../src/neo4j/migrations';
import { generateSyntheticBundles, loadSyntheticBundles } from '../src/synthetic/generate';
import { loadSeedDirectory, SEED_DIR } from '../src/write/seed/load';
import { throwawayEmbeddedConfig } from '../test/support/embedded-config';
import { QUESTIONS, type Question } from './questions';
import { driveWindow, requestFor, waitForIdle } from './support/drive';
import { prewarm } from './support/fair';
import { startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    /** The checkout measured against `--base`; this tree when left out. */
    this: { type: 'string' },
    scale: { type: 'string', default: '1' },
    questions: { type: 'string', default: 'who-leads-each-country,what-did-a-country-pledge,which-nations-lead-which-domain' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '8' },
  },
});
if (!values.base) throw new Error('--base <checkout> is required');
const base = path.resolve(values.base);
const other = values.this ? path.resolve(values.this) : undefined;
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const questions = (values.questions as string).split(',').map((name) => {
  const question = QUESTIONS.find((q) => q.name === name);
  if (!question) throw new Error(`no bench question ${name}; there are ${QUESTIONS.map((q) => q.name).join(', ')}`);
  return question;
});
const log = (line: string) => process.stdout.write(`${line}\n`);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** User + system CPU of a process so far, in ms. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function body(server: RunningServer, question: Question): Promise<string> {
  const { url, body: request } = requestFor(server, question);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request });
  return `${response.status} ${await response.text()}`;
}

interface Sample {
  rps: number;
  cpuPerRequestMs: number;
}

async function sample(server: RunningServer, question: Question): Promise<Sample> {
  await waitForIdle(server);
  const before = cpuMs(server.pid);
  const window = await driveWindow(server, question, connections, seconds);
  if (window.errors > 0) throw new Error(`${question.name}: ${window.errors} errors`);
  return { rps: window.requests / seconds, cpuPerRequestMs: (cpuMs(server.pid) - before) / window.requests };
}

async function main(): Promise<void> {
  const config = { ...(await throwawayEmbeddedConfig()), heapSize: '1g', pageCacheSize: '256m' };
  const neo4j = await startEmbeddedNeo4j(config);
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await applyMigrations(driver);
    const graph = createCommandClient({ driver }, pino({ level: 'silent' }), 'bench-load');
    await loadSeedDirectory(graph, SEED_DIR);
    await loadSyntheticBundles(graph, generateSyntheticBundles({ scale: Number(values.scale) }));
    const servers = [await startServer('pledgegraph', neo4j.uri, { root: base }), await startServer('pledgegraph', neo4j.uri, { root: other })] as const;
    try {
      for (const question of QUESTIONS) {
        const [a, b] = (await Promise.all(servers.map((server) => body(server, question)))) as [string, string];
        if (a !== b) throw new Error(`${question.name}: the answers differ\nbase: ${a.slice(0, 2000)}\nthis: ${b.slice(0, 2000)}`);
        log(`${question.name}: byte-identical (${b.length} bytes)`);
      }
      log(`| question | req/s base | req/s this | ratio (median of pairs) | Node CPU ms/request base | this | ratio | load average |`);
      log(`|---|---:|---:|---:|---:|---:|---:|---|`);
      for (const question of questions) {
        await prewarm(servers, question, { connections, windowSeconds: 1, tolerance: 0.1, maxRounds: 5 });
        const samples: [Sample[], Sample[]] = [[], []];
        for (let round = 0; round < rounds; round += 1) {
          const order = round % 2 === 0 ? [0, 1] : [1, 0];
          for (const which of order) samples[which as 0 | 1].push(await sample(servers[which as 0 | 1], question));
        }
        const [baseSamples, thisSamples] = samples;
        const rpsRatio = median(thisSamples.map((s, i) => s.rps / (baseSamples[i] as Sample).rps));
        const cpuRatio = median(thisSamples.map((s, i) => s.cpuPerRequestMs / (baseSamples[i] as Sample).cpuPerRequestMs));
        log(
          `| ${question.name} | ${median(baseSamples.map((s) => s.rps)).toFixed(0)} | ${median(thisSamples.map((s) => s.rps)).toFixed(0)} | ${rpsRatio.toFixed(2)}× | ` +
            `${median(baseSamples.map((s) => s.cpuPerRequestMs)).toFixed(2)} | ${median(thisSamples.map((s) => s.cpuPerRequestMs)).toFixed(2)} | ${cpuRatio.toFixed(2)}× | ` +
            `${os.loadavg().map((l) => l.toFixed(1)).join(' ')} |`,
        );
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`\nlevers failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
