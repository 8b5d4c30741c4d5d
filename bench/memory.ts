/**
 * npm run bench:memory -- [--scale 1] [--mode bench|dist] [--connections 10,50] [--seconds 10]
 *                         [--questions a,b] [--node-flags "--max-semi-space-size=4"] [--snapshot]
 *
 * Where pledgegraph's resident memory goes. A throwaway embedded Neo4j with the curated seed plus
 * `scale` synthetic articles; pledgegraph started as the bench starts it (`--mode bench`:
 * `node --enable-source-maps dist/bench/support/pledgegraph-server.js`, bench/support/servers.ts; until
 * 2026-12-02 the bench ran it under tsx, which the memory figures in docs/benchmarks.md call `tsx`) or as
 * `npm start` runs it (`--mode dist`: `node --enable-source-maps dist/src/main.js`; run
 * `npm run build` first). A probe preloaded into the server (bench/support/memory-probe.cjs) reads
 * process.memoryUsage() and V8's heap spaces: at idle after start, after one request of every
 * question, after each question's load at each connection count (the bench's "RSS after the cell"),
 * the peak RSS sampled every 100 ms under load, and after a full GC at the end.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/project-root';
import { freePort } from '../test/support/free-port';
import { QUESTIONS, questionsNamed } from './questions';
import { ask, driveWindow } from './support/drive';
import { runMain, withScaleGraph } from './support/scale-graph';
import { NODE_FLAGS, SERVER_ENV, startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    mode: { type: 'string', default: 'bench' },
    connections: { type: 'string', default: '10,50' },
    seconds: { type: 'string', default: '10' },
    questions: { type: 'string', default: QUESTIONS.map((q) => q.name).join(',') },
    'node-flags': { type: 'string', default: '' },
    snapshot: { type: 'boolean', default: false },
    'neo4j-uri': { type: 'string' },
  },
});
if (values.mode !== 'bench' && values.mode !== 'dist') throw new Error(`--mode is bench or dist, not ${values.mode}`);
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connectionCounts = values.connections.split(',').map(Number);
const extraFlags = values['node-flags'].split(' ').filter(Boolean);
const questions = questionsNamed(values.questions);
const PROBE = path.join(PROJECT_ROOT, 'bench/support/memory-probe.cjs');
const log = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Reading {
  memory: NodeJS.MemoryUsage;
  spaces: Record<string, { size: number; used: number }>;
  modules: number;
  packages: Record<string, number>;
}

const MiB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

/** `npm start`'s process against the given Neo4j; the same RunningServer shape as the bench's. */
async function startDist(neo4jUri: string, probePort: number): Promise<RunningServer> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist/src/main.js'))) throw new Error('no dist/src/main.js: run `npm run build` first');
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_FLAGS, '--require', PROBE, '--expose-gc', ...extraFlags, 'dist/src/main.js'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...SERVER_ENV, NEO4J_URI: neo4jUri, HOST: '127.0.0.1', PORT: String(port), MEMORY_PROBE_PORT: String(probePort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error('the dist server exited');
    if (Date.now() > deadline) throw new Error('the dist server did not start within 60 s');
    const up = await fetch(`http://127.0.0.1:${port}/livez`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid as number;
  return {
    name: 'pledgegraph',
    url,
    pid,
    control: '',
    rssMiB: () => rssOf(pid) / 1024 / 1024,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A Neo4j already seeded (`--neo4j-uri`): repeated runs skip the start and the seed. */
async function measure(neo4jUri: string): Promise<void> {
  const snapshotDir = path.join(os.tmpdir(), 'pledgegraph-memory');
  fs.mkdirSync(snapshotDir, { recursive: true });
  const probePort = await freePort();
  process.env.MEMORY_PROBE_PORT = String(probePort);
  process.env.MEMORY_PROBE_DIR = snapshotDir;
  const server =
    values.mode === 'dist'
      ? await startDist(neo4jUri, probePort)
      : await startServer('pledgegraph', neo4jUri, { nodeFlags: ['--require', PROBE, '--expose-gc', ...extraFlags] });
  const probe = async (what: 'memory' | 'gc' | 'snapshot') =>
    (await (await fetch(`http://127.0.0.1:${probePort}/${what}`, { method: what === 'memory' ? 'GET' : 'POST' })).json()) as Reading & { file?: string };
  const rows: string[] = [];
  const row = (stage: string, r: Reading, extra = '') => {
    const m = r.memory;
    const young = (r.spaces.new_space?.size ?? 0) + (r.spaces.new_large_object_space?.size ?? 0);
    const code = (r.spaces.code_space?.size ?? 0) + (r.spaces.code_large_object_space?.size ?? 0);
    rows.push(
      `| ${stage} | ${MiB(m.rss)} | ${MiB(m.heapTotal)} | ${MiB(m.heapUsed)} | ${MiB(young)} | ${MiB(code)} | ${MiB(m.external)} | ${MiB(m.arrayBuffers)} | ${MiB(m.rss - m.heapTotal - m.external)} | ${extra} |`,
    );
  };
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = await probe('memory');
    row('idle after start', idle, `${idle.modules} modules`);
    for (const question of questions) await ask(server, question);
    row('after one request of each question', await probe('memory'));
    if (values.snapshot) log(`heap snapshot after warm-up: ${(await probe('snapshot')).file}`);
    for (const connections of connectionCounts) {
      for (const question of questions) {
        let peak = 0;
        const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 100);
        const window = await driveWindow(server, question, connections, seconds);
        clearInterval(sampler);
        const after = await probe('memory');
        row(
          `${question.name}, ${connections} conn`,
          after,
          `peak ${MiB(peak)} · ${(window.requests / seconds).toFixed(0)} req/s${window.errors ? ` · ${window.errors} errors` : ''} · load ${loadAverage()}`,
        );
      }
    }
    const collected = await probe('gc');
    row('after a full GC', collected);
    if (values.snapshot) log(`heap snapshot after load: ${(await probe('snapshot')).file}`);
    const packages = Object.entries(collected.packages)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
    log(`\n${values.mode} mode${extraFlags.length ? ` (${extraFlags.join(' ')})` : ''}, scale ${scale}, ${seconds} s per question and connection count`);
    log('\nMiB; young = new space; code = code space; other = rss − heapTotal − external (Node, V8 internals, malloc, stacks)\n');
    log('| stage | rss | heapTotal | heapUsed | young | code | external | arrayBuffers | other | |');
    log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const line of rows) log(line);
    log(`\nmodules loaded (${collected.modules}) by package: ${packages}`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  if (values['neo4j-uri']) return measure(values['neo4j-uri']);
  await withScaleGraph(scale, {}, ({ neo4j }) => measure(neo4j.uri));
}

runMain('memory bench', main);
