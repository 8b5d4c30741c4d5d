/**
 * pledgegraph as `npm start` runs it (src/main.ts, its own embedded Neo4j on the prepared
 * DATA_DIR, every setting at its default unless the caller's environment sets it), in its own
 * process so its resident memory can be read from /proc/<pid>/status.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../../test/support/free-port';

export interface ServerProcess {
  url: string;
  pid: number;
  /** The embedded Neo4j's JVM, a child of the server; NaN once gone. */
  jvmPid: number;
  alive(): boolean;
  rssMiB(): number;
  jvmRssMiB(): number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 30_000;

/** VmRSS of a process in MiB, NaN if it is gone. */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(path.join('/proc', String(pid), 'status'), 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

function childPids(pid: number): number[] {
  try {
    return fs
      .readFileSync(path.join('/proc', String(pid), 'task', String(pid), 'children'), 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function findJvm(pid: number): number {
  for (const child of childPids(pid)) {
    try {
      if (fs.readFileSync(path.join('/proc', String(child), 'cmdline'), 'utf8').includes('EmbeddedNeo4j')) return child;
    } catch {
      // gone meanwhile
    }
  }
  return NaN;
}

/** The environment the server runs with: the caller's, minus a NEO4J_URI (the embedded Neo4j is used), plus ours. */
export function serverEnvironment(dataDir: string, boltPort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), PORT: '0', HOST: '127.0.0.1' };
  delete env.NEO4J_URI;
  env.LOG_LEVEL ??= 'warn';
  env.NODE_ENV ??= 'production';
  return env;
}

export async function startPledgegraph(dataDir: string, logFile: string): Promise<ServerProcess> {
  const env = serverEnvironment(dataDir, await freePort());
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pledgegraph did not start within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`)), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (output.length < 100_000) output += chunk.toString('utf8');
      const match = /pledgegraph is ready at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`pledgegraph exited during start; see ${logFile}`));
    });
  }).catch(async (error: unknown) => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    throw error;
  });
  const pid = child.pid as number;
  const jvmPid = findJvm(pid);
  let stopping: Promise<void> | undefined;
  return {
    url,
    pid,
    jvmPid,
    alive: () => child.exitCode === null && child.signalCode === null,
    rssMiB: () => rssMiB(pid),
    jvmRssMiB: () => rssMiB(jvmPid),
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
        log.end();
        // The JVM stops itself when its parent's pipe closes; make sure it has.
        const deadline = Date.now() + STOP_TIMEOUT_MS;
        while (Number.isFinite(rssMiB(jvmPid)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
        if (Number.isFinite(rssMiB(jvmPid))) process.kill(jvmPid, 'SIGKILL');
      })()),
  };
}
