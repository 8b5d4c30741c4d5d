/**
 * The `delegations` section of facts files (issue 18, the attendance model): what the validator
 * accepts and refuses, and the rows a delegation becomes (its links, its claims, the count of its
 * unnamed delegates).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SEED_DIR } from '../../src/write/seed/load';
import { toSourceGraph } from '../../src/write/seed/graph';
import { formatProblem, validateSeed } from '../../src/write/seed/validate';

const PARIS_DIR = path.join(SEED_DIR, 'paris-security-guarantees');
const sourceText = fs.readFileSync(path.join(PARIS_DIR, 'source.txt'), 'utf8');
const factsYaml = fs.readFileSync(path.join(PARIS_DIR, 'facts.yaml'), 'utf8');

type Fact = Record<string, unknown> & { key: string };
type Facts = { delegations: Fact[]; events: Fact[]; people: Fact[] };

function span(quote: string) {
  const start = sourceText.indexOf(quote);
  if (start < 0) throw new Error(`not in the source: ${quote}`);
  return { start, end: start + quote.length, quote };
}

/** The seed's facts with its delegations (and anything else) edited as a curator would. */
function edited(edit: (facts: Facts) => void): string {
  const facts = YAML.parse(factsYaml) as Facts;
  edit(facts);
  return YAML.stringify(facts);
}

function delegation(facts: Facts, key: string): Fact {
  const found = facts.delegations.find((fact) => fact.key === key);
  if (!found) throw new Error(`the seed has no delegation ${key}`);
  return found;
}

function problems(yaml: string): string[] {
  return validateSeed({ dir: PARIS_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText, factsYaml: yaml }).problems.map(formatProblem);
}

function bundle(yaml: string) {
  const { bundle, problems } = validateSeed({ dir: PARIS_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText, factsYaml: yaml });
  if (!bundle) throw new Error(problems.map(formatProblem).join('\n'));
  return bundle;
}

describe('delegations in facts files', () => {
  it('accepts the seed: four delegations to the Paris meeting, none of them naming a delegate', () => {
    expect(problems(factsYaml)).toEqual([]);
    const facts = YAML.parse(factsYaml) as Facts;
    expect(facts.delegations.map(({ key, size, level, delegatesDisclosed }) => ({ key, size: size ?? null, level, delegatesDisclosed }))).toEqual([
      { key: 'paris-meeting-ca', size: null, level: 'leaders', delegatesDisclosed: false },
      { key: 'paris-meeting-us', size: 2, level: 'envoys', delegatesDisclosed: false },
      { key: 'paris-meeting-eu', size: null, level: 'senior officials', delegatesDisclosed: false },
      { key: 'paris-meeting-nato', size: null, level: 'senior officials', delegatesDisclosed: false },
    ]);
  });

  it('refuses a delegation of an actor the event does not list among its attendees', () => {
    const yaml = edited((facts) => {
      delegation(facts, 'paris-meeting-ca').actor = { ref: 'country:GB', evidence: [span('Britain and France')] };
    });
    expect(problems(yaml)).toEqual([
      'facts.yaml: Delegation "paris-meeting-ca": actor Country:GB is not among the attendees (attendedBy) of Event:paris-meeting; list it there too',
    ]);
  });

  it('refuses a second delegation of the same actor to the same event', () => {
    const yaml = edited((facts) => {
      facts.delegations.push({ ...delegation(facts, 'paris-meeting-us'), key: 'paris-meeting-us-again' });
    });
    expect(problems(yaml)).toEqual([
      'facts.yaml: Delegation "paris-meeting-us-again": Country:US already has a delegation to Event:paris-meeting: Delegation "paris-meeting-us"',
    ]);
  });

  it('refuses more named delegates than the size, and delegatesDisclosed without (all the) delegates', () => {
    const yaml = edited((facts) => {
      const us = delegation(facts, 'paris-meeting-us');
      us.delegatesDisclosed = true;
      us.delegates = [{ ref: 'steve-witkoff', evidence: [span('US Ambassador Steve Witkoff')] }];
      const eu = delegation(facts, 'paris-meeting-eu');
      eu.delegatesDisclosed = true;
      const nato = delegation(facts, 'paris-meeting-nato');
      nato.size = 1;
      nato.delegates = ['steve-witkoff', 'keir-starmer'];
    });
    expect(problems(yaml)).toEqual([
      'facts.yaml: Delegation "paris-meeting-us": delegatesDisclosed is true but only 1 of its 2 delegates are listed; set delegatesDisclosed: false',
      'facts.yaml: Delegation "paris-meeting-eu": delegatesDisclosed is true but no delegates are listed',
      'facts.yaml: Delegation "paris-meeting-nato": names 2 delegates but its size is 1',
    ]);
  });

  it('refuses delegates that are not people, an actor that is a person, and a delegation without event or delegatesDisclosed', () => {
    const yaml = edited((facts) => {
      const us = delegation(facts, 'paris-meeting-us');
      us.delegates = ['country:US'];
      const ca = delegation(facts, 'paris-meeting-ca');
      ca.actor = 'person:keir-starmer';
      const eu = delegation(facts, 'paris-meeting-eu');
      delete eu.event;
      delete eu.delegatesDisclosed;
    });
    expect(problems(yaml)).toEqual([
      'facts.yaml: Delegation "paris-meeting-eu": delegations[2].event: Invalid input',
      'facts.yaml: Delegation "paris-meeting-eu": delegations[2].delegatesDisclosed: Invalid input: expected boolean, received undefined',
      'facts.yaml: Delegation "paris-meeting-ca": actor: reference "person:keir-starmer" points to a Person, but actor may only point to: country, organization',
      'facts.yaml: Delegation "paris-meeting-us": delegates: reference "country:US" points to a Country, but delegates may only point to: person',
    ]);
  });

  it('names the claim of a delegation whose span does not match the source', () => {
    const yaml = edited((facts) => {
      delegation(facts, 'paris-meeting-us').evidenceFor = { size: [{ ...span('two U.S. envoys in person'), quote: 'three U.S. envoys in person' }] };
    });
    const messages = problems(yaml);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Delegation "paris-meeting-us": evidenceFor.size: evidence[0]');
    expect(messages[0]).toContain('quote differs from the source text');
  });

  it('becomes a node with its unnamed delegates counted, three links and a claim per link and judgement', () => {
    const graph = toSourceGraph(bundle(factsYaml));
    const rows = graph.nodes.find(({ label }) => label === 'Delegation')!.rows;
    expect(rows.map(({ props }) => props)).toEqual([
      { key: 'paris-meeting-ca', size: null, level: 'leaders', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null },
      { key: 'paris-meeting-us', size: 2, level: 'envoys', inPerson: true, delegatesDisclosed: false, unnamedDelegates: 2 },
      { key: 'paris-meeting-eu', size: null, level: 'senior officials', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null },
      { key: 'paris-meeting-nato', size: null, level: 'senior officials', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null },
    ]);
    const links = graph.relationships
      .filter(({ from }) => from === 'Delegation')
      .flatMap(({ type, rows }) => rows.map((row) => `${type} ${row.from} -> ${row.to}`));
    expect(links.sort()).toEqual(
      [
        'DELEGATION_TO paris-meeting-ca -> paris-meeting',
        'DELEGATION_TO paris-meeting-eu -> paris-meeting',
        'DELEGATION_TO paris-meeting-nato -> paris-meeting',
        'DELEGATION_TO paris-meeting-us -> paris-meeting',
        'SENT_BY paris-meeting-ca -> CA',
        'SENT_BY paris-meeting-eu -> eu',
        'SENT_BY paris-meeting-nato -> nato',
        'SENT_BY paris-meeting-us -> US',
      ].sort(),
    );
    const usClaims = graph.claims.filter(({ label, key }) => label === 'Delegation' && key === 'paris-meeting-us');
    expect(usClaims.map(({ field, own }) => `${field}${own ? '' : ' (fact evidence)'}`).sort()).toEqual(
      ['actor', 'delegatesDisclosed', 'event', 'inPerson', 'level', 'size'].sort(),
    );
  });

  it('counts a named delegate out of the unnamed ones', () => {
    // A test-only person: the article names no delegate, so the seed has none to count.
    const yaml = edited((facts) => {
      facts.people.push({ key: 'someone-named', name: 'US Ambassador', evidence: [span('US Ambassador')] });
      delegation(facts, 'paris-meeting-us').delegates = [{ ref: 'someone-named', evidence: [span('US Ambassador')] }];
    });
    const rows = toSourceGraph(bundle(yaml)).nodes.find(({ label }) => label === 'Delegation')!.rows;
    expect(rows.find(({ key }) => key === 'paris-meeting-us')?.props.unnamedDelegates).toBe(1);
  });
});
