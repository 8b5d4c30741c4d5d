import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import { LauncherError } from './launcher-errors';

export const LAUNCHER_MODULE_DIR = path.join(PROJECT_ROOT, 'embedded-neo4j');

export interface LauncherArtifacts {
  jar: string;
  libDir: string;
  /** APOC core and its dependencies; present only after a build with the `apoc` profile. */
  pluginsDir: string;
}

export interface BuildOptions {
  moduleDir?: string;
  mavenCommand?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export function launcherArtifacts(moduleDir = LAUNCHER_MODULE_DIR): LauncherArtifacts {
  return {
    jar: path.join(moduleDir, 'target', 'embedded-neo4j.jar'),
    libDir: path.join(moduleDir, 'target', 'lib'),
    pluginsDir: path.join(moduleDir, 'target', 'plugins'),
  };
}

/** True when the jar is missing or older than the pom or any launcher source file. */
export function launcherIsStale(moduleDir = LAUNCHER_MODULE_DIR): boolean {
  const { jar, libDir } = launcherArtifacts(moduleDir);
  if (!fs.existsSync(jar) || !fs.existsSync(libDir)) return true;
  const builtAt = fs.statSync(jar).mtimeMs;
  return newestInputMtime(moduleDir) > builtAt;
}

function newestInputMtime(moduleDir: string): number {
  let newest = fs.statSync(path.join(moduleDir, 'pom.xml')).mtimeMs;
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(moduleDir, 'src'));
  return newest;
}

/**
 * Builds the launcher with Maven when its jar is missing or stale. Tries offline first, so a
 * machine whose local repository already holds the dependencies needs no network.
 */
export function ensureLauncherBuilt(options: BuildOptions = {}): LauncherArtifacts {
  const moduleDir = options.moduleDir ?? LAUNCHER_MODULE_DIR;
  if (!launcherIsStale(moduleDir)) return launcherArtifacts(moduleDir);
  const mvn = options.mavenCommand ?? 'mvn';
  const log = options.log ?? (() => undefined);
  log(`building the embedded Neo4j launcher in ${moduleDir} (first run only)`);
  const baseArgs = ['-B', '-q', 'package', '-DskipTests'];
  let result = runMaven(mvn, ['-o', ...baseArgs], moduleDir, options.env);
  if (result.status !== 0) {
    result = runMaven(mvn, baseArgs, moduleDir, options.env);
  }
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .split('\n')
      .filter((line) => line.includes('ERROR'))
      .slice(0, 5)
      .join(' ');
    throw new LauncherError('BUILD_FAILED', `Command: ${mvn} ${baseArgs.join(' ')} in ${moduleDir}. ${output}`);
  }
  return launcherArtifacts(moduleDir);
}

/** True when target/plugins holds the APOC core jar. */
export function apocPluginsBuilt(moduleDir = LAUNCHER_MODULE_DIR): boolean {
  const { pluginsDir } = launcherArtifacts(moduleDir);
  return fs.existsSync(pluginsDir) && fs.readdirSync(pluginsDir).some((name) => /^apoc-core-.*\.jar$/.test(name));
}

/**
 * Builds the launcher with the `apoc` Maven profile when APOC is missing from target/plugins
 * (it is never part of the default build), then makes sure the launcher itself is current.
 */
export function ensureApocPluginsBuilt(options: BuildOptions = {}): LauncherArtifacts {
  const moduleDir = options.moduleDir ?? LAUNCHER_MODULE_DIR;
  if (!apocPluginsBuilt(moduleDir)) {
    const mvn = options.mavenCommand ?? 'mvn';
    (options.log ?? (() => undefined))(`building APOC core into ${launcherArtifacts(moduleDir).pluginsDir} (mvn -Papoc, first use only)`);
    const args = ['-B', '-q', '-Papoc', 'package', '-DskipTests'];
    let result = runMaven(mvn, ['-o', ...args], moduleDir, options.env);
    if (result.status !== 0) result = runMaven(mvn, args, moduleDir, options.env);
    if (result.status !== 0 || !apocPluginsBuilt(moduleDir)) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
        .split('\n')
        .filter((line) => line.includes('ERROR'))
        .slice(0, 5)
        .join(' ');
      throw new LauncherError('BUILD_FAILED', `Command: ${mvn} ${args.join(' ')} in ${moduleDir}. ${output}`);
    }
  }
  return ensureLauncherBuilt(options);
}

function runMaven(mvn: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv) {
  const result = spawnSync(mvn, args, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new LauncherError('MAVEN_MISSING', `Tried to run \`${mvn}\`.`);
  }
  return result;
}
