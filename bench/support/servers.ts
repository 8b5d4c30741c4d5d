import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { freePort } from '../../test/support/free-port';

export const SERVER_NAMES = ['pledgegraph', '@neo4j/graphql', 'raw driver'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

/** Each server's entry, as TypeScript; it runs compiled (`compiledEntry`). */
export const ENTRY: Record<ServerName, string> = {
  pledgegraph: 'bench/support/pledgegraph-server.ts',
  '@neo4j/graphql': 'bench/peer/neo4j-graphql.ts',
  'raw driver': 'bench/peer/raw-driver.ts',
};

/**
 * Every server runs in the same kind of process, the kind `npm start` runs: plain Node on tsc's
 * output (tsconfig.bench.json compiles src/ and bench/ into dist/), with `npm start`'s Node flags
 * (package.json), the same for all three. Not under tsx: its esbuild transform wraps every
 * function made at run time in a `__name` call, which costs the TypeScript servers (pledgegraph
 * most, whose every line is TypeScript) 2-3 % of their time and is not what production runs.
 */
export const NODE_FLAGS: readonly string[] = startFlags();

/** The flags between `node` and the entry in `npm start`'s command. */
function startFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...rest] = manifest.scripts.start.trim().split(/\s+/);
  if (command !== 'node' || rest.at(-1) !== 'dist/src/main.js')
    throw new Error(`npm start is not \`node [flags] dist/src/main.js\`: ${manifest.scripts.start}`);
  return rest.slice(0, -1);
}
export const SERVER_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'silent' } as const;

/** The compiled JavaScript of an entry: `bench/peer/raw-driver.ts` runs as `dist/bench/peer/raw-driver.js`. */
export const compiledEntry = (entry: string): string => path.join('dist', entry.replace(/\.ts$/, '.js'));

const compiled = new Set<string>();

/** Compiles a checkout's src/ and bench/ (once per harness run), so its servers run what is in it now. */
function compileServers(root: string): void {
  if (compiled.has(root)) return;
  if (!fs.existsSync(path.join(root, 'tsconfig.bench.json'))) throw new Error(`${root} has no tsconfig.bench.json: its servers cannot be compiled`);
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
  compiled.add(root);
}

/** Extra Node flags for one server, e.g. `--cpu-prof` (bench/profile.ts). */
export interface StartOptions {
  nodeFlags?: string[];
  /** Another checkout to run the server from (bench/levers.ts: a baseline against this tree). */
  root?: string;
  /** Extra environment, e.g. a probe's socket (bench/node-flags.ts). */
  env?: Record<string, string>;
  /** In place of `npm start`'s flags (bench/node-flags.ts: without the flag it measures). */
  baseFlags?: readonly string[];
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

/** Starts one benchmarked server in its own Node process (its pid is the server). */
export async function startServer(name: ServerName, neo4jUri: string, options: StartOptions = {}): Promise<RunningServer> {
  const root = options.root ?? PROJECT_ROOT;
  compileServers(root);
  const controlPort = await freePort();
  const { DEBUG: _debug, ...inherited } = process.env; // @neo4j/graphql logs through `debug` when DEBUG is set
  const child: ChildProcess = spawn(process.execPath, [...(options.baseFlags ?? NODE_FLAGS), ...(options.nodeFlags ?? []), compiledEntry(ENTRY[name])], {
    cwd: root,
    env: { ...inherited, ...options.env, ...SERVER_ENV, NEO4J_URI: neo4jUri, PORT: String(await freePort()), BENCH_CONTROL_PORT: String(controlPort) },
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
