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
export async function startServer(name: ServerName, neo4jUri: string): Promise<RunningServer> {
  const controlPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY[name]], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: String(await freePort()), BENCH_CONTROL_PORT: String(controlPort), NODE_ENV: 'production' },
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
