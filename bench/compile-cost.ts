/**
 * npx tsx bench/compile-cost.ts [--calls 20000]
 *
 * What the compiled-Cypher cache (src/read/cypher-cache.ts) saves per request, without a database:
 * for each bench question whose root field is a page of a listed label, the plan its operation
 * makes (from the plan cache, as a request gets it), then the time of one root field's Cypher
 * compiled afresh (`compilePage`) against found in the cache (`pageQuery` with the same plan
 * object). Per call, in µs, median of 5 runs of `--calls` calls each; compare with the Node CPU per
 * request `npm run bench:levers` prints. CPU-bound and single-threaded: on a shared machine every
 * figure is inflated alike.
 */
import { parseArgs } from 'node:util';
import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../src/graphql/type-defs';
import type { ListedLabel } from '../src/model/graph';
import { compilePage, pageQuery } from '../src/read/compile';
import { LIST_ORDER } from '../src/read/node-repository';
import { cachedPlanAt } from '../src/read/plan-cache';
import { QUESTIONS } from './questions';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '20000' } } });
const calls = Number(values.calls);
const schema = buildSchema(loadTypeDefs().join('\n'));

/** The bench questions that are one page of a listed label, and the label. */
const ROOT_PAGES: [string, ListedLabel][] = [
  ['who-leads-each-country', 'Country'],
  ['which-nations-lead-which-domain', 'Domain'],
  ['what-are-the-priorities', 'Priority'],
  ['who-comes-last-by-name', 'Person'],
  ['how-many-pledges-per-country', 'Country'],
];

function microseconds(run: () => unknown): number {
  for (let i = 0; i < 2_000; i += 1) run();
  const runs = Array.from({ length: 5 }, () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) run();
    return Number(process.hrtime.bigint() - started) / calls / 1_000;
  }).sort((a, b) => a - b);
  return runs[2] as number;
}

process.stdout.write('| question | Cypher chars | compiled afresh µs | from the cache µs |\n|---|---:|---:|---:|\n');
for (const [name, label] of ROOT_PAGES) {
  const question = QUESTIONS.find((q) => q.name === name);
  if (!question) throw new Error(`no bench question ${name}`);
  const document = parse(question.pledgegraph.query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const root = operation?.selectionSet.selections[0] as FieldNode;
  const plan = cachedPlanAt(label, { fieldNodes: [root], fragments: {}, schema, variableValues: question.pledgegraph.variables }, ['edges', 'node']);
  const match = `MATCH (n:${label})`;
  const order = LIST_ORDER[label];
  const fresh = microseconds(() => compilePage(match, order, plan));
  const cached = microseconds(() => pageQuery(match, order, plan));
  process.stdout.write(`| ${name} | ${compilePage(match, order, plan).text.length} | ${fresh.toFixed(1)} | ${cached.toFixed(1)} |\n`);
}
