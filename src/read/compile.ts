/**
 * The one Cypher compiler of reads: a node's row and what is read along with it (nested COLLECT
 * subqueries), a page of a root list, and the fall-back batch of one walk. Values travel as
 * parameters; the only other text is a label or relationship type of the model (traversals.ts),
 * a checked property name or a checked response name.
 */
import { cypherInt, type CypherInt } from '../neo4j/values';
import { label, type NodeLabel } from '../model/graph';
import type { Page } from './pagination';
import type { AlongRead, ReadPlan, Walk } from './plan';
import { degreePattern, keyPage, reachesOnce, TRAVERSALS, walk as walkPattern } from './traversals';
import { orderText } from './order';
import { FACETS, type CountedLabel, type Dimension, type FacetRead } from './facets';
import { compiledOnce } from './cypher-cache';

/** A query and its parameters, as a repository runs it (and unit tests inspect it). */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}

/** A projection and the parameters it refers to. */
interface Compiled {
  text: string;
  params: Record<string, unknown>;
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const RESPONSE_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const SOURCE_PROPERTIES = ['title', 'publisher', 'dateline', 'sha256'];

/**
 * The row of the node bound to `variable`: its properties (only those the plan names, when it
 * names them), its label (= GraphQL type name), and under `related` what the plan reads along
 * (an evidence's source too: `Evidence.source` is a walk like any other). A Source's full text stays out: answers quote
 * evidence from many sources and rarely want whole documents (`Loaders.sourceText` reads it).
 */
export function nodeRow(variable: string, plan?: ReadPlan): Compiled {
  const along = (plan?.along ?? []).map((read, index) => alongEntry(variable, read, index, plan!));
  const related = along.length > 0 ? [`related: {${along.map(({ text }) => text).join(', ')}}`] : [];
  return { text: projection(variable, plan, related), params: Object.assign({}, ...along.map(({ params }) => params)) as Record<string, unknown> };
}

function projection(v: string, plan: ReadPlan | undefined, entries: readonly string[]): string {
  const extra = entries.map((entry) => `, ${entry}`).join('');
  const [only] = plan?.labels ?? [];
  const properties = plan?.labels.length === 1 ? plan.properties : undefined;
  if (only && properties) {
    if (only === 'Source')
      return sourceRow(
        v,
        properties.filter((name) => name !== 'text'),
        extra,
      );
    return `${v} {${propertyList(properties)}, label: '${labelName(only)}'${extra}}`;
  }
  return [`CASE WHEN ${v}:Source THEN ${sourceRow(v)}`, `ELSE ${v} {.*, label: labels(${v})[0]${extra}} END`].join(' ');
}

/** `.key, .name, …`: property names are checked and quoted, never taken as they come. */
function propertyList(properties: readonly string[]): string {
  const names = ['key', ...properties.filter((property) => property !== 'key')];
  for (const name of names) if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  return names.map((name) => `.\`${name}\``).join(', ');
}

const sourceRow = (v: string, properties: readonly string[] = SOURCE_PROPERTIES, extra = '') => `${v} {${propertyList(properties)}, label: 'Source'${extra}}`;

/** A label of the model, checked, as a string literal's content. */
const labelName = (name: Parameters<typeof label>[0]): string => label(name).slice(1, -1);

/**
 * One field read along, under its response name: its walk, or where nodes of different labels
 * walk differently, each label's walk (`CASE`); a node no walk starts from gets null.
 */
function alongEntry(from: string, read: AlongRead, index: number, plan: ReadPlan): Compiled {
  if (!RESPONSE_NAME.test(read.as)) throw new Error(`not a response name: ${read.as}`);
  const walks = read.walks.map((walk, w) => {
    for (const start of [TRAVERSALS[walk.traversal].from, ...(walk.from ?? [])]) {
      if (!plan.labels.includes(start)) throw new Error(`${walk.traversal} does not start where ${plan.labels.join('|')} nodes are`);
    }
    const to = read.walks.length === 1 ? `${from}_${index}` : `${from}_${index}w${w}`;
    return walkEntry(from, to, walk, { offset: `${to}_offset`, first: `${to}_first` });
  });
  const [only] = read.walks;
  const text =
    read.walks.length === 1 && only?.from === null
      ? walks[0]!.text
      : `CASE ${read.walks.map((walk, w) => `WHEN ${from}:${(walk.from ?? plan.labels).map(label).join('|')} THEN ${walks[w]!.text}`).join(' ')} END`;
  return { text: `\`${read.as}\`: ${text}`, params: Object.assign({}, ...walks.map(({ params }) => params)) as Record<string, unknown> };
}

/**
 * The nodes a walk reaches from `from`, bound to `to`, in the traversal's order: a window of
 * them (`{total, rows}`, total null unless asked, rows empty when nothing shows them) or all of
 * them (a list). Each is reached once: DISTINCT where the pattern has more than one hop, the only
 * place a node can be reached twice. A page in a key-paged traversal's own order is read from its
 * relationship index (traversals.ts `keyPage`) and counted from the degree, never by walking it all.
 */
function walkEntry(from: string, to: string, walk: Walk, windowNames: { offset: string; first: string }): Compiled {
  const { pattern, order: ownOrder } = walkPattern(walk.traversal, from, to);
  const order = pagedOrder(walk.plan.labels, walk.page, to, ownOrder);
  const distinct = reachesOnce(walk.traversal) ? '' : 'DISTINCT ';
  const row = nodeRow(to, walk.plan);
  const { page } = walk;
  const skipLimit = page ? ` SKIP $${windowNames.offset} LIMIT $${windowNames.first}` : '';
  // The row is projected inside the subquery, where the properties its order read are still cached.
  const rows = `COLLECT { MATCH ${pattern} WITH ${distinct}${to} ORDER BY ${order}${skipLimit} RETURN ${row.text} AS ${to} }`;
  if (!page) return { text: rows, params: row.params };
  const degree = degreePattern(walk.traversal, from);
  const count = degree ? `COUNT { ${degree} }` : `COUNT { MATCH ${pattern} RETURN ${distinct}${to} }`;
  const total = walk.withTotal ? count : 'null';
  if (walk.skipRows) return { text: `{total: ${total}, rows: []}`, params: {} };
  const window = { ...row.params, [windowNames.offset]: cypherInt(page.offset), [windowNames.first]: cypherInt(page.first) };
  const indexed = page.order ? null : keyPage(walk.traversal, from, to);
  if (indexed) {
    const { pattern: inIndex, order: indexOrder, carried } = indexed;
    return {
      text: `{total: ${total}, rows: COLLECT { MATCH ${inIndex} WITH ${to}, ${carried} ORDER BY ${indexOrder}${skipLimit} RETURN ${row.text} AS ${to} }}`,
      params: window,
    };
  }
  if (!walk.withTotal) return { text: `{total: null, rows: ${rows}}`, params: window };
  // Counted and paged from one walk: its nodes in order (references only), counted, then the window projected.
  const all = `${to}_all`;
  const ordered = `COLLECT { MATCH ${pattern} WITH ${distinct}${to} ORDER BY ${order} RETURN ${to} }`;
  const windowed = `${all}[$${windowNames.offset}..$${windowNames.offset} + $${windowNames.first}]`;
  return { text: `[${all} IN [${ordered}] | {total: size(${all}), rows: [${to} IN ${windowed} | ${row.text}]}][0]`, params: window };
}

/**
 * The fall-back read of one walk for a batch of nodes (`$keys`), when their parents weren't read
 * with it: the same walk, window and row as when read along, one round trip for the batch.
 */
export function walkQuery(walk: Walk, keys: readonly string[]): CypherQuery {
  const { text, params } = compiledOnce('walk', walk, [], () => {
    const entry = walkEntry('n', 'm', walk, { offset: 'offset', first: 'first' });
    return {
      text: ['UNWIND $keys AS key', `MATCH (n:${label(TRAVERSALS[walk.traversal].from)} {key: key})`, `RETURN key, ${entry.text} AS read`].join('\n'),
      params: entry.params,
    };
  });
  return { query: text, params: { keys, ...params } };
}

/** Nodes of one label by key (`$keys`), each read with what `plan` asks. */
export function nodesByKeyQuery(nodeLabel: Parameters<typeof label>[0], keys: readonly string[], plan?: ReadPlan): CypherQuery {
  const compile = (): Compiled => {
    const row = nodeRow('n', plan);
    return { text: `UNWIND $keys AS key MATCH (n:${label(nodeLabel)} {key: key}) RETURN key, ${row.text} AS node`, params: row.params };
  };
  const { text, params } = plan ? compiledOnce('byKey', plan, [nodeLabel], compile) : compile();
  return { query: text, params: { keys, ...params } };
}

/**
 * How a page's `match` is run: `twice`, once to count and once for the page (a label's count
 * comes from the count store), or `once`, its nodes collected, counted and paged from the
 * collection (a full-text query, which would otherwise search the index twice).
 */
export type MatchRuns = 'twice' | 'once';

/**
 * One page of the nodes `match` binds to `n`, and how many there are, in one round trip, each
 * read with what `plan` asks (expects `$offset`, `$first`: see `pageParams`). `indexedBy`
 * (order.ts `indexedOrderPredicates`) is added where the page is read, not where it is counted,
 * which a label's count store answers.
 */
export function pageQuery(match: string, order: string, plan?: ReadPlan, runs: MatchRuns = 'twice', indexedBy: readonly string[] = []): Compiled {
  const compile = () => compilePage(match, order, plan, runs, indexedBy);
  return plan ? compiledOnce('page', plan, [match, order, runs, ...indexedBy], compile) : compile();
}

/** `pageQuery` compiled afresh, past the cache (bench/compile-cost.ts measures what the cache saves). */
export function compilePage(match: string, order: string, plan?: ReadPlan, runs: MatchRuns = 'twice', indexedBy: readonly string[] = []): Compiled {
  const row = nodeRow('n', plan);
  const sorted = `WITH n ORDER BY ${order} SKIP $offset LIMIT $first`;
  const inIndexOrder = runs === 'twice' && indexedBy.length > 0 ? `${match} WITH n WHERE ${indexedBy.join(' AND ')}` : match;
  // A row holding a counted page projected where the page is sorted makes Neo4j 5.26 read the
  // sort's properties again (its cached ones unused): such rows are projected after the sort.
  const [page, projected] =
    plan && holdsCountedPage(plan)
      ? [`${sorted} RETURN collect(n) AS page`, [`CALL (page) { UNWIND page AS n RETURN collect(${row.text}) AS rows }`]]
      : [`${sorted} RETURN collect(${row.text}) AS rows`, []];
  const text =
    runs === 'once'
      ? [
          `CALL () { ${match} RETURN collect(n) AS matched }`,
          `CALL (matched) { UNWIND matched AS n ${page} }`,
          ...projected,
          'RETURN size(matched) AS total, rows',
        ]
      : [`CALL () { ${match} RETURN count(n) AS total }`, `CALL () { ${inIndexOrder} ${page} }`, ...projected, 'RETURN total, rows'];
  return { text: text.join('\n'), params: row.params };
}

/** Whether a node read with `plan` reads a counted page (`walkEntry`'s one walk) anywhere below it. */
const holdsCountedPage = (plan: ReadPlan): boolean =>
  plan.along.some(({ walks }) => walks.some((walk) => (walk.page && walk.withTotal && !walk.skipRows) || holdsCountedPage(walk.plan)));

/** SKIP and LIMIT need Cypher integers; the driver sends plain numbers as floats. */
export function pageParams({ offset, first }: Page): { offset: CypherInt; first: CypherInt } {
  return { offset: cypherInt(offset), first: cypherInt(first) };
}

/**
 * The ORDER BY text of a page of nodes of `labels` bound to `node`: the order the page asks for
 * (src/read/order.ts: model properties, the key last), else the list's own `fallback`.
 */
export function pagedOrder(labels: readonly NodeLabel[], page: Page | undefined, node: string, fallback: string): string {
  if (!page?.order) return fallback;
  const [only, ...more] = labels;
  if (!only || more.length > 0) throw new Error(`a list of ${labels.join('|')} has no orderBy`);
  return orderText(only, page.order, node);
}

/**
 * The size of the set `match` binds to `n` and the facets `reads` ask of it, in one round trip:
 * one subquery per facet over the same match (so counted with the same filter as the list), each
 * group counting distinct nodes, largest group first (then value or key); a node facet's first
 * `first` groups, each node read with what its plan asks.
 */
export function facetsQuery(match: string, counted: CountedLabel, reads: readonly FacetRead[]): Compiled {
  const dimensions: Readonly<Record<string, Dimension>> = FACETS[counted];
  const parts = reads.map((read, index) => {
    const dimension = dimensions[read.dimension];
    if (!dimension) throw new Error(`${counted} has no facet ${read.dimension}`);
    if (!RESPONSE_NAME.test(read.as)) throw new Error(`not a response name: ${read.as}`);
    return { as: read.as, ...facetPart(match, dimension, read, `f${index}`) };
  });
  return {
    text: [
      `CALL () { ${match} RETURN count(DISTINCT n) AS total }`,
      ...parts.map(({ text }) => text),
      `RETURN total, {${parts.map(({ as }, index) => `\`${as}\`: f${index}`).join(', ')}} AS groups`,
    ].join('\n'),
    params: Object.assign({}, ...parts.map(({ params }) => params)) as Record<string, unknown>,
  };
}

function facetPart(match: string, dimension: Dimension, read: FacetRead, name: string): Compiled {
  const counted = `CALL () { ${match} WITH DISTINCT n`;
  if (!('traversal' in dimension)) {
    const value = dimension.shown?.('n') ?? `n.\`${checkedProperty(dimension.property)}\``;
    return {
      text: `${counted} WITH ${value} AS value, count(n) AS count WHERE value IS NOT NULL WITH value, count ORDER BY count DESC, value RETURN collect({value: value, count: count}) AS ${name} }`,
      params: {},
    };
  }
  const { pattern } = walkPattern(dimension.traversal, 'n', name);
  if (!('nodes' in dimension)) {
    const value = `${name}.\`${checkedProperty(dimension.property)}\``;
    return {
      text: `${counted} MATCH ${pattern} WITH ${value} AS value, count(DISTINCT n) AS count WHERE value IS NOT NULL WITH value, count ORDER BY count DESC, value RETURN collect({value: value, count: count}) AS ${name} }`,
      params: {},
    };
  }
  const row = nodeRow(name, read.plan);
  return {
    text: `${counted} MATCH ${pattern} WITH ${name}, count(DISTINCT n) AS count ORDER BY count DESC, ${name}.key LIMIT $${name}_first RETURN collect({node: ${row.text}, count: count}) AS ${name} }`,
    params: { ...row.params, [`${name}_first`]: cypherInt(read.first ?? 10) },
  };
}

function checkedProperty(name: string): string {
  if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  return name;
}
