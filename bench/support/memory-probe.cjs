/**
 * Preloaded into a benchmarked server (`node --require bench/support/memory-probe.cjs …`) by
 * bench/memory.ts, so the same probe reads the tsx-run bench server and `npm start`'s dist/ build.
 * Plain CommonJS: it must load before any TypeScript hook. Listens on 127.0.0.1:MEMORY_PROBE_PORT:
 *   GET  /memory     process.memoryUsage(), V8's heap spaces, and the modules loaded so far
 *   POST /gc         a full garbage collection first (needs --expose-gc), then as GET /memory
 *   POST /snapshot   v8.writeHeapSnapshot() into MEMORY_PROBE_DIR; answers the file
 */
'use strict';
/* global require, process, global */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, loaded by --require */
const http = require('node:http');
const path = require('node:path');
const v8 = require('node:v8');
const { isMainThread } = require('node:worker_threads');

const port = Number(process.env.MEMORY_PROBE_PORT);
// Node runs tsx's module hooks in a worker that inherits --require: only the main thread listens.
if (port && isMainThread) {
  const packageOf = (file) => {
    const at = file.lastIndexOf('node_modules/');
    if (at < 0) return '(project)';
    const rest = file.slice(at + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  };
  const reading = () => {
    const modules = Object.keys(require.cache);
    const packages = {};
    for (const file of modules) packages[packageOf(file)] = (packages[packageOf(file)] ?? 0) + 1;
    return {
      memory: process.memoryUsage(),
      spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }])),
      modules: modules.length,
      packages,
    };
  };
  const server = http.createServer((request, response) => {
    request.resume();
    let body;
    if (request.method === 'POST' && request.url === '/gc') {
      if (typeof global.gc === 'function') global.gc();
      body = reading();
    } else if (request.method === 'POST' && request.url === '/snapshot') {
      body = { file: v8.writeHeapSnapshot(path.join(process.env.MEMORY_PROBE_DIR ?? '.', `server-${process.pid}-${Date.now()}.heapsnapshot`)) };
    } else {
      body = reading();
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  server.on('error', (error) => process.stderr.write(`memory probe: ${error.message}\n`));
  server.listen(port, '127.0.0.1');
  server.unref();
}
