/**
 * npm run bench:row-shape -- [--scale 1] [--questions a,b] [--runs 2000]
 *
 * What pledgegraph's Cypher costs the driver and Neo4j against rows already shaped as the response. Each
 * question is asked once of pledgegraph (src/server.ts, in this process, on a driver that records
 * the Cypher and parameters it sends). Then its recorded Cypher and the floor's (bench/questions.ts:
 * the same answer, each row holding only the selected fields under the response's names, no keys,
 * labels or `{total, rows}` wrappers) run `runs` times each, alternating, one at a time, as
 * pledgegraph runs a read: an auto-commit `session.run` in a READ session, the per-Result stack
 * capture off. Per query it records this Node process's CPU (user + system) from the call to the
 * last record decoded, the Neo4j JVM's CPU over the same span (from /proc, in 10 ms ticks: summed
 * over all runs, so the ticks average out), and the size of the records as JSON. One query in
 * flight at a time, so neither process is working for anything else.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../src/logger';
import { createDriver } from '../src/neo4j/driver';
import { withoutStackCapture } from '../src/neo4j/stack-capture';
import { startServer } from '../src/server';
import { floorParams, QUESTIONS, questionsNamed, type Question } from './questions';
import { requestFor } from './support/drive';
import { countQueries, type QueryCount } from './support/query-counter';
import { processCpuMs } from './support/process-cpu';
import { runMain, withScaleGraph } from './support/scale-graph';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    questions: { type: 'string', default: QUESTIONS.map((q) => q.name).join(',') },
    runs: { type: 'string', default: '2000' },
  },
});
const runs = Number(values.runs);
const questions = questionsNamed(values.questions);
const log = (line: string) => process.stdout.write(`${line}\n`);

type Read = { query: string; params: Record<string, unknown> };

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  await withScaleGraph(Number(values.scale), {}, async ({ neo4j: db }) => {
    const count: QueryCount = { queries: 0 };
    const driver = countQueries(createDriver({ uri: db.uri }), count);
    const server = await startServer({ config: { host: '127.0.0.1', port: 0 }, logger: createLogger('silent'), db: { driver } });
    const plain = createDriver({ uri: db.uri });
    const readOnce = async (reads: readonly Read[]): Promise<{ micros: number; jvmMicros: number; bytes: number }> => {
      let micros = 0;
      let jvmMicros = 0;
      let bytes = 0;
      for (const { query, params } of reads) {
        const session = plain.session({ defaultAccessMode: 'READ' });
        try {
          const [start, jvmStart] = [cpuMicros(), 1000 * processCpuMs(db.pid)];
          const result = await withoutStackCapture(() => session.run(query, params));
          micros += cpuMicros() - start;
          jvmMicros += 1000 * processCpuMs(db.pid) - jvmStart;
          bytes += JSON.stringify(result.records.map((record) => record.toObject())).length;
        } finally {
          await session.close();
        }
      }
      return { micros, jvmMicros, bytes };
    };
    const recorded = async (question: Question): Promise<Read[]> => {
      count.captured = [];
      const { url, body } = requestFor({ name: 'pledgegraph', url: server.url }, question);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`${question.name}: HTTP ${response.status} ${await response.text()}`);
      const reads = (count.captured ?? []).map(({ query, params }) => ({ query, params: params as Record<string, unknown> }));
      count.captured = undefined;
      return reads;
    };
    try {
      log(
        `| question (scale ${values.scale}, ${runs} runs each) | pledgegraph's Cypher: JSON bytes · Node µs · Neo4j µs per request | the floor's Cypher, rows shaped as the response: JSON bytes · Node µs · Neo4j µs | pledgegraph / shaped: Node · Neo4j |`,
      );
      log('|---|---:|---:|---:|');
      for (const question of questions) {
        const ours = await recorded(question);
        if (ours.length !== 1) throw new Error(`${question.name}: pledgegraph sent ${ours.length} queries, not one`);
        const shaped: Read[] = [{ query: question.floor.cypher, params: floorParams(question) }];
        for (let i = 0; i < 50; i++) await Promise.all([readOnce(ours), readOnce(shaped)]); // warm both plans and the JIT
        const node = { ours: [] as number[], shaped: [] as number[] };
        const jvm = { ours: 0, shaped: 0 };
        const bytes = { ours: 0, shaped: 0 };
        for (let i = 0; i < runs; i++) {
          for (const which of i % 2 === 0 ? (['ours', 'shaped'] as const) : (['shaped', 'ours'] as const)) {
            const read = await readOnce(which === 'ours' ? ours : shaped);
            node[which].push(read.micros);
            jvm[which] += read.jvmMicros;
            bytes[which] = read.bytes;
          }
        }
        const [nodeOurs, nodeShaped] = [median(node.ours), median(node.shaped)];
        const [jvmOurs, jvmShaped] = [jvm.ours / runs, jvm.shaped / runs];
        log(
          `| ${question.name} | ${bytes.ours} · ${nodeOurs.toFixed(0)} · ${jvmOurs.toFixed(0)} | ${bytes.shaped} · ${nodeShaped.toFixed(0)} · ${jvmShaped.toFixed(0)} | ${(nodeOurs / nodeShaped).toFixed(2)}× · ${(jvmOurs / jvmShaped).toFixed(2)}× |`,
        );
      }
    } finally {
      await server.stop();
      await driver.close();
      await plain.close();
    }
  });
}

runMain('bench:row-shape', main);
