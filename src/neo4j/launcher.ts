import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4jConfig } from '../config';
import { createDriver } from './driver';
import { ensureApocPluginsBuilt, ensureLauncherBuilt, type BuildOptions } from './launcher-build';
import { LauncherError, type LauncherFailure } from './launcher-errors';

/** The JVM flags Neo4j's own start scripts use. */
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

const EXIT_CODE_FAILURES: Record<number, LauncherFailure> = { 3: 'PORT_IN_USE', 4: 'STORE_LOCKED' };
const STOP_TIMEOUT_MS = 30_000;

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  logFile: string;
  /** Settles with the JVM's exit code (null when a signal ended it) once it has exited, for whatever reason. */
  exited: Promise<number | null>;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions extends BuildOptions {
  javaCommand?: string;
  /**
   * Registers APOC core (needed only by the @neo4j/graphql peer in bench/): builds it with the
   * Maven `apoc` profile on first use, puts it on the classpath (its extension factories must be
   * loaded by Neo4j's own class loader) and points plugin_dir at it so its procedures register.
   * Off by default: the normal runtime carries no APOC.
   */
  withApoc?: boolean;
  /** Extra launcher arguments. */
  extraArgs?: string[];
  onLog?: (line: string) => void;
  /** Aborting stops a start in progress: the JVM is terminated and the start rejects (ABORTED). */
  signal?: AbortSignal;
}

/** Finds `java` (JAVA_HOME first, then PATH) and checks it is 17 or newer. */
export function findJava(env: NodeJS.ProcessEnv = process.env, javaCommand?: string): string {
  const java = javaCommand ?? (env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java');
  const probe = spawnSync(java, ['-version'], { env, encoding: 'utf8' });
  if (probe.error) {
    throw new LauncherError('JAVA_MISSING', `Tried to run \`${java} -version\`: ${probe.error.message}.`);
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : NaN;
  if (!(major >= 17)) {
    throw new LauncherError('JAVA_TOO_OLD', `\`${java} -version\` reported: ${(probe.stderr || probe.stdout).split('\n')[0]}.`);
  }
  return java;
}

/**
 * Builds the launcher if needed, starts Neo4j embedded in its own JVM and resolves once a driver
 * can connect. On any failure nothing is left running.
 */
export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig, options: StartOptions = {}): Promise<EmbeddedNeo4j> {
  const env = options.env ?? process.env;
  const java = findJava(env, options.javaCommand);
  const { jar, libDir, pluginsDir } = options.withApoc ? ensureApocPluginsBuilt(options) : ensureLauncherBuilt(options);

  fs.mkdirSync(config.dataDir, { recursive: true });
  const logFile = path.join(config.dataDir, 'embedded-neo4j.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const args = [
    `-Xmx${config.heapSize}`,
    ...NEO4J_JVM_FLAGS,
    '-cp',
    [jar, path.join(libDir, '*'), ...(options.withApoc ? [path.join(pluginsDir, '*')] : [])].join(path.delimiter),
    'dev.pledgegraph.neo4j.EmbeddedNeo4j',
    ...['--data', config.dataDir, '--port', String(config.boltPort)],
    ...['--pagecache', config.pageCacheSize, '--tx-total', config.txTotalMemory, '--tx-max', config.txMaxMemory],
    ...(config.txTimeoutMs === undefined ? [] : ['--tx-timeout-ms', String(config.txTimeoutMs)]),
    ...(options.withApoc ? ['--plugins', pluginsDir] : []),
    ...(options.extraArgs ?? []),
  ];
  // stdin stays an open pipe: the launcher stops itself when it closes, i.e. when we die.
  const child = spawn(java, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const launchErrors: string[] = [];
  let announceReady: () => void = () => undefined;
  const announced = new Promise<void>((resolve) => (announceReady = resolve));
  const forward = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.startsWith('LAUNCH_ERROR ')) launchErrors.push(line.slice('LAUNCH_ERROR '.length));
      if (line.startsWith('READY ')) announceReady();
      if (line.trim()) options.onLog?.(line);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.once('exit', () => {
    child.stdin.destroy();
    log.end();
  });

  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  try {
    await waitForBolt(uri, announced, exited, config.startTimeoutMs, options.signal);
  } catch (error) {
    await terminate(child, exited);
    if (error instanceof StartAborted) throw new LauncherError('ABORTED', `The start of ${uri} was called off.`);
    if (error instanceof StartTimeout) {
      throw new LauncherError('START_TIMEOUT', `Waited ${config.startTimeoutMs} ms for ${uri}. Log: ${logFile}.`);
    }
    const code = error instanceof JvmExited ? error.code : null;
    const failure = (code !== null && EXIT_CODE_FAILURES[code]) || 'JVM_DIED';
    const reason = launchErrors.join(' ') || `exit code ${code}`;
    throw new LauncherError(failure, `Bolt ${uri}, data ${config.dataDir}: ${reason}. Log: ${logFile}.`);
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    logFile,
    exited,
    stop: () => (stopping ??= terminate(child, exited)),
  };
}

class StartTimeout extends Error {}
class StartAborted extends Error {}
class JvmExited extends Error {
  constructor(readonly code: number | null) {
    super(`JVM exited with ${code}`);
  }
}

/**
 * Waits for the launcher's READY line (so we never mistake another server on the port for ours),
 * then until a driver really connects.
 */
async function waitForBolt(uri: string, announced: Promise<void>, exited: Promise<number | null>, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal?.aborted) resolve('aborted');
    signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  try {
    const first = await Promise.race([announced.then(() => 'ready' as const), exited.then(() => 'exited' as const), timedOut, aborted]);
    if (first === 'aborted') throw new StartAborted();
    if (first === 'timeout') throw new StartTimeout();
    if (first === 'exited') throw new JvmExited(exitCode ?? null);
  } finally {
    clearTimeout(timer);
  }
  const driver = createDriver({ uri }, { connectionTimeoutMs: 1000 });
  try {
    for (;;) {
      if (signal?.aborted) throw new StartAborted();
      if (exitCode !== undefined) throw new JvmExited(exitCode);
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        if (Date.now() > deadline) throw new StartTimeout();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await driver.close();
  }
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
