/**
 * npm run bench:node-flags -- --flags "--max-semi-space-size=32"
 *   [--baseline ""] [--scale 1] [--connections 50] [--seconds 4] [--rounds 6]
 *   [--questions who-leads-each-country,which-nations-lead-which-domain,what-are-the-priorities]
 *
 * What a set of Node flags does to each of the three servers, paired: each server started twice
 * on one throwaway embedded Neo4j (the seed plus `--scale` synthetic articles), once with
 * `npm start`'s flags less any that `--flags` names (plus `--baseline`) and once with `--flags`
 * added; one warm-up window each, then `--rounds` rounds in which every server and variant gets one
 * autocannon window per question, the order reversed every other round. Per server, variant and
 * question: req/s, latency percentiles, the collections V8 reported in the windows (count and ms
 * of scavenges and mark-compacts, read by bench/support/gc-probe.cjs) and RSS at the end.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/project-root';
import { questionsNamed } from './questions';
import { driveWindow, summarise, type Window } from './support/drive';
import { runMain, withScaleGraph } from './support/scale-graph';
import { NODE_FLAGS, SERVER_NAMES, startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    flags: { type: 'string', default: '--max-semi-space-size=32' },
    baseline: { type: 'string', default: '' },
    scale: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '6' },
    questions: { type: 'string', default: 'who-leads-each-country,which-nations-lead-which-domain,what-are-the-priorities' },
  },
});
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
const flagName = (flag: string) => flag.split('=')[0];
const measured = new Set(words(values.flags).map(flagName));
/** `npm start`'s flags without the ones measured: the baseline is V8's default for them. */
const startFlagsLess = NODE_FLAGS.filter((flag) => !measured.has(flagName(flag)));
const variants = [
  { name: values.baseline || 'baseline', flags: words(values.baseline) },
  { name: values.flags, flags: [...words(values.baseline), ...words(values.flags)] },
];
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const PROBE = path.join(PROJECT_ROOT, 'bench', 'support', 'gc-probe.cjs');

interface Collection {
  kind: string;
  ms: number;
}

interface Probed {
  server: RunningServer;
  variant: string;
  gcSocket: string;
}

function takeCollections({ gcSocket }: Probed): Promise<Collection[]> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath: gcSocket, path: '/take', method: 'POST' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve(JSON.parse(body) as Collection[]));
    });
    request.on('error', reject);
    request.end();
  });
}

function gcSummary(collections: Collection[], kind: string): string {
  const of = collections.filter((c) => c.kind === kind);
  return `${of.length} · ${of.reduce((sum, c) => sum + c.ms, 0).toFixed(0)} ms`;
}

runMain('bench:node-flags', async () => {
  const questions = questionsNamed(values.questions);
  await withScaleGraph(Number(values.scale), { withApoc: true }, async ({ neo4j }) => {
    const servers: Probed[] = [];
    try {
      for (const name of SERVER_NAMES)
        for (const variant of variants) {
          const gcSocket = path.join(os.tmpdir(), `pledgegraph-gc-probe-${process.pid}-${servers.length}.sock`);
          const server = await startServer(name, neo4j.uri, {
            baseFlags: startFlagsLess,
            nodeFlags: ['--require', PROBE, ...variant.flags],
            env: { GC_PROBE_SOCKET: gcSocket },
          });
          servers.push({ server, variant: variant.name, gcSocket });
        }
      for (const question of questions) for (const probed of servers) await driveWindow(probed.server, question, connections, seconds);
      const windows = new Map<string, { windows: Window[]; collections: Collection[] }>();
      for (let round = 0; round < Number(values.rounds); round++) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const question of questions)
          for (const probed of order) {
            const key = `${question.name}|${probed.server.name}|${probed.variant}`;
            const entry = windows.get(key) ?? { windows: [], collections: [] };
            windows.set(key, entry);
            await takeCollections(probed);
            entry.windows.push(await driveWindow(probed.server, question, connections, seconds));
            entry.collections.push(...(await takeCollections(probed)));
          }
      }
      const rows = [...windows].map(([key, { windows: timed, collections }]) => {
        const [question, server, variant] = key.split('|');
        const load = summarise(timed);
        return `| ${question} | ${server} | \`${variant}\` | ${load.requestsPerSecond.toFixed(0)} | ${load.p50.toFixed(0)} / ${load.p95.toFixed(0)} / ${load.p99.toFixed(0)} | ${gcSummary(collections, 'minor')} | ${gcSummary(collections, 'major')} | ${load.errors} |`;
      });
      const rss = servers.map(({ server, variant }) => `${server.name} \`${variant}\` ${server.rssMiB().toFixed(0)} MiB`);
      process.stdout.write(
        [
          `scale ${values.scale}, ${connections} connections, ${values.rounds} rounds of ${seconds} s per server, variant and question`,
          '',
          '| question | server | flags | req/s | p50 / p95 / p99 ms | scavenges · ms | mark-compacts · ms | errors |',
          '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
          ...rows,
          '',
          `RSS after the rounds: ${rss.join(', ')}`,
          '',
        ].join('\n'),
      );
    } finally {
      for (const { server, gcSocket } of servers) {
        await server.stop();
        fs.rmSync(gcSocket, { force: true });
      }
    }
  });
});
