/**
 * Preloaded into a benchmarked server (`node --require bench/support/gc-probe.cjs …`) by
 * bench/node-flags.ts. Records every garbage collection V8 reports (perf_hooks `gc` entries) and
 * answers them on 127.0.0.1:GC_PROBE_PORT: `POST /take` returns the collections since the last take
 * (kind, ms) and starts afresh. Plain CommonJS: it must load before anything else.
 */
'use strict';
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, loaded by --require */
const http = require('node:http');
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

const port = Number(process.env.GC_PROBE_PORT);
if (port && isMainThread) {
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
    .listen(port, '127.0.0.1')
    .unref();
}
