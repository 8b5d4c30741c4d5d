import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import type { IdeTab } from './ide-tabs';

export const IDE_ASSETS_PATH = '/ide/assets';

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** GraphiQL 4's UMD build on React 18's UMD builds, all from node_modules: no CDN, no bundler. */
const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'dist/index.umd.js'),
  'graphiql.css': packageFile('graphiql', 'dist/style.css'),
};

/** Everything the page loads comes from this server; inline styles are GraphiQL's own. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const BOOT_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('ide-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs.length ? config.tabs : undefined,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      visiblePlugin: 'Documentation Explorer'
    })
  );
})();
`;

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function idePage(tabs: readonly IdeTab[], endpoint = '/graphql'): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>pledgegraph — GraphiQL</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${IDE_ASSETS_PATH}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the pledgegraph IDE…</div>
  <script id="ide-config" type="application/json">${scriptJson({ endpoint, tabs })}</script>
  <script src="${IDE_ASSETS_PATH}/react.js"></script>
  <script src="${IDE_ASSETS_PATH}/react-dom.js"></script>
  <script src="${IDE_ASSETS_PATH}/graphiql.js"></script>
  <script src="${IDE_ASSETS_PATH}/boot.js"></script>
</body>
</html>
`;
}

/** A browser navigating to the endpoint (it prefers HTML and sends no query) gets the IDE. */
function wantsIde(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The researchers' IDE: GraphiQL at `/` and on a browser GET of `/graphql`, its assets under
 * `/ide/assets/`. Mount it only when the schema is exposed.
 */
export function ideRoutes(tabs: readonly IdeTab[]): Router {
  const router = Router();
  const page = idePage(tabs);
  const sendPage = (_req: Request, res: Response) => {
    res.set({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.type('html').send(page);
  };
  router.get('/', sendPage);
  // Middleware, not a GET route: a route would also answer OPTIONS /graphql, before CORS does.
  router.use('/graphql', (req, res, next) => (req.method === 'GET' && wantsIde(req) ? sendPage(req, res) : next()));
  router.get(`${IDE_ASSETS_PATH}/boot.js`, (_req, res) => {
    res.type('js').set('cache-control', 'no-cache').send(BOOT_SCRIPT);
  });
  router.get(`${IDE_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d', headers: { 'x-content-type-options': 'nosniff' } });
  });
  return router;
}
