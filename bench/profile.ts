/**
 * npm run bench:profile -- [--scale 1] [--questions a,b] [--servers pledgegraph,@neo4j/graphql] [--connections 10] [--seconds 20] [--interval 250] [--out dir]
 *
 * Where a request's Node time goes, in pledgegraph (the default) or any of the bench's servers. A throwaway embedded Neo4j with the curated seed
 * plus `scale` synthetic articles; each server started as bench/run.ts starts it, one at a time; the database
 * and the server pre-warmed until the question's latency settles (bench/support/fair.ts); then,
 * per question, V8's CPU profiler (the one `node --cpu-prof` uses) runs for exactly one window of
 * autocannon load. Each profile is written to `--out` (open it in Chrome DevTools or speedscope)
 * and split into the phases of a request (bench/support/cpu-phases.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { questionsNamed } from './questions';
import { PHASES, phasesOf, type CpuProfile, type PhaseBreakdown } from './support/cpu-phases';
import { ask, driveWindow, waitForIdle } from './support/drive';
import { prewarm } from './support/fair';
import { runMain, withScaleGraph } from './support/scale-graph';
import { SERVER_NAMES, startServer } from './support/servers';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    questions: { type: 'string', default: 'who-leads-each-country,what-did-a-country-pledge,which-nations-lead-which-domain' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    interval: { type: 'string', default: '250' },
    servers: { type: 'string', default: 'pledgegraph' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'pledgegraph-profile') },
  },
});
const scale = Number(values.scale);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const questions = questionsNamed(values.questions);
const serverNames = values.servers.split(',').map((name) => {
  const known = SERVER_NAMES.find((n) => n === name);
  if (!known) throw new Error(`no bench server ${name}; there are ${SERVER_NAMES.join(', ')}`);
  return known;
});
const outDir = values.out;
const log = (line: string) => process.stdout.write(`${line}\n`);

const post = async (url: string) => (await fetch(url, { method: 'POST' })).json();

function table(columns: { name: string; requests: number; breakdown: PhaseBreakdown }[]): string {
  const share = (ms: number, of: number) => `${((100 * ms) / of).toFixed(1)} %`;
  const perRequest = (ms: number, requests: number) => `${((1000 * ms) / requests).toFixed(0)} µs`;
  const rows = PHASES.filter((phase) => columns.some((c) => (c.breakdown.byPhase.get(phase) ?? 0) > 0)).map(
    (phase) =>
      `| ${phase} | ${columns.map((c) => `${share(c.breakdown.byPhase.get(phase) ?? 0, c.breakdown.busyMs)} · ${perRequest(c.breakdown.byPhase.get(phase) ?? 0, c.requests)}`).join(' | ')} |`,
  );
  return [
    `| phase (share of busy main-thread time · µs per request) | ${columns.map((c) => c.name).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...rows,
    `| **busy main thread per request** | ${columns.map((c) => `**${perRequest(c.breakdown.busyMs, c.requests)}**`).join(' | ')} |`,
    `| requests in the window · req/s · idle share | ${columns.map((c) => `${c.requests} · ${(c.requests / seconds).toFixed(0)} · ${share(c.breakdown.idleMs, c.breakdown.busyMs + c.breakdown.idleMs)}`).join(' | ')} |`,
  ].join('\n');
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  await withScaleGraph(scale, { withApoc: serverNames.includes('@neo4j/graphql') }, async ({ neo4j }) => {
    const columns: { name: string; requests: number; breakdown: PhaseBreakdown }[] = [];
    for (const name of serverNames) {
      const server = await startServer(name, neo4j.uri);
      const label = serverNames.length > 1 || name !== 'pledgegraph' ? `${name}: ` : '';
      try {
        for (const question of questions) {
          await ask(server, question);
          const warmed = await prewarm([server], question, { connections, windowSeconds: 2, tolerance: 0.1, maxRounds: 10 });
          log(
            `${label}${question.name}: pre-warmed in ${warmed.seconds.toFixed(0)} s (${warmed.rounds} rounds, ${warmed.settled ? 'settled' : 'not settled'})`,
          );
          await waitForIdle(server);
          await post(`${server.control}/cpu-profile/start?interval=${values.interval}`);
          const window = await driveWindow(server, question, connections, seconds);
          const profile = (await post(`${server.control}/cpu-profile/stop`)) as CpuProfile;
          const file = path.join(outDir, `${name.replace(/\W+/g, '-').replace(/^-/, '')}-${question.name}-scale${scale}-c${connections}.cpuprofile`);
          fs.writeFileSync(file, JSON.stringify(profile));
          const breakdown = phasesOf(profile);
          columns.push({ name: `${label}${question.name}`, requests: window.requests, breakdown });
          log(`${label}${question.name}: ${window.requests} requests in ${seconds} s, ${window.errors} errors; ${file}`);
        }
      } finally {
        await server.stop();
      }
    }
    log(
      `\nscale ${scale}, ${connections} connections, ${seconds} s per question, sampled every ${values.interval} µs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    log(table(columns));
  });
}

runMain('profile', main);
