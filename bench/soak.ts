/**
 * npm run bench:soak [-- --connections 50 --duration 300]
 *
 * Runs the real server (src/main.ts: embedded Neo4j unless NEO4J_URI is set) on loopback, drives it
 * with N autocannon connections that cycle through the README questions (operations/*.graphql,
 * with variables), samples the server's and the JVM's resident memory every few seconds, then
 * prints a table and writes docs/soak.md. Not a test: a soak for the operations docs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/project-root';
import { freePort } from '../test/support/free-port';

const flag = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const CONNECTIONS = flag('connections', 50);
const DURATION_S = flag('duration', 300);
const SAMPLE_EVERY_MS = 5_000;
const OUTPUT = path.join(PROJECT_ROOT, 'docs', 'soak.md');

/** Values for operations' required variables that have no default in the .graphql file. */
const SAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  search: { query: 'security guarantees', first: 10 },
};

interface Operation {
  name: string;
  body: string;
}

function residentMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

function childPids(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function graphql(url: string, body: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** The README questions, each checked to answer without errors before the load starts. */
async function loadOperations(url: string): Promise<Operation[]> {
  const dir = path.join(PROJECT_ROOT, 'operations');
  const sample = await graphql(url, JSON.stringify({ query: '{ countries(first: 1) { edges { node { id } } } }' }));
  const someId = (sample.data?.countries as { edges: { node: { id: string } }[] }).edges[0]?.node.id ?? '';
  const variables: Record<string, Record<string, unknown>> = { ...SAMPLE_VARIABLES, node: { id: someId } };
  const operations: Operation[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const name = file.replace(/\.graphql$/, '');
    const body = JSON.stringify({ query: fs.readFileSync(path.join(dir, file), 'utf8'), variables: variables[name] ?? {} });
    const answer = await graphql(url, body);
    if (answer.errors || !answer.data) throw new Error(`operations/${file} does not answer cleanly: ${JSON.stringify(answer.errors)}`);
    operations.push({ name, body });
  }
  return operations;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-soak-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    // One log line per request would measure the pipe to this process, not the server.
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
  };
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /pledgegraph is ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });
  const pid = server.pid!;
  try {
    const operations = await loadOperations(url);
    process.stdout.write(`soak: ${operations.length} operations, ${CONNECTIONS} connections, ${DURATION_S} s against ${url}\n`);

    const samples: { s: number; serverMiB: number; neo4jMiB: number }[] = [];
    const startedAt = Date.now();
    const sample = () => {
      const jvm = childPids(pid).map(residentMiB).filter(Number.isFinite);
      samples.push({ s: Math.round((Date.now() - startedAt) / 1000), serverMiB: residentMiB(pid), neo4jMiB: jvm.reduce((a, b) => a + b, 0) });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_EVERY_MS);

    let graphqlErrors = 0;
    // autocannon's histogram has no p95, so each request is timed here (one in flight per connection).
    const latenciesMs: number[] = [];
    const perOperation = new Map(operations.map((operation) => [operation.name, 0]));
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: operations.map((operation) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
        setupRequest: (request: autocannon.Request, context: object) => {
          (context as { sentAt?: number }).sentAt = performance.now();
          return request;
        },
        onResponse: (status: number, body: string, context: object) => {
          latenciesMs.push(performance.now() - ((context as { sentAt?: number }).sentAt ?? NaN));
          perOperation.set(operation.name, (perOperation.get(operation.name) ?? 0) + 1);
          if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    });
    clearInterval(sampler);
    sample();

    const firstMinute = samples.filter((s) => s.s >= 30 && s.s <= 90);
    const lastMinute = samples.filter((s) => s.s >= DURATION_S - 60);
    const sorted = [...latenciesMs].sort((a, b) => a - b);
    const percentile = (p: number) => (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN).toFixed(0);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
    const rows: [string, string][] = [
      ['connections / duration', `${CONNECTIONS} / ${DURATION_S} s`],
      ['operations mixed', operations.map((o) => o.name).join(', ')],
      ['requests', `${result.requests.total}`],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 / p95 / p99 / max', `${percentile(50)} / ${percentile(95)} / ${percentile(99)} / ${percentile(100)} ms`],
      ['non-2xx / socket errors / timeouts', `${result.non2xx} / ${result.errors} / ${result.timeouts}`],
      ['responses with GraphQL errors', `${graphqlErrors}`],
      [
        'server RSS: start → end (min / max)',
        `${samples[0]!.serverMiB.toFixed(0)} → ${samples.at(-1)!.serverMiB.toFixed(0)} MiB (${Math.min(...samples.map((s) => s.serverMiB)).toFixed(0)} / ${Math.max(...samples.map((s) => s.serverMiB)).toFixed(0)})`,
      ],
      [
        'server RSS: mean of minute 1 → mean of last minute',
        `${mean(firstMinute.map((s) => s.serverMiB)).toFixed(0)} → ${mean(lastMinute.map((s) => s.serverMiB)).toFixed(0)} MiB`,
      ],
      ['embedded Neo4j (JVM) RSS: start → end', `${samples[0]!.neo4jMiB.toFixed(0)} → ${samples.at(-1)!.neo4jMiB.toFixed(0)} MiB`],
    ];
    const table = ['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
    const memory = [
      '| t (s) | server RSS (MiB) | Neo4j JVM RSS (MiB) |',
      '|---:|---:|---:|',
      ...samples.filter((_, i) => i % 6 === 0 || i === samples.length - 1).map((s) => `| ${s.s} | ${s.serverMiB.toFixed(0)} | ${s.neo4jMiB.toFixed(0)} |`),
    ].join('\n');
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
    process.stdout.write(`\n${table}\n\n${memory}\n`);
    fs.writeFileSync(
      OUTPUT,
      `# Soak run\n\n\`npm run bench:soak -- --connections ${CONNECTIONS} --duration ${DURATION_S}\` on ${new Date().toISOString().slice(0, 10)}: the server (\`src/main.ts\` under tsx, LOG_LEVEL=warn) with its embedded Neo4j on loopback, ${CONNECTIONS} autocannon connections each cycling through the README questions in \`operations/\`. Machine: ${machine}. The load generator runs on the same machine.\n\n${table}\n\nResident memory, sampled every ${SAMPLE_EVERY_MS / 1000} s (every 30 s shown):\n\n${memory}\n`,
    );
    process.stdout.write(`\nwrote ${path.relative(PROJECT_ROOT, OUTPUT)}\n`);
  } finally {
    server.kill('SIGTERM');
    const code = await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0) process.stderr.write(`the server exited with ${code} after SIGTERM\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
