/**
 * npm run bench:startup [-- --runs 5]
 *
 * Measures the embedded Neo4j's cold start (fresh data directory) and warm start (existing
 * store), the built server's start to "ready" (what `npm start` runs after its build step), and
 * the JVM's resident memory when idle. Medians over several runs; prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../src/neo4j/launcher';
import { PROJECT_ROOT } from '../src/project-root';
import { freePort } from '../test/support/free-port';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function residentKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
}

async function embeddedStart(dataDir: string): Promise<{ ms: number; rssMiB: number }> {
  const config = {
    dataDir,
    boltPort: await freePort(),
    heapSize: '512m',
    pageCacheSize: '64m',
    txTotalMemory: '256m',
    txMaxMemory: '128m',
    startTimeoutMs: 120_000,
  };
  const startedAt = performance.now();
  const neo4j = await startEmbeddedNeo4j(config);
  const ms = performance.now() - startedAt;
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const rssMiB = residentKiB(neo4j.pid) / 1024;
  await neo4j.stop();
  return { ms, rssMiB };
}

async function serverStart(dataDir: string): Promise<number> {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    NEO4J_BOLT_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  const startedAt = performance.now();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready at') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const ms = performance.now() - startedAt;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return ms;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'))) {
    throw new Error('run `npm run build` first');
  }
  const cold: number[] = [];
  const warm: number[] = [];
  const rss: number[] = [];
  const serverCold: number[] = [];
  const serverWarm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-bench-'));
    const first = await embeddedStart(dataDir);
    cold.push(first.ms);
    rss.push(first.rssMiB);
    warm.push((await embeddedStart(dataDir)).ms);
    fs.rmSync(dataDir, { recursive: true, force: true });

    const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-bench-'));
    serverCold.push(await serverStart(serverDir));
    serverWarm.push(await serverStart(serverDir));
    fs.rmSync(serverDir, { recursive: true, force: true });
    process.stderr.write(`run ${run + 1}/${runs} done\n`);
  }
  const row = (name: string, values: number[], unit: string) =>
    `| ${name} | ${median(values).toFixed(0)} ${unit} | ${values.map((v) => v.toFixed(0)).join(', ')} |`;
  process.stdout.write(
    [
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${runs} runs`,
      '',
      '| measure | median | runs |',
      '|---|---|---|',
      row('embedded Neo4j cold start (fresh store) to Bolt ready', cold, 'ms'),
      row('embedded Neo4j warm start (existing store) to Bolt ready', warm, 'ms'),
      row('server start to ready, empty store (Neo4j + migrations + seed + Apollo)', serverCold, 'ms'),
      row('server start to ready, existing store', serverWarm, 'ms'),
      row('JVM resident memory, idle, 5 s after start', rss, 'MiB'),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
