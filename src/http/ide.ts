import fs from 'node:fs';
import path from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import { Router, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../project-root';
import type { IdeTab } from './ide-tabs';

export const IDE_ASSETS_PATH = '/ide/assets';
export const IDE_TABS_PATH = '/ide/tabs';
/** Where `npm run build:ide` (part of `npm run build`) writes the bundle and its manifest. */
export const IDE_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'ide');

interface IdeManifest {
  script: string;
  styles: string[];
  workers: Record<string, string>;
}

/** Everything the page loads comes from this server; inline styles are GraphiQL's and Monaco's own. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function readManifest(dir: string): IdeManifest | undefined {
  const file = path.join(dir, 'manifest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as IdeManifest) : undefined;
}

export interface IdePageOptions {
  tabs: readonly IdeTab[];
  /** REQUIRE_KEY_FOR_READS: the page carries no example operation; they come from IDE_TABS_PATH with a key. */
  requireKey: boolean;
  endpoint?: string;
}

export function idePage(manifest: IdeManifest, { tabs, requireKey, endpoint = '/graphql' }: IdePageOptions): string {
  const asset = (file: string) => `${IDE_ASSETS_PATH}/${file}`;
  const config = {
    endpoint,
    tabs: requireKey ? [] : tabs,
    requireKey,
    tabsUrl: IDE_TABS_PATH,
    workers: Object.fromEntries(Object.entries(manifest.workers).map(([label, file]) => [label, asset(file)])),
  };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>pledgegraph — GraphiQL</title>
  <link rel="icon" href="data:,">
${manifest.styles.map((file) => `  <link rel="stylesheet" href="${asset(file)}">`).join('\n')}
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the pledgegraph IDE…</div>
  <script id="ide-config" type="application/json">${scriptJson(config)}</script>
  <script src="${asset(manifest.script)}"></script>
</body>
</html>
`;
}

const NOT_BUILT = `The IDE's assets are not built: run \`npm run build\` (or \`npm run build:ide\`).\n`;

/** A browser navigating to the endpoint (it prefers HTML and sends no query) gets the IDE. */
function wantsIde(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** Compressed at build time, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface IdeRoutesOptions {
  tabs: readonly IdeTab[];
  requireKeyForReads: boolean;
  /** Resolves a request's API key (throws UNAUTHENTICATED); guards the example tabs when keys are required. */
  authenticate(headers: IncomingHttpHeaders): Promise<unknown>;
  /** The built assets (default: dist/ide). */
  buildDir?: string;
}

/**
 * The researchers' IDE: GraphiQL 5 at `/` and on a browser GET of `/graphql`, its bundle under
 * `/ide/assets/` (content-hashed names, cached for a year, served brotli- or gzip-compressed when
 * the browser accepts it), the example tabs at `/ide/tabs`. Mount it only when the schema is exposed.
 */
export function ideRoutes({ tabs, requireKeyForReads, authenticate, buildDir = IDE_BUILD_DIR }: IdeRoutesOptions): Router {
  const router = Router();
  const manifest = readManifest(buildDir);
  const page = manifest && idePage(manifest, { tabs, requireKey: requireKeyForReads });
  const assets = new Set(manifest ? fs.readdirSync(buildDir).filter((file) => !/\.(br|gz|map)$/.test(file) && file !== 'manifest.json') : []);

  const sendPage = (_req: Request, res: Response) => {
    res.set({ ...SECURITY_HEADERS, 'cache-control': 'no-cache' });
    if (!page) return void res.status(503).type('text').send(NOT_BUILT);
    res.type('html').send(page);
  };
  router.get('/', sendPage);
  // Middleware, not a GET route: a route would also answer OPTIONS /graphql, before CORS does.
  router.use('/graphql', (req, res, next) => (req.method === 'GET' && wantsIde(req) ? sendPage(req, res) : next()));

  router.get(IDE_TABS_PATH, async (req, res) => {
    res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    if (requireKeyForReads) {
      try {
        await authenticate(req.headers);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'An API key is required.';
        return void res.status(401).json({ error: { code: 'UNAUTHENTICATED', message } });
      }
    }
    res.json({ tabs });
  });

  router.get(`${IDE_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = req.params.file;
    if (!assets.has(file)) return next();
    res.vary('accept-encoding');
    const encoding = ENCODINGS.find(({ name, suffix }) => req.acceptsEncodings(name) === name && fs.existsSync(path.join(buildDir, file + suffix)));
    const sent = encoding ? file + encoding.suffix : file;
    res.type(path.extname(file));
    if (encoding) res.set('content-encoding', encoding.name);
    res.sendFile(sent, {
      root: buildDir,
      immutable: true,
      maxAge: '365d',
      headers: { 'x-content-type-options': 'nosniff' },
    });
  });
  return router;
}
