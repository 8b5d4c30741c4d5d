/**
 * The attacks of `npm run bench:adversarial`: the worst requests that pass every documented limit.
 *
 * Generated ones are read off the schema the server serves (introspected), so they stay the worst
 * case when the schema changes: a beam search walks every list, connection and fragment hop from
 * the root fields within MAX_QUERY_DEPTH, ends in the text fields of the last type (and of the
 * objects it points to, such as `source { text }`), and keeps the chains that multiply most. Page
 * sizes (passed as variables) and the number of aliased copies are then raised as far as the cost
 * rule (src/limits/query-cost.ts, computed exactly as the server does), MAX_ALIASES and
 * MAX_TOKENS allow. Hand-written ones are the issue's (#11) and those no schema walk finds
 * (search with worst-case words). Every attack is checked by `checkAgainstLimits` before it is
 * returned: an attack over a limit is a bug of this file, never something the bench sends.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isNonNullType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_LIMITS, type Limits } from '../../src/config';
import { checkAgainstLimits, MAX_PAGE_SIZE, requestCost, type GraphqlRequest, type LimitVerdict } from './limit-check';

export interface Attack {
  name: string;
  /** What it does, in a few words (the table's second column). */
  description: string;
  request: GraphqlRequest;
  /** Copies sent at the same time. */
  parallel: number;
  verdict: LimitVerdict;
}

/** An attack that could not be built against this schema (e.g. a hand-written one after a rename). */
export interface SkippedAttack {
  name: string;
  reason: string;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

interface Hop {
  field: string;
  kind: 'connection' | 'list' | 'single' | 'fragment';
  /** Type reached: a connection's node type, a list's item type, a fragment's type condition. */
  to: Composite;
  /** Selection levels the hop takes (a connection: field, edges, node). */
  levels: number;
}

interface Chain {
  root: string;
  hops: Hop[];
  estimate: number;
}

/** Assumed length of a plain list, which the schema does not bound (the data does). */
const LIST_FAN_OUT = 8;
/** Assumed page size of a connection while searching; the real one is fitted to the cost limit. */
const CONNECTION_FAN_OUT = 20;
/** A `text` field (a source's whole article, a statement) weighs this many ordinary strings. */
const TEXT_WEIGHT = 40;
const BEAM_WIDTH = 400;
/** graphql-armor's depth rule counts a fragment spread as two levels above its fragment's fields. */
const SPREAD_LEVELS = 2;

const isComposite = (type: GraphQLNamedType): type is Composite => isObjectType(type) || isInterfaceType(type);

/** Arguments other than paging must all be optional for a hop to be walked without inventing input. */
function walkable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => ['first', 'after', 'last', 'before'].includes(arg.name) || !isNonNullType(arg.type));
}

/** `edges { node }` under the field's type: the node type, else undefined. */
function connectionNode(type: GraphQLNamedType): Composite | undefined {
  if (!isObjectType(type)) return undefined;
  const edges = type.getFields().edges;
  if (!edges) return undefined;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  const nodeType = node ? getNamedType(node.type) : undefined;
  return nodeType && isComposite(nodeType) ? nodeType : undefined;
}

function hopsFrom(schema: GraphQLSchema, type: Composite): Hop[] {
  const hops: Hop[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('__') || !walkable(field)) continue;
    const named = getNamedType(field.type);
    const node = connectionNode(named);
    if (node && field.args.some((arg) => arg.name === 'first')) hops.push({ field: field.name, kind: 'connection', to: node, levels: 3 });
    else if (isComposite(named)) {
      hops.push({ field: field.name, kind: isListType(getNullableType(field.type)) ? 'list' : 'single', to: named, levels: 1 });
    }
  }
  if (isAbstractType(type)) {
    for (const possible of schema.getPossibleTypes(type)) hops.push({ field: possible.name, kind: 'fragment', to: possible, levels: 1 });
  }
  return hops;
}

function fanOut(hop: Hop): number {
  return hop.kind === 'connection' ? CONNECTION_FAN_OUT : hop.kind === 'list' ? LIST_FAN_OUT : 1;
}

const stringLeaves = (type: Composite) =>
  Object.values(type.getFields()).filter(
    (field) => field.args.length === 0 && isScalarType(getNamedType(field.type)) && getNamedType(field.type).name === 'String',
  );

const leafWeight = (field: GraphQLField<unknown, unknown>) => (field.name === 'text' ? TEXT_WEIGHT : 1);

/** The text at the end of a chain: the type's strings and, one level down, those of the objects it points to. */
function payload(type: Composite, levelsLeft: number): { selection: string; weight: number; levels: number } {
  const own = stringLeaves(type);
  let selection = own.map((field) => field.name).join(' ');
  let weight = own.reduce((sum, field) => sum + leafWeight(field), 0);
  let levels = own.length > 0 ? 1 : 0;
  if (levelsLeft >= 2) {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (field.args.length > 0 || !isComposite(named) || isListType(getNullableType(field.type)) || connectionNode(named)) continue;
      const leaves = stringLeaves(named);
      if (leaves.length === 0) continue;
      selection += ` ${field.name} { ${leaves.map((leaf) => leaf.name).join(' ')} }`;
      weight += leaves.reduce((sum, leaf) => sum + leafWeight(leaf), 0);
      levels = 2;
    }
  }
  return { selection: selection || '__typename', weight: Math.max(weight, 1), levels: Math.max(levels, 1) };
}

/** Chains from the root fields, at most `depth` levels including their payload, most multiplying first. */
export function searchChains(schema: GraphQLSchema, depth: number): Chain[] {
  const query = schema.getQueryType();
  if (!query) return [];
  type State = Chain & { at: Composite; used: number };
  // States grouped by the levels they use, so chains are compared at equal depth (a connection hop takes three).
  const layers: State[][] = Array.from({ length: depth + 1 }, () => []);
  for (const hop of hopsFrom(schema, query)) {
    if (hop.kind === 'single' || hop.kind === 'fragment' || hop.levels > depth) continue;
    layers[hop.levels]!.push({ root: hop.field, hops: [hop], estimate: fanOut(hop), at: hop.to, used: hop.levels });
  }
  const complete: Chain[] = [];
  for (let used = 1; used <= depth; used++) {
    const beam = layers[used]!.sort((a, b) => b.estimate - a.estimate).slice(0, BEAM_WIDTH);
    for (const state of beam) {
      const end = payload(state.at, depth - state.used);
      if (state.used + end.levels <= depth) complete.push({ root: state.root, hops: state.hops, estimate: state.estimate * end.weight });
      for (const hop of hopsFrom(schema, state.at)) {
        const next = state.used + hop.levels;
        if (next + 1 > depth) continue;
        // A fragment straight after a fragment gains nothing.
        if (hop.kind === 'fragment' && state.hops.at(-1)?.kind === 'fragment') continue;
        layers[next]!.push({ root: state.root, hops: [...state.hops, hop], estimate: state.estimate * fanOut(hop), at: hop.to, used: next });
      }
    }
  }
  return complete.sort((a, b) => b.estimate - a.estimate);
}

interface Rendered {
  request: GraphqlRequest;
  copies: number;
  pageSizes: number[];
}

/**
 * The chain as a query: `copies` root copies (all but the first aliased), each page size a
 * variable. With `viaFragment`, everything under the first hop's node lives in one named fragment
 * spread in every copy.
 */
function render(chain: Chain, depth: number, copies: number, pageSizes: number[], viaFragment: boolean): Rendered {
  const variables: Record<string, number> = {};
  let connections = 0;
  const used = chain.hops.reduce((sum, hop) => sum + hop.levels, 0) + (viaFragment ? SPREAD_LEVELS : 0);
  const end = payload(chain.hops.at(-1)!.to, depth - used);
  const open = (hop: Hop): string => {
    if (hop.kind === 'fragment') return `... on ${hop.to.name} {`;
    if (hop.kind === 'connection') {
      const name = `p${connections}`;
      variables[name] = pageSizes[connections++] ?? 1;
      return `${hop.field}(first: $${name}) { edges { node {`;
    }
    return `${hop.field} {`;
  };
  const close = (hop: Hop) => (hop.kind === 'connection' ? '} } }' : '}');
  const nest = (hops: Hop[]) => `${hops.map(open).join(' ')} ${end.selection} ${[...hops].reverse().map(close).join(' ')}`;
  const [first, ...rest] = chain.hops;
  let body: string;
  let fragment = '';
  if (viaFragment && first!.kind === 'connection') {
    const head = open(first!);
    fragment = `\nfragment Chain on ${first!.to.name} { ${nest(rest)} }`;
    body = `${head} ...Chain ${close(first!)}`;
  } else {
    body = nest(chain.hops).trim();
  }
  const copiesText = Array.from({ length: copies }, (_, index) => (index === 0 ? body : `c${index}: ${body}`)).join('\n  ');
  const definitions = Object.keys(variables)
    .map((name) => `$${name}: Int`)
    .join(', ');
  const query = `query Attack${definitions ? `(${definitions})` : ''} {\n  ${copiesText}\n}${fragment}`;
  return { request: { query, variables }, copies, pageSizes: Object.values(variables) };
}

/**
 * Fits a chain to the limits: the most copies MAX_ALIASES allows (fewer if cost or tokens say
 * so), then page sizes as large as the cost rule allows, raised together and then one by one from
 * the top. Returns undefined if even one copy with pages of 1 is over a limit.
 */
function fit(
  schema: GraphQLSchema,
  chain: Chain,
  limits: Limits,
  depth: number,
  viaFragment: boolean,
): { rendered: Rendered; verdict: LimitVerdict; multiplier: number } | undefined {
  const connections = chain.hops.filter((hop) => hop.kind === 'connection').length;
  const lists = chain.hops.filter((hop) => hop.kind === 'list').length;
  let best: { rendered: Rendered; verdict: LimitVerdict; multiplier: number } | undefined;
  for (const copies of [limits.aliases + 1, Math.ceil((limits.aliases + 1) / 4), 1]) {
    const fits = (sizes: number[]) => requestCost(schema, render(chain, depth, copies, sizes, viaFragment).request, limits) <= limits.cost;
    if (!fits(Array(connections).fill(1))) continue;
    // Largest uniform page size, by bisection.
    let low = 1;
    let high = MAX_PAGE_SIZE;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(Array(connections).fill(middle))) low = middle;
      else high = middle - 1;
    }
    const sizes = Array<number>(connections).fill(low);
    for (let index = 0; index < connections; index++) {
      let up = MAX_PAGE_SIZE;
      let down = sizes[index]!;
      while (down < up) {
        const middle = Math.ceil((down + up) / 2);
        const trial = [...sizes];
        trial[index] = middle;
        if (fits(trial)) down = middle;
        else up = middle - 1;
      }
      sizes[index] = down;
    }
    const rendered = render(chain, depth, copies, sizes, viaFragment);
    const result = { rendered, verdict: checkAgainstLimits(schema, rendered.request, limits) };
    const multiplier = copies * sizes.reduce((product, size) => product * size, 1) * LIST_FAN_OUT ** lists;
    if (result.verdict.ok && (!best || multiplier > best.multiplier)) best = { ...result, multiplier };
  }
  return best;
}

function describeChain(chain: Chain, depth: number, viaFragment = false): string {
  const used = chain.hops.reduce((sum, hop) => sum + hop.levels, 0) + (viaFragment ? SPREAD_LEVELS : 0);
  const hops = [chain.root, ...chain.hops.slice(1).map((hop) => (hop.kind === 'fragment' ? `(${hop.to.name})` : hop.field))];
  return `${hops.join(' → ')} { ${payload(chain.hops.at(-1)!.to, depth - used).selection} }`;
}

/** The generated chain attacks: the best few chains (distinct root fields first), a fragment variant, and the worst in parallel. */
export function generatedAttacks(schema: GraphQLSchema, limits: Limits = DEFAULT_LIMITS, options: { chains?: number; parallel?: number } = {}): Attack[] {
  const wanted = options.chains ?? 3;
  const attacks: Attack[] = [];
  const fitted: Array<{ chain: Chain; rendered: Rendered; verdict: LimitVerdict; score: number }> = [];
  // The most promising chains of each root field, so the attacks come in through different doors.
  const perRoot = new Map<string, number>();
  const candidates = searchChains(schema, limits.depth).filter((chain) => {
    const seen = perRoot.get(chain.root) ?? 0;
    perRoot.set(chain.root, seen + 1);
    return seen < 12;
  });
  for (const chain of candidates) {
    const result = fit(schema, chain, limits, limits.depth, false);
    if (!result) continue;
    const end = payload(chain.hops.at(-1)!.to, limits.depth - chain.hops.reduce((sum, hop) => sum + hop.levels, 0));
    fitted.push({ chain, rendered: result.rendered, verdict: result.verdict, score: result.multiplier * end.weight });
  }
  fitted.sort((a, b) => b.score - a.score);
  const chosen: typeof fitted = [];
  const roots = new Set<string>();
  for (const candidate of fitted) {
    if (chosen.length >= wanted) break;
    if (roots.has(candidate.chain.root)) continue;
    roots.add(candidate.chain.root);
    chosen.push(candidate);
  }
  for (const [index, candidate] of chosen.entries()) {
    const { chain, rendered, verdict } = candidate;
    attacks.push({
      name: `chain-${index + 1}`,
      description: `${rendered.copies} × ${describeChain(chain, limits.depth)}, pages ${JSON.stringify(rendered.pageSizes)}`,
      request: rendered.request,
      parallel: 1,
      verdict,
    });
  }
  const worst = chosen[0];
  if (worst) {
    const viaFragment = searchChains(schema, limits.depth - SPREAD_LEVELS).find(
      (chain) => chain.hops[0]?.kind === 'connection' && chain.root === worst.chain.root,
    );
    const result = viaFragment && fit(schema, viaFragment, limits, limits.depth, true);
    if (viaFragment && result) {
      attacks.push({
        name: 'fragment-spreads',
        description: `one named fragment spread in ${result.rendered.copies} aliased copies: ${describeChain(viaFragment, limits.depth, true)}, pages ${JSON.stringify(result.rendered.pageSizes)}`,
        request: result.rendered.request,
        parallel: 1,
        verdict: result.verdict,
      });
    }
    const parallel = options.parallel ?? 4;
    attacks.push({ ...attacks[0]!, name: `chain-1 ×${parallel} parallel`, description: `chain-1, ${parallel} at once`, parallel });
  }
  return attacks;
}

/** The issue's hand-written attacks, and the ones a schema walk does not find; each skipped (with the reason) if it does not fit this schema or the limits. */
export function handWrittenAttacks(schema: GraphQLSchema, limits: Limits = DEFAULT_LIMITS): { attacks: Attack[]; skipped: SkippedAttack[] } {
  const attacks: Attack[] = [];
  const skipped: SkippedAttack[] = [];
  const add = (name: string, description: string, request: GraphqlRequest, parallel = 1) => {
    const verdict = checkAgainstLimits(schema, request, limits);
    if (verdict.ok) attacks.push({ name, description, request, parallel, verdict });
    else skipped.push({ name, reason: verdict.problems.join('; ') });
  };
  /** The request `build(n)` for the largest page `n` (1 to 100) whose cost stays within the limit. */
  const largestFitting = (build: (n: number) => GraphqlRequest): GraphqlRequest => {
    let n = 1;
    while (n < MAX_PAGE_SIZE && requestCost(schema, build(n + 1), limits) <= limits.cost) n += 1;
    return build(n);
  };
  // The issue's chain, in connections, as deep as the depth limit lets it go, its outer page as large as the cost allows.
  add(
    'issue-chain',
    "issue #11's chain commitments → evidence → source text and facts, as deep as the depth limit allows (pages of 10 below the outer page)",
    largestFitting((n) => ({
      query:
        'query($n: Int) { commitments(first: $n) { edges { node { evidence(first: 10) { edges { node { quote source { text } facts(first: 10) { edges { node { key ... on Statement { text } ... on Commitment { summary } } } } } } } } } } }',
      variables: { n },
    })),
  );
  // Aliases multiplying the biggest text field.
  const textCopies = Array.from({ length: limits.aliases + 1 }, (_, index) => `${index === 0 ? '' : `t${index}: `}text`).join(' ');
  add(
    'aliases-on-text',
    `Source.text ${limits.aliases + 1} times (${limits.aliases} aliases) on every source of a page`,
    largestFitting((n) => ({ query: `query($n: Int) { sources(first: $n) { edges { node { ${textCopies} } } } }`, variables: { n } })),
  );
  // Search: a word in nearly every span, the longest query allowed, each hit's facts and source text.
  const searchBody =
    'edges { node { matchedText node { ... on Evidence { quote source { text } facts { edges { node { key } } } } ... on Statement { text source { text } } ... on Commitment { summary evidence { edges { node { quote source { text } } } } } } } }';
  const search = (q: string) => (n: number) => ({
    query: `query($q: String!, $n: Int) { search(query: $q, first: $n) { totalCount ${searchBody} } }`,
    variables: { q, n },
  });
  add('search-common-word', 'search "the", the largest page the cost allows, each hit to its facts and source texts', largestFitting(search('the')));
  const words = 'the of and to in a is on for with by at as that from their will be it an'.split(' ');
  let long = '';
  for (let index = 0; (long + words[index % words.length]!).length < 200; index++) long += `${words[index % words.length]} `;
  add(
    'search-long-query',
    `search with ${long.trim().split(' ').length} common words (${long.trim().length} characters, the maximum 200)`,
    largestFitting(search(long.trim())),
  );
  // Big pages through variables, nested: as large as the cost rule allows.
  const bigPages = (a: number, b: number) => ({
    query:
      'query($a: Int, $b: Int) { countries(first: $a) { edges { node { name pledges(first: $b) { totalCount edges { node { summary evidence { edges { node { quote source { text } } } } } } } } } } }',
    variables: { a, b },
  });
  let pages = { a: 1, b: 1 };
  for (let a = 1; a <= MAX_PAGE_SIZE; a++) {
    for (let b = 1; b <= MAX_PAGE_SIZE && requestCost(schema, bigPages(a, b), limits) <= limits.cost; b++) {
      if (a * b > pages.a * pages.b) pages = { a, b };
    }
  }
  add(
    'big-pages-variables',
    `countries(first: $a = ${pages.a}) → pledges(first: $b = ${pages.b}) → evidence → source text: the largest pages the cost allows, in variables`,
    bigPages(pages.a, pages.b),
  );
  // Deep nesting through single objects and back into lists: speaker → statements → speaker …
  add('deep-nesting', 'depth 12: statements → speaker → statements → speaker → evidence', {
    query:
      '{ statements(first: 5) { edges { node { speaker { statements(first: 5) { edges { node { speaker { evidence { edges { node { quote } } } } } } } } } } } }',
  });
  return { attacks, skipped };
}
