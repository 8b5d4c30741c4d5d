/**
 * Preloaded into a benchmarked server (`node --require bench/support/gc-probe.cjs …`) by
 * bench/node-flags.ts. Records every garbage collection V8 reports (perf_hooks `gc` entries) and
 * answers them: `POST /take` returns the collections since the last take
 * (kind, ms) and starts afresh. It listens on the Unix socket GC_PROBE_SOCKET, not a port: a port
 * picked free before the server starts could be the one the server then picks. Plain CommonJS.
 */
'use strict';
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, loaded by --require */
const http = require('node:http');
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

const socket = process.env.GC_PROBE_SOCKET;
if (socket && isMainThread) {
  const KINDS = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
  };
  let taken = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) taken.push({ kind: KINDS[entry.detail.kind] ?? String(entry.detail.kind), ms: entry.duration });
  }).observe({ entryTypes: ['gc'] });
  http
    .createServer((request, response) => {
      const body = request.method === 'POST' && request.url === '/take' ? JSON.stringify(taken) : null;
      if (body !== null) taken = [];
      response.writeHead(body === null ? 404 : 200, { 'content-type': 'application/json' }).end(body ?? '{}');
    })
    .listen(socket)
    .unref();
}
