import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { renderChart, type Series } from './chart';
import type { LoadResult } from './drive';
import type { CellLoad, Placement, PrewarmOptions } from './fair';
import { serverConfiguration } from './configuration';
import { SERVER_NAMES, type ServerName } from './servers';

export interface Measurement extends LoadResult {
  scale: number;
  question: string;
  paginated: boolean;
  server: ServerName;
  connections: number;
  roundTrips: number;
  dbHits: number;
  rssMiB: number;
}

export interface ScaleInfo {
  scale: number;
  loadSeconds: number;
  nodes: number;
  relationships: number;
  storeMiB: number;
  /** How long the pre-warm took before the first timed window (bench/support/fair.ts). */
  prewarmSeconds?: number;
}

const COLORS: Record<ServerName, string> = { pledgegraph: '#1f77b4', '@neo4j/graphql': '#d62728', 'raw driver': '#7f7f7f' };
const geomean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function versionOf(pkg: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', ...pkg.split('/'), 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

function neo4jVersion(): string {
  const pom = fs.readFileSync(path.join(PROJECT_ROOT, 'embedded-neo4j', 'pom.xml'), 'utf8');
  return `${/<neo4j.version>([^<]+)/.exec(pom)?.[1] ?? '?'} Community embedded, APOC core ${/<apoc.version>([^<]+)/.exec(pom)?.[1] ?? '?'}`;
}

/** The commit the bench ran from, and whether the working tree had changes git had not committed. */
export interface Commit {
  sha: string;
  dirty: boolean;
}

export function currentCommit(root = PROJECT_ROOT): Commit {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  return { sha: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' };
}

/** The lowest and highest 1-minute load average at the start or end of any cell. */
export function loadRange(cells: readonly CellLoad[]): string {
  const oneMinute = cells.flatMap((cell) => [cell.start[0], cell.end[0]]).filter((load): load is number => load !== undefined);
  return oneMinute.length === 0 ? 'not recorded' : `${fmt(Math.min(...oneMinute))}–${fmt(Math.max(...oneMinute))}`;
}

/** Builds the Markdown table and ratios; with `outDir`, writes benchmarks.md and benchmarks.svg there. */
export function writeReport(input: {
  measurements: Measurement[];
  infos: ScaleInfo[];
  command: string;
  seconds: number;
  rounds: number;
  prewarm: PrewarmOptions;
  orderEffect: string;
  commit: Commit;
  /** The load average around every cell. */
  cells: CellLoad[];
  /** Every timed window, in the order they ran. */
  windows: Placement[];
  connectionCounts: number[];
  minutes: number;
  outDir?: string;
}): { table: string; ratios: string } {
  const { measurements, infos } = input;
  const find = (scale: number, question: string, server: ServerName, connections: number) =>
    measurements.find((m) => m.scale === scale && m.question === question && m.server === server && m.connections === connections);

  const table = [
    '| scale | question | conn | server | req/s | p50 ms | p95 ms | p99 ms | round trips | db hits | RSS MiB | errors |',
    '|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...measurements.map(
      (m) =>
        `| ${m.scale} | ${m.question} | ${m.connections} | ${m.server} | ${fmt(m.requestsPerSecond, 0)} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${m.roundTrips} | ${m.dbHits} | ${fmt(m.rssMiB, 0)} | ${m.errors} |`,
    ),
  ].join('\n');

  const ratioRows: string[] = [];
  const vsPeer: number[] = [];
  const vsFloor: number[] = [];
  const p95VsPeer: number[] = [];
  for (const m of measurements.filter((x) => x.server === 'pledgegraph')) {
    const peer = find(m.scale, m.question, '@neo4j/graphql', m.connections);
    const floor = find(m.scale, m.question, 'raw driver', m.connections);
    if (!peer || !floor) continue;
    const a = m.requestsPerSecond / peer.requestsPerSecond;
    const b = m.requestsPerSecond / floor.requestsPerSecond;
    const c = m.p95 / peer.p95;
    vsPeer.push(a);
    vsFloor.push(b);
    p95VsPeer.push(c);
    const misses = [a < 1 ? 'throughput < 1.0× peer' : '', c > 1 ? 'p95 worse than peer' : ''].filter(Boolean).join('; ');
    ratioRows.push(`| ${m.scale} | ${m.question} | ${m.connections} | ${fmt(a, 2)}× | ${fmt(c, 2)}× | ${fmt(b, 2)}× | ${misses || 'met'} |`);
  }
  const smallest = Math.min(...infos.map((i) => i.scale));
  const largest = Math.max(...infos.map((i) => i.scale));
  const growth: string[] = [];
  const growthRatios: number[] = [];
  if (largest > smallest) {
    for (const m of measurements.filter((x) => x.server === 'pledgegraph' && x.paginated && x.scale === largest)) {
      const base = find(smallest, m.question, 'pledgegraph', m.connections);
      if (base) growthRatios.push(m.p95 / base.p95);
      if (base)
        growth.push(
          `| ${m.question} | ${m.connections} | ${fmt(base.p95)} | ${fmt(m.p95)} | ${fmt(m.p95 / base.p95, 2)}× | ${m.p95 / base.p95 <= 2 ? 'met' : 'missed'} |`,
        );
    }
  }
  // A case where pledgegraph answered nothing within autocannon's 10 s timeout has no ratio: counted apart.
  const measured = (values: number[]) => values.filter((v) => Number.isFinite(v) && v > 0);
  const timedOut = vsPeer.length - measured(vsPeer).length;
  const rssAt = (scale: number) => Math.max(...measurements.filter((m) => m.server === 'pledgegraph' && m.scale === scale).map((m) => m.rssMiB));
  const peerGeomean = geomean(measured(vsPeer));
  const floorGeomean = geomean(measured(vsFloor));
  const verdict = (met: boolean) => (met ? 'met' : '**missed**');
  const targets = [
    "Issue 15's targets:",
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| throughput ≥ 2.0× @neo4j/graphql, geometric mean | ${fmt(peerGeomean, 2)}× | ${verdict(peerGeomean >= 2)} |`,
    `| throughput ≥ 1.0× @neo4j/graphql in every cell | ${vsPeer.filter((v) => !(v >= 1)).length} of ${vsPeer.length} cells below (worst ${fmt(Math.min(...vsPeer), 2)}×) | ${verdict(vsPeer.every((v) => v >= 1))} |`,
    `| p95 ≤ the peer's in every cell | ${p95VsPeer.filter((v) => !(v <= 1)).length} of ${p95VsPeer.length} cells above (worst ${fmt(Math.max(...measured(p95VsPeer)), 2)}×) | ${verdict(p95VsPeer.every((v) => v <= 1))} |`,
    `| throughput ≥ 0.6× the raw-driver floor, geometric mean | ${fmt(floorGeomean, 2)}× | ${verdict(floorGeomean >= 0.6)} |`,
    ...(growthRatios.length > 0
      ? [
          `| p95 at scale ${largest} within 2× of scale ${smallest}, every page-bounded question | ${growthRatios.filter((r) => !(r <= 2)).length} of ${growthRatios.length} cells above (worst ${fmt(Math.max(...growthRatios), 2)}×) | ${verdict(growthRatios.every((r) => r <= 2))} |`,
        ]
      : []),
    `| RSS under load ≤ 150 MiB at scale ${smallest} | ${fmt(rssAt(smallest), 0)} MiB (largest after any cell) | ${verdict(rssAt(smallest) <= 150)} |`,
    ...(largest > smallest
      ? [
          `| RSS at scale ${largest} within 2× of scale ${smallest} | ${fmt(rssAt(largest), 0)} MiB (${fmt(rssAt(largest) / rssAt(smallest), 2)}×) | ${verdict(rssAt(largest) <= 2 * rssAt(smallest))} |`,
        ]
      : []),
  ].join('\n');
  const ratios = [
    `Headline (geometric means over every question, scale and connection count where pledgegraph answered): pledgegraph throughput ${fmt(geomean(measured(vsPeer)), 2)}× @neo4j/graphql (worst ${fmt(Math.min(...measured(vsPeer)), 2)}×), ${fmt(geomean(measured(vsFloor)), 2)}× the raw-driver floor (worst ${fmt(Math.min(...measured(vsFloor)), 2)}×); p95 ${fmt(geomean(measured(p95VsPeer)), 2)}× the peer's (worst ${fmt(Math.max(...measured(p95VsPeer)), 2)}×).${timedOut > 0 ? ` In ${timedOut} of ${vsPeer.length} cases pledgegraph completed no request within the 10 s timeout.` : ''}`,
    '',
    '',
    targets,
    '',
    '| scale | question | conn | req/s vs peer (≥ 1.0) | p95 vs peer (≤ 1.0) | req/s vs floor | targets |',
    '|---:|---|---:|---:|---:|---:|---|',
    ...ratioRows,
    '',
    input.orderEffect,
    ...(growth.length > 0
      ? [
          '',
          `p95 of paginated questions, scale ${largest} against scale ${smallest} (target ≤ 2×):`,
          '',
          '| question | conn | p95 scale ' + smallest + ' | p95 scale ' + largest + ' | ratio | target |',
          '|---|---:|---:|---:|---:|---|',
          ...growth,
        ]
      : []),
  ].join('\n');

  if (input.outDir) {
    const at10 = input.connectionCounts.includes(10) ? 10 : (input.connectionCounts[0] as number);
    const seriesOf = (pick: (m: Measurement) => number): Series[] =>
      SERVER_NAMES.map((server) => ({
        name: server,
        color: COLORS[server],
        points: infos.map(
          ({ scale }) =>
            [scale, geomean(measurements.filter((m) => m.server === server && m.scale === scale && m.connections === at10).map(pick))] as [number, number],
        ),
      }));
    const caption = `geometric mean over ${new Set(measurements.map((m) => m.question)).size} questions, ${at10} connections`;
    fs.writeFileSync(
      path.join(input.outDir, 'benchmarks.svg'),
      renderChart(
        seriesOf((m) => m.requestsPerSecond),
        seriesOf((m) => m.p95),
        caption,
      ),
    );
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const previous = path.join(input.outDir, 'benchmarks.md');
    const analysis = kept(previous, 'analysis');
    const profile = kept(previous, 'profile');
    const levers = kept(previous, 'levers');
    const questions = kept(previous, 'questions');
    const memory = kept(previous, 'memory');
    const doc = [
      '# Benchmarks: pledgegraph, @neo4j/graphql and the raw driver',
      '',
      `Generated by \`${input.command}\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)} in ${input.minutes.toFixed(0)} minutes. Regenerate with the same command; \`npm run bench -- --quick\` is a smoke check of a few minutes (scale 1, 10 connections) that prints the same headline ratios and writes nothing.`,
      '',
      '## Machine and versions',
      '',
      `- ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; the load generator, the server and Neo4j share these cores`,
      `- Node ${process.version}; Neo4j ${neo4jVersion()}, heap 1g, page cache 256m`,
      `- neo4j-driver ${versionOf('neo4j-driver')}, @apollo/server ${versionOf('@apollo/server')}, express ${versionOf('express')}, graphql ${versionOf('graphql')}, @neo4j/graphql ${versionOf('@neo4j/graphql')}, autocannon ${versionOf('autocannon')}`,
      '',
      '## Method',
      '',
      `- Run: commit ${input.commit.sha.slice(0, 12)}${input.commit.dirty ? ' with uncommitted changes in the tree' : ' (clean tree)'}; 1-minute load average ${loadRange(input.cells)} at the start and end of the cells. benchmarks.json holds, besides every measurement, the commit, the load average around each cell and every timed window (cell, server, round, position, previous server, requests, seconds, req/s, p95).`,
      '- Data: the curated seed plus N synthetic articles (`npm run seed:synthetic`, docs/synthetic-data.md); one throwaway embedded Neo4j per scale.',
      '- Servers: pledgegraph (src/server.ts as `npm start` builds it), the @neo4j/graphql 7 peer (bench/peer/neo4j-graphql.ts, same Apollo 5 + Express 5 stack, same tuning) and the raw-driver floor (bench/peer/raw-driver.ts: one hand-written Cypher per question, JSON out); each in its own Node process, all three running against the same database (configuration below).',
      '- Before timing, every question is asked of all three and the normalised answers must be equal (bench/questions.ts); the run stops otherwise. One request per server and question is then captured: round trips = Cypher queries sent, db hits = sum of PROFILE db hits of those queries.',
      `- Pre-warm (bench/support/fair.ts): per question, rounds of ${input.prewarm.windowSeconds} s at ${input.prewarm.connections} connections on each server in turn (round k in the order of cell k's first round, below) until every server's median latency moved by at most ${(input.prewarm.tolerance * 100).toFixed(0)} % since its previous round (at most ${input.prewarm.maxRounds} rounds). Nothing is timed before it ends; it took ${infos.map((i) => `${fmt(i.prewarmSeconds ?? NaN, 0)} s at scale ${i.scale}`).join(', ')}.`,
      `- Timing: each cell (question × ${input.connectionCounts.join(', ')} connections) in ${input.rounds} rounds; in each round every server gets one autocannon window of ${fmt(input.seconds / input.rounds)} s (${input.seconds} s per server and cell in all), and the order of the servers is a row of a Latin square, rotated one way in even cells and the other way, reversed, in odd ones (ABC, BCA, CAB; then CBA, BAC, ACB; the starting rotation moves on by one every two cells), so within every cell each server goes first, second and third equally often and never runs two windows in a row, and over two cells each server follows each other equally often within a round. Before each window the server must have sent no query for 1 s. req/s = requests of all its windows over their total time; latency percentiles from every response; RSS of the server process after the cell. The order and predecessor effects printed under the headline show what going first, or after a given server, is worth.`,
      '',
      serverConfiguration(),
      '',
      ...(questions ? [questions, ''] : []),
      '## Data sets',
      '',
      '| scale | nodes | relationships | synthetic load | store (databases/neo4j) |',
      '|---:|---:|---:|---:|---:|',
      ...infos.map((i) => `| ${i.scale} | ${i.nodes} | ${i.relationships} | ${fmt(i.loadSeconds)} s | ${fmt(i.storeMiB)} MiB |`),
      '',
      '## Results',
      '',
      '![throughput and p95 against scale](benchmarks.svg)',
      '',
      ratios,
      '',
      ...(analysis ? [analysis, ''] : []),
      ...(profile ? [profile, ''] : []),
      ...(levers ? [levers, ''] : []),
      ...(memory ? [memory, ''] : []),
      '### All measurements',
      '',
      table,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(input.outDir, 'benchmarks.md'), doc);
    fs.writeFileSync(
      path.join(input.outDir, 'benchmarks.json'),
      `${JSON.stringify({ commit: input.commit, infos, measurements, cells: input.cells, windows: input.windows }, null, 1)}\n`,
    );
  }
  return { table, ratios };
}

/** A hand-written block of the previous report (between `<!-- name -->` and `<!-- /name -->`): kept across regenerations. */
function kept(file: string, name: string): string | undefined {
  const block = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  return fs.existsSync(file) ? block.exec(fs.readFileSync(file, 'utf8'))?.[0] : undefined;
}
