import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { MAX_SOURCE_PROPERTY_SPANS } from '../../src/model/limits';
import { buildIngestStatements } from '../../src/write/ingest-repository';
import { toSourceGraph } from '../../src/write/seed/graph';
import { SEED_DIR } from '../../src/write/seed/load';
import { formatProblem, validateSeed } from '../../src/write/seed/validate';

const PARIS_DIR = path.join(SEED_DIR, 'paris-security-guarantees');
const sourceText = fs.readFileSync(path.join(PARIS_DIR, 'source.txt'), 'utf8');
const factsYaml = fs.readFileSync(path.join(PARIS_DIR, 'facts.yaml'), 'utf8');

function span(quote: string) {
  const start = sourceText.indexOf(quote);
  if (start < 0) throw new Error(`not in the source: ${quote}`);
  return { start, end: start + quote.length, quote };
}

/** The seed's facts with its `source` section edited in place. */
function withSource(edit: (source: Record<string, unknown>) => void): string {
  const facts = YAML.parse(factsYaml) as { source: Record<string, unknown> };
  edit(facts.source);
  return YAML.stringify(facts);
}

function validate(yaml: string) {
  return validateSeed({ dir: PARIS_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText, factsYaml: yaml });
}

describe('the source as a fact: evidence for its publisher and dateline', () => {
  it('is cited in the seed: the byline "PARIS (AP) —" states both', () => {
    const { bundle, problems } = validate(factsYaml);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(bundle?.source.evidenceFor).toEqual({ publisher: [span('(AP)')], dateline: [span('PARIS')] });
    expect(bundle?.source.title).toBeNull();
  });

  it('names the source property whose span does not match the text', () => {
    const messages = validate(withSource((source) => (source.evidenceFor = { publisher: [{ ...span('(AP)'), quote: '(AFP)' }] }))).problems.map(formatProblem);
    expect(messages).toEqual([expect.stringContaining('facts.yaml: source.evidenceFor.publisher: evidence[0] (6-10): quote differs from the source text')]);
  });

  it('refuses evidence for a property without a value, or one a source does not have', () => {
    const messages = validate(
      withSource((source) => (source.evidenceFor = { title: [span('Basic Agreement')], sha256: [span('PARIS')], colour: [span('PARIS')] })),
    ).problems.map(formatProblem);
    expect(messages).toEqual([
      'facts.yaml: source.evidenceFor.title: cites evidence for a property that has no value',
      'facts.yaml: source.evidenceFor.sha256: a source has no property "sha256" its text can state (known: title, publisher, dateline)',
      'facts.yaml: source.evidenceFor.colour: a source has no property "colour" its text can state (known: title, publisher, dateline)',
    ]);
  });

  it(`caps the spans of one property at MAX_SOURCE_PROPERTY_SPANS (${MAX_SOURCE_PROPERTY_SPANS})`, () => {
    const words = ['PARIS', '(AP)', 'Paris', 'Ukraine', 'Russia', 'Tuesday'].map(span);
    expect(words).toHaveLength(MAX_SOURCE_PROPERTY_SPANS + 1);
    expect(validate(withSource((source) => (source.evidenceFor = { dateline: words.slice(0, MAX_SOURCE_PROPERTY_SPANS) }))).problems).toEqual([]);
    const messages = validate(withSource((source) => (source.evidenceFor = { dateline: words }))).problems.map(formatProblem);
    expect(messages).toEqual([expect.stringContaining(`source.evidenceFor.dateline: at most ${MAX_SOURCE_PROPERTY_SPANS} evidence spans per source property`)]);
  });

  it('becomes evidence of the source, linked by field after the spans are written and before uncited ones are pruned', () => {
    const { bundle } = validate(factsYaml);
    const graph = toSourceGraph(bundle!);
    const key = (quote: string) => `${graph.source.key}:${span(quote).start}-${span(quote).end}`;
    expect(graph.sourceEvidence).toEqual([
      { field: 'publisher', evidence: key('(AP)') },
      { field: 'dateline', evidence: key('PARIS') },
    ]);
    expect(graph.evidence.map((row) => row.key)).toEqual(expect.arrayContaining([key('(AP)'), key('PARIS')]));
    expect(graph.source).not.toHaveProperty('evidenceFor');

    const queries = buildIngestStatements([graph]).map(({ query }) => query);
    const at = (fragment: string) => queries.findIndex((query) => query.includes(fragment));
    const unlink = at('MATCH (:Source {key: source.key})-[r:EVIDENCED_BY]->');
    const link = at('MERGE (s)-[:EVIDENCED_BY {field: row.field}]->(e)');
    const write = at('MERGE (e:Evidence {key: row.key})');
    const prune = at('DETACH DELETE e');
    expect([unlink, write, link, prune].every((index) => index >= 0)).toBe(true);
    expect(unlink).toBeLessThan(prune);
    expect(write).toBeLessThan(link);
  });
});
