/**
 * npm run bench:db-hits                      scale 1, every question
 *   [--scale 100] [--questions who-comes-last-by-name,how-many-pledges-per-country] [--cypher] [--plan]
 *
 * The database work of one request per question and server, nothing timed: a throwaway embedded
 * Neo4j (with APOC, which the peer needs) holding the curated seed plus `--scale` synthetic
 * articles, the three servers started as `npm run bench` starts them, every question's answer
 * compared across the three (any difference stops it, as in the bench), then each question asked
 * once per server with its queries captured and PROFILEd (bench/support/bench-server.ts): round
 * trips and the sum of their db hits. `--cypher` also prints each Cypher query every server sent,
 * with its own db hits; `--plan` also prints each query's PROFILEd operators that touched the store,
 * with their db hits and rows, to show where the hits go.
 */
import { parseArgs } from 'node:util';
import { canonical, QUESTIONS } from './questions';
import { ask } from './support/drive';
import { runMain, withScaleGraph } from './support/scale-graph';
import type { ProfiledOperator, ProfiledQuery } from './support/bench-server';
import { SERVER_NAMES, startServer, type RunningServer } from './support/servers';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    questions: { type: 'string' },
    cypher: { type: 'boolean', default: false },
    plan: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const asked = values.questions ? values.questions.split(',') : QUESTIONS.map(({ name }) => name);
const unknown = asked.filter((name) => !QUESTIONS.some((question) => question.name === name));
if (unknown.length > 0) throw new Error(`no such question: ${unknown.join(', ')}`);
const questions = QUESTIONS.filter(({ name }) => asked.includes(name));

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Profile {
  queries: number;
  dbHits: number;
  each: ProfiledQuery[];
}

const operatorLines = (operators: ProfiledOperator[]): string[] =>
  operators
    .filter(({ dbHits }) => dbHits > 0)
    .map(
      ({ depth, operator, details, dbHits, rows }) =>
        `--   ${String(dbHits).padStart(7)} hits ${String(rows).padStart(7)} rows  ${'  '.repeat(depth)}${operator} ${details}`,
    );

/** One request's queries, PROFILEd: `/capture` before it, `/profile` after (bench/support/bench-server.ts). */
async function profileOne(server: RunningServer, question: (typeof QUESTIONS)[number]): Promise<Profile> {
  await fetch(`${server.control}/capture`, { method: 'POST' });
  await ask(server, question);
  return (await (await fetch(`${server.control}/profile`)).json()) as Profile;
}

async function main(): Promise<void> {
  await withScaleGraph(scale, { withApoc: true }, async ({ neo4j }) => {
    const servers: RunningServer[] = [];
    try {
      for (const name of SERVER_NAMES) servers.push(await startServer(name, neo4j.uri));

      const rows: string[][] = [];
      for (const question of questions) {
        const answers = await Promise.all(servers.map(async (server) => canonical(await ask(server, question))));
        const differing = servers.filter((_, index) => answers[index] !== answers[0]).map(({ name }) => name);
        if (differing.length > 0) throw new Error(`scale ${scale}, ${question.name}: ${differing.join(', ')} answer differently from pledgegraph`);
        const profiles: Profile[] = [];
        for (const server of servers) profiles.push(await profileOne(server, question));
        rows.push([question.name, ...profiles.map(({ queries, dbHits }) => `${queries} ${queries === 1 ? 'query' : 'queries'}, ${dbHits}`)]);
        if (values.cypher || values.plan) {
          servers.forEach((server, index) => {
            log(`-- ${question.name}: ${server.name}'s Cypher`);
            for (const { query, dbHits, operators } of profiles[index]?.each ?? []) {
              if (values.cypher) log(query.trim());
              log(`-- ${dbHits} db hits`);
              if (values.plan) log(operatorLines(operators).join('\n'));
              log('');
            }
          });
        }
      }
      log(`scale ${scale}: one request per question and server, the same answers from all three; round trips, PROFILE db hits`);
      const header = ['question', ...SERVER_NAMES];
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
      for (const row of [header, ...rows]) log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
    } finally {
      for (const server of servers) await server.stop();
    }
  });
}

runMain('db-hits', main);
