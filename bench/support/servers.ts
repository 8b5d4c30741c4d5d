import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../../test/support/free-port';

export const SERVER_NAMES = ['pledgegraph', '@neo4j/graphql', 'raw driver'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

const ENTRY: Record<ServerName, string> = {
  pledgegraph: 'bench/support/pledgegraph-server.ts',
  '@neo4j/graphql': 'bench/peer/neo4j-graphql.ts',
  'raw driver': 'bench/peer/raw-driver.ts',
};

/**
 * Every server runs in the same kind of process: the same Node, the same flags, the same
 * environment. tsx compiles the TypeScript at load time and turns source maps on, as
 * `npm start`'s `--enable-source-maps` does for pledgegraph in production.
 */
export const NODE_FLAGS = ['--import', 'tsx'] as const;
export const SERVER_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'silent' } as const;

/** Extra Node flags for one server, e.g. `--cpu-prof` (bench/profile.ts). */
export interface StartOptions {
  nodeFlags?: string[];
  /** Another checkout to run the server from (bench/levers.ts: a baseline against this tree). */
  root?: string;
}

export interface RunningServer {
  name: ServerName;
  url: string;
  pid: number;
  control: string;
  /** Resident memory of the server process now, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Starts one benchmarked server in its own Node process (no tsx wrapper process: its pid is the server). */
export async function startServer(name: ServerName, neo4jUri: string, options: StartOptions = {}): Promise<RunningServer> {
  const controlPort = await freePort();
  const { DEBUG: _debug, ...inherited } = process.env; // @neo4j/graphql logs through `debug` when DEBUG is set
  const child: ChildProcess = spawn(process.execPath, [...NODE_FLAGS, ...(options.nodeFlags ?? []), ENTRY[name]], {
    cwd: options.root ?? PROJECT_ROOT,
    env: { ...inherited, ...SERVER_ENV, NEO4J_URI: neo4jUri, PORT: String(await freePort()), BENCH_CONTROL_PORT: String(controlPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /LISTENING (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited: ${output}`));
    });
  });
  const pid = child.pid as number;
  return {
    name,
    url,
    pid,
    control: `http://127.0.0.1:${controlPort}`,
    rssMiB: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(path.join('/proc', String(pid), 'status'), 'utf8'))?.[1] ?? NaN) / 1024,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
