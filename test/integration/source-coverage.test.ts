/**
 * The source as a fact (its publisher and dateline with their evidence) and `Source.coverage`,
 * against the seed loaded into a real Neo4j; and docs/coverage.md held to what the API says
 * (the rule is written in its section "Coverage from the API").
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { coverageOf } from '../../src/read/coverage';
import { toSourceGraph } from '../../src/write/seed/graph';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir } from '../../src/write/seed/read-source-dir';
import { ingestSourceGraphs } from '../../src/write/ingest-repository';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { idOf } from '../support/curation';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver, graphClientFor } from '../support/neo4j';

jest.setTimeout(180_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  curator = await createTestApiKey('curator');
});
afterAll(() => api.stop());

const PARIS = 'ap-paris-security-guarantees';

interface Range {
  start: number;
  end: number;
  text: string;
}
interface RangePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Range }[];
}
interface Coverage {
  totalCharacters: number;
  citedCharacters: number;
  share: number;
}
interface SourceData {
  text: string;
  titleEvidence: { quote: string }[];
  publisherEvidence: { key: string; quote: string; start: number; end: number; source: { key: string } }[];
  datelineEvidence: { key: string; quote: string; start: number; end: number; source: { key: string } }[];
  coverage: Coverage & { cited: RangePage; uncited: RangePage };
}

const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { start end text } }';
const SOURCE = `query ($id: ID!, $first: Int, $citedAfter: String, $uncitedAfter: String) {
  node(id: $id) {
    ... on Source {
      text
      titleEvidence { quote }
      publisherEvidence { key quote start end source { key } }
      datelineEvidence { key quote start end source { key } }
      coverage {
        totalCharacters citedCharacters share
        cited(first: $first, after: $citedAfter) { ${PAGE} }
        uncited(first: $first, after: $uncitedAfter) { ${PAGE} }
      }
    }
  }
}`;

function send(query: string, variables: Record<string, unknown>, key?: string): Promise<GraphQLResponse> {
  return postGraphQL(api.url, { query, variables }, key ? { authorization: `Bearer ${key}` } : {});
}

async function source(key: string, variables: Record<string, unknown> = {}): Promise<SourceData> {
  const response = await send(SOURCE, { id: idOf('Source', key), first: 100, ...variables });
  expect(response.json?.errors).toBeUndefined();
  return (response.json?.data as { node: SourceData }).node;
}

/** Every range of a coverage list, page after page of `first`. */
async function allRanges(key: string, list: 'cited' | 'uncited', first: number): Promise<Range[]> {
  const ranges: Range[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page: RangePage = (await source(key, { first, [`${list}After`]: after })).coverage[list];
    ranges.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) {
      expect(ranges).toHaveLength(page.totalCount);
      return ranges;
    }
    after = page.pageInfo.endCursor;
  }
  throw new Error('the pages never end');
}

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** The source's paragraphs (non-blank lines), numbered from 1 as docs/coverage.md numbers them. */
function paragraphs(text: string): { number: number; start: number; end: number }[] {
  const found: { number: number; start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) found.push({ number: found.length + 1, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return found;
}

describe('the first source as a fact, and its coverage from the API', () => {
  it('gives the publisher and dateline with the byline words that state them, and no title', async () => {
    const paris = await source(PARIS);
    expect(paris.titleEvidence).toEqual([]);
    expect(paris.publisherEvidence).toEqual([{ key: `${PARIS}:6-10`, quote: '(AP)', start: 6, end: 10, source: { key: PARIS } }]);
    expect(paris.datelineEvidence).toEqual([{ key: `${PARIS}:0-5`, quote: 'PARIS', start: 0, end: 5, source: { key: PARIS } }]);
    for (const span of [...paris.publisherEvidence, ...paris.datelineEvidence]) expect(paris.text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('answers with the seed’s spans merged: ordered, disjoint ranges whose letters and digits add up to the total', async () => {
    const paris = await source(PARIS);
    const cited = await allRanges(PARIS, 'cited', 100);
    const uncited = await allRanges(PARIS, 'uncited', 100);

    const [bundle] = readSourceDir(SEED_DIR).filter((candidate) => candidate.source.key === PARIS);
    const expected = coverageOf(
      bundle!.source.text,
      toSourceGraph(bundle!).evidence.map(({ start, end }): [number, number] => [start, end]),
    );
    expect({ ...paris.coverage, cited, uncited }).toEqual({
      totalCharacters: expected.totalCharacters,
      citedCharacters: expected.citedCharacters,
      share: expected.share,
      cited: expected.cited,
      uncited: expected.uncited,
    });

    for (const range of [...cited, ...uncited]) expect(paris.text.slice(range.start, range.end)).toBe(range.text);
    cited.slice(1).forEach((range, index) => expect(range.start).toBeGreaterThan(cited[index]!.end));
    uncited.slice(1).forEach((range, index) => expect(range.start).toBeGreaterThan(uncited[index]!.end));
    for (const gap of uncited) expect(cited.some((range) => range.start < gap.end && gap.start < range.end)).toBe(false);
    const citedLetters = cited.reduce((sum, range) => sum + letters(range.text), 0);
    expect(citedLetters).toBe(paris.coverage.citedCharacters);
    expect(citedLetters + uncited.reduce((sum, range) => sum + letters(range.text), 0)).toBe(paris.coverage.totalCharacters);
    expect(paris.coverage.totalCharacters).toBe(letters(paris.text));
  });

  it('pages through the ranges with cursors: small pages give the same ranges as one big page', async () => {
    expect(await allRanges(PARIS, 'cited', 7)).toEqual(await allRanges(PARIS, 'cited', 100));
    expect(await allRanges(PARIS, 'uncited', 2)).toEqual(await allRanges(PARIS, 'uncited', 100));
    const refused = await send(SOURCE, { id: idOf('Source', PARIS), first: 101 });
    expect(errorCodes(refused)).toContain('BAD_USER_INPUT');
    expect(refused.text).toContain('`first` must be between 1 and 100');
  });

  it('agrees with docs/coverage.md, by the rule its section "Coverage from the API" states', async () => {
    const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'coverage.md'), 'utf8');
    const paris = await source(PARIS);
    const cited = await allRanges(PARIS, 'cited', 100);
    const uncited = await allRanges(PARIS, 'uncited', 100);
    const block = doc.slice(doc.indexOf('<!-- coverage-report:'), doc.indexOf('<!-- /coverage-report -->'));
    expect(block).not.toBe('');

    const stated = /Cited: \*\*(\d+\.\d)%\*\* of the article's letters and digits \((\d+) of (\d+)\)\./.exec(block);
    expect(stated?.slice(1)).toEqual([(paris.coverage.share * 100).toFixed(1), String(paris.coverage.citedCharacters), String(paris.coverage.totalCharacters)]);

    const listed = new Map([...block.matchAll(/^- ¶(\d+): (.*)$/gm)].map(([, number, words]) => [Number(number), words]));
    const fromApi = new Map<number, string>();
    const emptyOfCitations: number[] = [];
    for (const paragraph of paragraphs(paris.text)) {
      const inside = uncited.filter((range) => range.start >= paragraph.start && range.end <= paragraph.end);
      if (inside.length > 0) fromApi.set(paragraph.number, inside.map((range) => `“${range.text}”`).join(', '));
      if (!cited.some((range) => range.start < paragraph.end && paragraph.start < range.end)) emptyOfCitations.push(paragraph.number);
    }
    // Every uncited range lies in one paragraph.
    expect([...fromApi.values()].join(', ').split('”, “').length).toBe(uncited.length);
    expect(listed).toEqual(fromApi);

    const noClaim = [...doc.matchAll(/^\*\*¶(\d+) \(\d+-\d+\)\*\*.*no claim\.$/gm)].map(([, number]) => Number(number));
    expect(noClaim.length).toBeGreaterThan(0);
    expect(noClaim).toEqual(emptyOfCitations);
  });
});

const FIXTURE_KEY = 'test-fixture-coverage-byline';
const FIXTURE_TEXT =
  "KYIV (Fixture Wire) — TEST FIXTURE (invented for pledgegraph's coverage tests; not a news report). Canada will train deminers.\nA heading\n";
const at = (quote: string) => {
  const start = FIXTURE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the fixture: ${quote}`);
  return { start, end: start + quote.length, quote };
};
const FIXTURE_FACTS = JSON.stringify({
  source: {
    key: FIXTURE_KEY,
    publisher: 'Fixture Wire',
    dateline: 'Kyiv',
    evidenceFor: { publisher: [at('(Fixture Wire)')], dateline: [at('KYIV')] },
  },
  countries: [{ key: 'CA', name: 'Canada', evidence: [at('Canada')] }],
});
const INGEST = `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { nodesCreated relationshipsCreated } }`;

describe('a source ingested through curation', () => {
  it('takes evidence for its publisher and dateline, and a second send changes nothing', async () => {
    const first = await send(INGEST, { input: { text: FIXTURE_TEXT, facts: FIXTURE_FACTS } }, curator);
    expect(first.json?.errors).toBeUndefined();
    const fixture = await source(FIXTURE_KEY);
    expect(fixture.publisherEvidence.map(({ quote }) => quote)).toEqual(['(Fixture Wire)']);
    expect(fixture.datelineEvidence.map(({ quote }) => quote)).toEqual(['KYIV']);
    expect(fixture.coverage.cited.edges.map(({ node }) => node.text)).toEqual(['KYIV', '(Fixture Wire)', 'Canada']);
    expect(fixture.coverage.uncited.edges.map(({ node }) => node.text)).toEqual([
      "TEST FIXTURE (invented for pledgegraph's coverage tests; not a news report",
      'will train deminers',
      'A heading',
    ]);

    const again = await send(INGEST, { input: { text: FIXTURE_TEXT, facts: FIXTURE_FACTS } }, curator);
    expect(again.json?.data).toEqual({ ingestSource: { nodesCreated: 0, relationshipsCreated: 0 } });
  });

  it('refuses evidence for a publisher the source does not name, naming the property', async () => {
    const facts = JSON.parse(FIXTURE_FACTS) as { source: Record<string, unknown> };
    facts.source = { ...facts.source, key: 'test-fixture-coverage-no-publisher', publisher: null };
    const refused = await send(INGEST, { input: { text: FIXTURE_TEXT, facts: JSON.stringify(facts) } }, curator);
    expect(errorCodes(refused)).toContain('BAD_USER_INPUT');
    expect(refused.text).toContain('source.evidenceFor.publisher: cites evidence for a property that has no value');
  });

  it('counts as cited what a stage change cites, and not evidence nothing cites', async () => {
    await driver.executeQuery(
      `MATCH (s:Source {key: $source})
       CREATE (:StageChange {key: 'test-fixture-coverage-stage'})-[:EVIDENCED_BY]->(:Evidence {key: $cited.key, start: $cited.start, \`end\`: $cited.end, quote: $cited.quote})-[:IN]->(s)
       CREATE (:Evidence {key: $orphan.key, start: $orphan.start, \`end\`: $orphan.end, quote: $orphan.quote})-[:IN]->(s)`,
      {
        source: FIXTURE_KEY,
        cited: { key: `${FIXTURE_KEY}:stage`, ...at('will train deminers') },
        orphan: { key: `${FIXTURE_KEY}:orphan`, ...at('A heading') },
      },
    );
    const fixture = await source(FIXTURE_KEY);
    expect(fixture.coverage.cited.edges.map(({ node }) => node.text)).toEqual(['KYIV', '(Fixture Wire)', 'Canada', 'will train deminers']);
    expect(fixture.coverage.uncited.edges.map(({ node }) => node.text)).toEqual([
      "TEST FIXTURE (invented for pledgegraph's coverage tests; not a news report",
      'A heading',
    ]);
    expect(fixture.coverage.citedCharacters).toBe(letters('KYIV (Fixture Wire) Canada will train deminers'));
  });
});

describe('the seed loaded again with other words for its dateline', () => {
  it('replaces the link and prunes the span nothing cites any more; loading it once more changes nothing', async () => {
    const [bundle] = readSourceDir(SEED_DIR).filter((candidate) => candidate.source.key === PARIS);
    const byline = { start: 0, end: 12, quote: 'PARIS (AP) —' };
    expect(bundle!.source.text.slice(byline.start, byline.end)).toBe(byline.quote);
    const graph = toSourceGraph({ ...bundle!, source: { ...bundle!.source, evidenceFor: { ...bundle!.source.evidenceFor, dateline: [byline] } } });
    const spans = async () =>
      (
        await driver.executeQuery(
          'MATCH (e:Evidence)-[:IN]->(:Source {key: $key}) WHERE e.start = 0 RETURN e.key AS key, COLLECT { MATCH (e)<-[r:EVIDENCED_BY]-(:Source) RETURN r.field } AS fields ORDER BY key',
          { key: PARIS },
        )
      ).records.map((record) => [record.get('key'), record.get('fields')]);
    expect(await spans()).toEqual([[`${PARIS}:0-5`, ['dateline']]]);

    const changed = await ingestSourceGraphs(graphClientFor(driver), [graph]);
    expect(changed).toMatchObject({ nodesCreated: 1, nodesDeleted: 1, relationshipsDeleted: 2 });
    expect(await spans()).toEqual([[`${PARIS}:0-12`, ['dateline']]]);
    expect((await source(PARIS)).datelineEvidence.map(({ quote }) => quote)).toEqual(['PARIS (AP) —']);

    const again = await ingestSourceGraphs(graphClientFor(driver), [graph]);
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
  });
});
