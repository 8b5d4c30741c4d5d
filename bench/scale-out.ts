/**
 * npm run bench:scale-out [-- --connections 20 --duration 20]
 *
 * Throughput of one API process versus two on the same Neo4j (the first one's embedded Neo4j; the
 * second connects with NEO4J_URI). The same number of connections cycles through the same
 * questions against one instance, then is split between the two. Prints a Markdown table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/project-root';
import { freePort } from '../test/support/free-port';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}
const CONNECTIONS = flag('connections', 20);
const DURATION_S = flag('duration', 20);
/** USER_HZ: /proc reports CPU time in these ticks (100 on Linux). */
const CLOCK_TICKS = 100;

const QUERIES = [
  '{ sources(first: 5) { edges { node { key sha256 } } } }',
  '{ search(query: "security guarantees", first: 10) { edges { node { __typename } } } }',
  '{ commitments(first: 20) { edges { node { key summary stage pledgers { edges { node { key } } } conditions { edges { node { key } } } } } } }',
].map((query) => JSON.stringify({ query }));

async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /pledgegraph is ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url };
}

async function load(url: string, connections: number): Promise<{ requests: number; errors: number; p99: number }> {
  const result = await autocannon({
    url,
    connections,
    duration: DURATION_S,
    requests: QUERIES.map((body) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body })),
  });
  return { requests: result.requests.total, errors: result.non2xx + result.errors + result.timeouts, p99: result.latency.p99 };
}

/** CPU seconds (user + system) a process has used so far, from /proc; 0 once it is gone. */
function ownCpu(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU seconds of a process's direct children (the embedded Neo4j's JVM for the first instance). */
function childrenCpu(pid: number): number {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.reduce((sum, child) => sum + ownCpu(child), 0);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-scale-'));
  const boltPort = await freePort();
  const first = await start({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) });
  const second = await start({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}` });
  try {
    await load(first.url, 4); // warm-up: JIT, Neo4j's query plans
    const firstPid = first.child.pid ?? -1;
    const secondPid = second.child.pid ?? -1;
    // The first process's child is the embedded Neo4j's JVM: its CPU is the database's.
    const usage = () => ({ api: ownCpu(firstPid) + ownCpu(secondPid), neo4j: childrenCpu(firstPid) });
    const share = (before: ReturnType<typeof usage>, after: ReturnType<typeof usage>) =>
      `API ${((after.api - before.api) / DURATION_S).toFixed(2)} cores, Neo4j ${((after.neo4j - before.neo4j) / DURATION_S).toFixed(2)} cores`;
    const beforeOne = usage();
    const one = await load(first.url, CONNECTIONS);
    const afterOne = usage();
    const [a, b] = await Promise.all([load(first.url, CONNECTIONS / 2), load(second.url, CONNECTIONS / 2)]);
    const afterTwo = usage();
    const rows = [
      ['1 instance', one.requests / DURATION_S, one.errors, one.p99, share(beforeOne, afterOne)],
      ['2 instances', (a.requests + b.requests) / DURATION_S, a.errors + b.errors, Math.max(a.p99, b.p99), share(afterOne, afterTwo)],
    ];
    process.stdout.write(
      `\n${CONNECTIONS} connections, ${DURATION_S} s, ${os.cpus().length} CPU cores, one Neo4j (embedded)\n\n` +
        '| API processes | requests/s | errors | p99 ms | CPU used |\n|---|---:|---:|---:|---|\n' +
        rows.map(([name, rps, errors, p99, cpu]) => `| ${name} | ${Number(rps).toFixed(0)} | ${errors} | ${p99} | ${cpu} |`).join('\n') +
        '\n',
    );
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
