/**
 * npm run bench:levers -- --checkouts <dir>,<dir>[,…] [--scale 1] [--questions a,b] [--connections 10] [--seconds 2] [--rounds 8]
 *
 * Levers one at a time, paired: pledgegraph from each checkout (e.g. `git archive` of the commit
 * before a lever and of each lever's commit, with node_modules linked; `.` is this tree), all on the
 * same throwaway embedded Neo4j at once. Every question's response body must be byte-identical
 * across them before anything is timed. Then, per question, all are pre-warmed
 * (bench/support/fair.ts) and driven one window at a time in an order rotated every round, so
 * machine drift hits all alike; for each window it records req/s, and the CPU (user + system, from
 * /proc) the server's Node process and the Neo4j JVM spent per request. It prints the medians and,
 * for each checkout against the one before it (and the last against the first), the median of the
 * per-round ratios, with the load average: the machine is shared.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUESTIONS, questionsNamed, type Question } from './questions';
import { driveWindow, requestFor, waitForIdle } from './support/drive';
import { prewarm } from './support/fair';
import { processCpuMs } from './support/process-cpu';
import { runMain, withScaleGraph } from './support/scale-graph';
import { startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    checkouts: { type: 'string', default: '.' },
    scale: { type: 'string', default: '1' },
    questions: { type: 'string', default: 'who-leads-each-country,what-did-a-country-pledge,which-nations-lead-which-domain' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '8' },
  },
});
const checkouts = values.checkouts.split(',').map((dir) => path.resolve(dir));
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const questions = questionsNamed(values.questions);
const log = (line: string) => process.stdout.write(`${line}\n`);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function body(server: RunningServer, question: Question): Promise<string> {
  const { url, body: request } = requestFor(server, question);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request });
  return `${response.status} ${await response.text()}`;
}

interface Sample {
  rps: number;
  nodeMs: number;
  neo4jMs: number;
}

async function sample(server: RunningServer, neo4jPid: number, question: Question): Promise<Sample> {
  await waitForIdle(server);
  const [node, jvm] = [processCpuMs(server.pid), processCpuMs(neo4jPid)];
  const window = await driveWindow(server, question, connections, seconds);
  if (window.errors > 0) throw new Error(`${question.name}: ${window.errors} errors`);
  return {
    rps: window.requests / seconds,
    nodeMs: (processCpuMs(server.pid) - node) / window.requests,
    neo4jMs: (processCpuMs(neo4jPid) - jvm) / window.requests,
  };
}

async function main(): Promise<void> {
  await withScaleGraph(Number(values.scale), {}, async ({ neo4j }) => {
    const servers: RunningServer[] = [];
    for (const root of checkouts) servers.push(await startServer('pledgegraph', neo4j.uri, { root }));
    const names = checkouts.map((dir) => path.basename(dir));
    try {
      for (const question of QUESTIONS) {
        const answers = await Promise.all(servers.map((server) => body(server, question)));
        const differing = answers.findIndex((answer) => answer !== answers[0]);
        if (differing > 0)
          throw new Error(
            `${question.name}: ${names[differing]} answers otherwise\n${names[0]}: ${answers[0]?.slice(0, 2000)}\n${names[differing]}: ${answers[differing]?.slice(0, 2000)}`,
          );
        log(`${question.name}: byte-identical across ${names.join(', ')} (${answers[0]?.length} bytes)`);
      }
      log(`\nscale ${values.scale}, ${connections} connections, ${rounds} rounds of ${seconds} s windows per checkout\n`);
      log('| question | checkout | req/s | Node CPU ms/req | Neo4j CPU ms/req | req/s ratio | Node CPU ratio | Neo4j CPU ratio | against | load average |');
      log('|---|---|---:|---:|---:|---:|---:|---:|---|---|');
      for (const question of questions) {
        await prewarm(servers, question, { connections, windowSeconds: 1, tolerance: 0.1, maxRounds: 5 });
        const samples: Sample[][] = servers.map(() => []);
        for (let round = 0; round < rounds; round += 1) {
          const order = servers.map((_, index) => (index + round) % servers.length);
          for (const which of round % 2 === 0 ? order : order.reverse()) samples[which]!.push(await sample(servers[which]!, neo4j.pid, question));
        }
        const ratio = (of: Sample[], to: Sample[], figure: keyof Sample) => median(of.map((s, i) => s[figure] / to[i]![figure])).toFixed(2);
        const row = (index: number, against: number) => {
          const [mine, theirs] = [samples[index]!, samples[against]!];
          const ratios =
            index === against
              ? '– | – | – | –'
              : `${ratio(mine, theirs, 'rps')}× | ${ratio(mine, theirs, 'nodeMs')}× | ${ratio(mine, theirs, 'neo4jMs')}× | ${names[against]}`;
          return (
            `| ${question.name} | ${names[index]} | ${median(mine.map((s) => s.rps)).toFixed(0)} | ${median(mine.map((s) => s.nodeMs)).toFixed(2)} | ` +
            `${median(mine.map((s) => s.neo4jMs)).toFixed(2)} | ${ratios} | ${os
              .loadavg()
              .map((l) => l.toFixed(1))
              .join(' ')} |`
          );
        };
        servers.forEach((_, index) => log(row(index, Math.max(0, index - 1))));
        if (servers.length > 2) log(row(servers.length - 1, 0));
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });
}

runMain('levers', main);
