import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../support/free-port';
import { testNeo4jUri } from '../support/neo4j';

jest.setTimeout(180_000);

interface RunningServer {
  child: ChildProcessWithoutNullStreams;
  url: URL;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `src/main.ts` as `npm start` would (one Node process, no build step) and waits for its URL. */
async function startMain(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JAVA_HOME: process.env.JAVA_HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "ready" line within 150 s:\n${output}`)), 150_000);
    const watch = () => {
      const match = /pledgegraph is ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout.off('data', watch);
        resolve(new URL(match[1]));
      }
    };
    child.stdout.on('data', watch);
    void exited.then(() => reject(new Error(`server exited before it was ready:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Starts a POST whose body arrives in two halves; resolves the response once the second half is sent. */
function slowRequest(url: URL): { sendRest: () => void; response: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify({ query: '{ health __typename }' });
  const half = Math.floor(body.length / 2);
  const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.once('error', reject);
  });
  request.write(body.slice(0, half));
  return { sendRest: () => request.end(body.slice(half)), response };
}

/** Pids of processes whose command line mentions `text` (e.g. a JVM started on a data directory). */
function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function waitForOutput(server: RunningServer, pattern: RegExp, withinMs: number): Promise<RegExpExecArray> {
  const until = Date.now() + withinMs;
  for (;;) {
    const match = pattern.exec(server.output());
    if (match) return match;
    if (Date.now() > until) throw new Error(`no ${pattern} within ${withinMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('graceful shutdown (SIGTERM)', () => {
  it('stops accepting, finishes the request in flight, exits 0 and frees the port', async () => {
    const server = await startMain({ NEO4J_URI: testNeo4jUri(), SHUTDOWN_GRACE_MS: '5000' });
    const port = Number(server.url.port);
    expect((await fetch(new URL('/livez', server.url))).status).toBe(200);

    const inFlight = slowRequest(server.url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await refusesConnections(port)).toBe(true);

    inFlight.sendRest();
    const response = await inFlight.response;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { health: 'ok', __typename: 'Query' } });

    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(await refusesConnections(port)).toBe(true);
    expect(server.output()).toMatch(/"msg":"database closed"/);
  });

  it('cuts a request that outlasts SHUTDOWN_GRACE_MS and still exits 0', async () => {
    const server = await startMain({ NEO4J_URI: testNeo4jUri(), SHUTDOWN_GRACE_MS: '300' });
    const stuck = slowRequest(server.url);
    const outcome = stuck.response.then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    expect(await outcome).toBe('cut');
  });

  it('with the embedded Neo4j: stops the JVM too, leaving no process on the Bolt port', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-shutdown-'));
    const boltPort = await freePort();
    try {
      const server = await startMain({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) });
      expect(await refusesConnections(boltPort)).toBe(false);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(await refusesConnections(boltPort)).toBe(true);
      expect(fs.readFileSync(path.join(dataDir, 'embedded-neo4j.log'), 'utf8')).toContain('STOPPED');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('with the embedded Neo4j: SIGTERM while the supervisor restarts a crashed JVM still exits 0 and leaves no JVM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-shutdown-'));
    const boltPort = await freePort();
    try {
      const server = await startMain({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) });
      const ready = await waitForOutput(server, /"pid":(\d+)[^\n]*"msg":"embedded Neo4j ready"/, 5_000);
      process.kill(Number(ready[1]), 'SIGKILL');
      await waitForOutput(server, /"msg":"embedded Neo4j exited unexpectedly; restarting it"/, 10_000);
      // Past the first backoff (0.5 s): the new JVM is starting.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(processesMentioning(dataDir).length).toBeGreaterThan(0);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(processesMentioning(dataDir)).toEqual([]);
      expect(await refusesConnections(boltPort)).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
