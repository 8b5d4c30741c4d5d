import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const IDE_DIR = __dirname;
const PROJECT_ROOT = path.dirname(IDE_DIR);

/** Where `npm run build:ide` writes the IDE's assets; the server serves them from here. */
export const IDE_OUT_DIR = path.join(PROJECT_ROOT, 'dist', 'ide');
export const IDE_MANIFEST = 'manifest.json';

/** The hashed file names the page links to. */
export interface IdeManifest {
  script: string;
  styles: string[];
  /** Monaco's web workers by label: `editor` (the default), `json`, `graphql`. */
  workers: Record<string, string>;
}

export interface IdeBuildReport {
  manifest: IdeManifest;
  millis: number;
  /** Every emitted file with its raw, gzip and brotli sizes in bytes. */
  files: { name: string; bytes: number; gzip: number; brotli: number }[];
}

const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const COMMON: esbuild.BuildOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  platform: 'browser',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
  write: true,
};

/** Files newer than the manifest mean the bundle is stale. */
function newestInput(): number {
  const inputs = [path.join(IDE_DIR, 'src'), path.join(IDE_DIR, 'build.ts'), path.join(PROJECT_ROOT, 'package-lock.json')];
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of inputs) if (fs.existsSync(input)) visit(input);
  return newest;
}

export function ideBuildIsCurrent(outDir = IDE_OUT_DIR): boolean {
  const manifest = path.join(outDir, IDE_MANIFEST);
  return fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= newestInput();
}

function outputName(metafile: esbuild.Metafile, outDir: string, entryPoint: string, ext: string): string {
  const found = Object.entries(metafile.outputs).find(
    ([file, output]) => output.entryPoint !== undefined && path.resolve(output.entryPoint) === path.resolve(entryPoint) && file.endsWith(ext),
  );
  if (!found) throw new Error(`esbuild emitted no ${ext} for ${entryPoint}`);
  return path.relative(outDir, found[0]);
}

/**
 * Bundles GraphiQL 5, its plugins, Monaco and its workers, and the pledgegraph views into
 * `outDir` with content-hashed names, and writes a `.gz` and `.br` beside every file.
 */
export async function buildIde(outDir = IDE_OUT_DIR): Promise<IdeBuildReport> {
  const began = performance.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  const mainEntry = path.join(IDE_DIR, 'src', 'main.tsx');
  // One script: what GraphiQL imports on demand (Monaco, Prettier) is inlined, so nothing loads lazily over the network.
  const app = await esbuild.build({ ...COMMON, entryPoints: { ide: mainEntry }, outdir: outDir, jsx: 'automatic' });
  const workerEntries = Object.fromEntries(Object.entries(WORKERS).map(([label, module]) => [`${label}.worker`, require.resolve(module)]));
  const workers = await esbuild.build({ ...COMMON, entryPoints: workerEntries, outdir: outDir });

  const appMeta = app.metafile!;
  const cssOutputs = Object.keys(appMeta.outputs).filter((file) => file.endsWith('.css'));
  const manifest: IdeManifest = {
    script: outputName(appMeta, outDir, path.relative(process.cwd(), mainEntry), '.js'),
    styles: cssOutputs.map((file) => path.relative(outDir, file)),
    workers: Object.fromEntries(
      Object.entries(WORKERS).map(([label, module]) => [
        label,
        outputName(workers.metafile!, outDir, path.relative(process.cwd(), require.resolve(module)), '.js'),
      ]),
    ),
  };

  const files: IdeBuildReport['files'] = [];
  for (const name of fs.readdirSync(outDir).sort()) {
    if (name.endsWith('.map')) continue;
    const content = fs.readFileSync(path.join(outDir, name));
    const gzip = zlib.gzipSync(content, { level: 9 });
    const brotli = zlib.brotliCompressSync(content, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    fs.writeFileSync(path.join(outDir, `${name}.gz`), gzip);
    fs.writeFileSync(path.join(outDir, `${name}.br`), brotli);
    files.push({ name, bytes: content.length, gzip: gzip.length, brotli: brotli.length });
  }
  // Written last: its presence means a complete build.
  fs.writeFileSync(path.join(outDir, IDE_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, millis: performance.now() - began, files };
}

/** Builds only when an input is newer than the last build (jest's global setup, `npm start`). */
export async function ensureIdeBuilt(outDir = IDE_OUT_DIR): Promise<IdeBuildReport | undefined> {
  return ideBuildIsCurrent(outDir) ? undefined : buildIde(outDir);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

if (require.main === module) {
  buildIde()
    .then(({ files, millis }) => {
      const total = files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), {
        bytes: 0,
        gzip: 0,
        brotli: 0,
      });
      for (const file of files)
        console.log(`${file.name.padEnd(40)} ${kib(file.bytes).padStart(9)}  gzip ${kib(file.gzip).padStart(8)}  br ${kib(file.brotli).padStart(8)}`);
      console.log(
        `IDE built into ${path.relative(process.cwd(), IDE_OUT_DIR)} in ${(millis / 1000).toFixed(1)} s: ${kib(total.bytes)}, gzip ${kib(total.gzip)}, brotli ${kib(total.brotli)}`,
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
