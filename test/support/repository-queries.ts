import type { GraphClient } from '../../src/neo4j/client';
import { createRepositories, type Repositories } from '../../src/graphql/repositories';
import { NODE_LABELS } from '../../src/model/graph';
import { LIST_ORDER, type ListedLabel } from '../../src/read/node-repository';
import { targetLabel, TRAVERSALS, type TraversalName } from '../../src/read/traversals';
import type { ReadPlan, Walk } from '../../src/read/plan';

/** One Cypher query a read repository sends, captured with the parameters it sends it with. */
export interface CapturedQuery {
  name: string;
  query: string;
  params: Record<string, unknown>;
  /**
   * Why reading a whole label is this query's job (listing every node of a label, unfiltered),
   * so a label scan is the right anchor; undefined means an index seek must anchor it.
   */
  scanExpected?: string;
  /** The order of the unfiltered root page the query reads, which a range index serves (no sort of the whole label). */
  rootPage?: string;
}

/** Sample keys the captured queries are planned with (present in the synthetic graph). */
const SAMPLE_KEY: Record<string, string> = { Country: 'AA', Condition: 'syn-condition-ceasefire-or-settlement-1', Domain: 'syn-domain-land' };
const PAGE = { offset: 0, first: 20 };

/** A page of a traversal, counted, reading its nodes whole, with `along` walked from each of them. */
function pageWalk(name: TraversalName, along: readonly TraversalName[] = []): Walk {
  const end = targetLabel(name);
  const plan: ReadPlan = {
    labels: end ? [end] : [],
    along: along.map((other) => ({ as: other.slice(other.indexOf('.') + 1), walks: [pageWalk(other)] })),
  };
  return { from: null, traversal: name, page: PAGE, withTotal: true, plan };
}

/**
 * Every read query of the repositories (src/read, src/write), found by driving each repository
 * method through a GraphClient that records instead of running. No list to keep in sync: a new
 * traversal, label or filter of the API shows up here by itself.
 */
export async function captureRepositoryQueries(): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  let current: Omit<CapturedQuery, 'query' | 'params'> = { name: '' };
  const recorder: GraphClient = {
    counter: { queries: 0 },
    read: async (query, params = {}) => {
      captured.push({ ...current, query, params });
      return [];
    },
    write: async () => {
      throw new Error('read repositories never write');
    },
    readTransaction: async () => {
      throw new Error('read repositories send one query per read');
    },
    writeTransaction: async () => {
      throw new Error('read repositories never write');
    },
  };
  const repos: Repositories = createRepositories(recorder);
  const as = async (name: string, call: () => Promise<unknown>, scanExpected?: string, rootPage?: string) => {
    current = { name, scanExpected, rootPage };
    await call();
  };
  const key = (label: string) => SAMPLE_KEY[label] ?? 'syn-1-commitment-1';

  for (const label of NODE_LABELS) await as(`nodes.byKeys(${label})`, () => repos.nodes.byKeys(label, [key(label)]));
  for (const label of Object.keys(LIST_ORDER) as ListedLabel[]) {
    await as(`nodes.list(${label})`, () => repos.nodes.list(label, PAGE), undefined, 'in its own order');
  }
  await as('nodes.list(Organization, kind)', () => repos.nodes.list('Organization', PAGE, 'COALITION'));
  await as('nodes.list(Condition, kind)', () => repos.nodes.list('Condition', PAGE, 'CEASEFIRE_OR_SETTLEMENT'));
  await as('nodes.domainByName', () => repos.nodes.domainByName('land'), 'matches a key or a case-insensitive name: no index can answer toLower(name)');
  for (const name of Object.keys(TRAVERSALS) as TraversalName[]) {
    await as(`relations.related(${name})`, () => repos.relations.related(pageWalk(name), [key(TRAVERSALS[name].from)]));
    // The same walk read with every traversal that starts where it ends (a fact's evidence among them).
    const next = (Object.keys(TRAVERSALS) as TraversalName[]).filter((other) => TRAVERSALS[other].from === targetLabel(name));
    await as(`relations.related(${name}, read along)`, () => repos.relations.related(pageWalk(name, next), [key(TRAVERSALS[name].from)]));
  }
  await as('commitments.list()', () => repos.commitments.list({}, PAGE), undefined, 'in key order');
  const commitmentFilters = {
    pledger: 'AA',
    beneficiary: 'AA',
    domain: 'syn-domain-land',
    condition: 'syn-condition-ceasefire-or-settlement-1',
    conditionKind: 'CEASEFIRE_OR_SETTLEMENT',
    stage: 'AGREED_IN_PRINCIPLE',
  } as const;
  for (const [option, value] of Object.entries(commitmentFilters)) {
    await as(`commitments.list(${option})`, () => repos.commitments.list({ [option]: value }, PAGE));
  }
  await as('statements.list()', () => repos.statements.list({}, PAGE), undefined, 'in key order');
  await as('statements.list(speaker)', () => repos.statements.list({ speaker: 'AA' }, PAGE));
  await as('statements.list(kind)', () => repos.statements.list({ kind: 'PARAPHRASE' }, PAGE));
  await as('statements.list(text)', () => repos.statements.list({ text: 'pledge' }, PAGE));
  await as('search.search', () => repos.search.search('pledge', PAGE));
  return captured;
}
