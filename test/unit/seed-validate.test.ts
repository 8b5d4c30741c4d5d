import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir, SeedValidationError } from '../../src/write/seed/read-source-dir';
import { formatProblem, validateAcrossBundles, validateSeed, type SeedProblem } from '../../src/write/seed/validate';

const PARIS_DIR = path.join(SEED_DIR, 'paris-security-guarantees');
const FIXTURE_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'second-source');
const sourceText = fs.readFileSync(path.join(PARIS_DIR, 'source.txt'), 'utf8');
const factsYaml = fs.readFileSync(path.join(PARIS_DIR, 'facts.yaml'), 'utf8');

function validate(yaml: string, text = sourceText) {
  return validateSeed({ dir: PARIS_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText: text, factsYaml: yaml });
}

/** The real facts file with one edit made through the YAML document (comments and all kept). */
function edited(edit: (document: YAML.Document) => void): string {
  const document = YAML.parseDocument(factsYaml);
  edit(document);
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function indexOfKey(document: YAML.Document, section: string, key: string): number {
  const items = (document.toJS() as Record<string, { key: string }[]>)[section] ?? [];
  const index = items.findIndex((item) => item.key === key);
  if (index < 0) throw new Error(`${section} has no ${key}`);
  return index;
}

const messages = (problems: SeedProblem[]) => problems.map(formatProblem);

describe('validating the seed', () => {
  it('accepts the real facts file with zero problems', () => {
    const { problems, bundle } = validate(factsYaml);
    expect(messages(problems)).toEqual([]);
    expect(bundle?.source.key).toBe('ap-paris-security-guarantees');
  });

  it('reads seed/ as a parent directory of sources, and the test fixture as a single source', () => {
    expect(readSourceDir(SEED_DIR).map((bundle) => bundle.source.key)).toEqual(['ap-paris-security-guarantees']);
    expect(readSourceDir(FIXTURE_DIR).map((bundle) => bundle.source.key)).toEqual(['test-fixture-second-source']);
  });

  it('finds no clash between the seed and the second (fixture) source', () => {
    const bundles = [...readSourceDir(SEED_DIR), ...readSourceDir(FIXTURE_DIR)];
    expect(validateAcrossBundles(bundles)).toEqual([]);
  });

  it('names the fact and the expected and actual text when an offset is broken', () => {
    let quote = '';
    let start = 0;
    let end = 0;
    const yaml = edited((document) => {
      const index = indexOfKey(document, 'commitments', 'gb-fr-military-centers-and-weapons-storage');
      const span = document.getIn(['commitments', index, 'evidence', 0]) as YAML.YAMLMap;
      quote = String(span.get('quote'));
      start = Number(span.get('start')) + 1;
      end = Number(span.get('end'));
      span.set('start', start);
    });
    const { problems, bundle } = validate(yaml);
    expect(bundle).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems as [SeedProblem];
    expect(problem.file).toBe('facts.yaml');
    expect(problem.fact).toBe('Commitment "gb-fr-military-centers-and-weapons-storage"');
    expect(problem.message).toContain(`expected (source text) "${sourceText.substring(start, end)}"`);
    expect(problem.message).toContain(`actual (quote) "${quote}"`);
    expect(problem.message).toContain(`the quote occurs in the source at ${start - 1}-${end}`);
  });

  it('rejects a quote that is not the source text, and an offset beyond the end of the source', () => {
    const yaml = edited((document) => {
      const gb = indexOfKey(document, 'countries', 'GB');
      document.setIn(['countries', gb, 'evidence', 0, 'quote'], 'British Prime Minister Boris');
      const ua = indexOfKey(document, 'countries', 'UA');
      document.setIn(['countries', ua, 'evidence', 0, 'end'], sourceText.length + 5);
    });
    const found = messages(validate(yaml).problems);
    expect(found).toEqual([
      expect.stringMatching(/Country "UA": evidence\[0\] \(73-\d+\): end is beyond the end of the source/),
      expect.stringMatching(
        /Country "GB": .*expected \(source text\) "British Prime Minister Keir Starmer", actual \(quote\) "British Prime Minister Boris".*does not occur/,
      ),
    ]);
  });

  it('names a dangling reference', () => {
    const yaml = edited((document) => {
      const index = indexOfKey(document, 'commitments', 'gb-fr-military-centers-and-weapons-storage');
      (document.getIn(['commitments', index, 'pledgers']) as YAML.YAMLSeq).add('country:DE');
    });
    const { problems } = validate(yaml);
    expect(problems).toEqual([
      {
        file: 'facts.yaml',
        fact: 'Commitment "gb-fr-military-centers-and-weapons-storage"',
        message: 'pledgers: dangling reference "country:DE": no Country with key "DE" is declared in this file (section "countries")',
      },
    ]);
  });

  it('rejects a reference to a label the field may not point to, and an untyped one where several labels are allowed', () => {
    const yaml = edited((document) => {
      const index = indexOfKey(document, 'commitments', 'multi-level-security-guarantees');
      (document.getIn(['commitments', index, 'pledgers']) as YAML.YAMLSeq).add('person:keir-starmer');
      (document.getIn(['commitments', index, 'pledgers']) as YAML.YAMLSeq).add('GB');
    });
    const found = messages(validate(yaml).problems);
    expect(found).toEqual([
      expect.stringContaining('pledgers: reference "person:keir-starmer" points to a Person, but pledgers may only point to: country, organization'),
      expect.stringContaining('reference "GB" in pledgers must say which label it points to (country:<key>, organization:<key>)'),
    ]);
  });

  it('rejects duplicate keys within a label, but allows the same key under two labels', () => {
    const yaml = edited((document) => {
      const countries = document.get('countries') as YAML.YAMLSeq;
      countries.add(document.createNode({ key: 'GB', name: 'Britain', evidence: [{ start: 2018, end: 2025, quote: 'Britain' }] }));
    });
    const found = messages(validate(yaml).problems);
    expect(found).toEqual([expect.stringMatching(/^facts\.yaml: Country "GB": duplicate key: countries\[6\] has the same key as countries\[2\]/)]);
    // Keys are unique per label: "ceasefire-monitoring-and-verification" is both a Commitment and a Capability.
    const parsed = YAML.parse(factsYaml) as Record<string, { key: string }[]>;
    expect(parsed.commitments?.map((c) => c.key)).toContain('ceasefire-monitoring-and-verification');
    expect(parsed.capabilities?.map((c) => c.key)).toContain('ceasefire-monitoring-and-verification');
  });

  it('reports schema problems with the fact they belong to, and every problem at once', () => {
    const yaml = edited((document) => {
      const commitment = indexOfKey(document, 'commitments', 'long-term-military-assistance');
      document.setIn(['commitments', commitment, 'stage'], 'SIGNED');
      const statement = indexOfKey(document, 'statements', 'macron-significant-step');
      document.setIn(['statements', statement, 'text'], 'a giant leap');
      const domain = indexOfKey(document, 'domains', 'land');
      document.setIn(['domains', domain, 'colour'], 'green');
      const leadership = indexOfKey(document, 'domainLeaderships', 'land-leadership');
      document.setIn(['domainLeaderships', leadership, 'disclosed'], true);
      document.setIn(['source', 'sha256'], '0'.repeat(64));
    });
    const found = messages(validate(yaml).problems);
    expect(found).toHaveLength(5);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Commitment "long-term-military-assistance": commitments\[1\]\.stage: .*AGREED_IN_PRINCIPLE/),
        expect.stringContaining('Statement "macron-significant-step": text "a giant leap" does not occur in any of its evidence quotes'),
        expect.stringContaining('Domain "land": domains[0]: unknown field(s) "colour"'),
        expect.stringContaining('DomainLeadership "land-leadership": disclosed is true but no leads are listed'),
        expect.stringMatching(/^source\.txt: sha256 differs .*expected 0{64}, actual fde6/),
      ]),
    );
  });

  it('refuses a source with characters outside the BMP, where JavaScript and Cypher offsets disagree', () => {
    const fixture = fs.readFileSync(path.join(FIXTURE_DIR, 'facts.yaml'), 'utf8');
    const text = fs.readFileSync(path.join(FIXTURE_DIR, 'source.txt'), 'utf8');
    const ok = validateSeed({ dir: FIXTURE_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText: text, factsYaml: fixture });
    expect(ok.problems).toEqual([]);
    const emoji = validateSeed({ dir: FIXTURE_DIR, sourceFile: 'source.txt', factsFile: 'facts.yaml', sourceText: `${text}\u{1F600}`, factsYaml: fixture });
    expect(messages(emoji.problems)).toEqual([expect.stringContaining('source.txt: contains a character outside the Basic Multilingual Plane')]);
  });

  it('refuses a source with a lone surrogate or a control character, naming the character and its offset', () => {
    const lone = validate(factsYaml.replace(/\n {2}sha256: .*\n/, '\n'), `${sourceText}\uD83D`);
    expect(messages(lone.problems)).toEqual([
      `source.txt: contains a lone surrogate (half of a UTF-16 pair, not a character), U+D83D, at offset ${sourceText.length}; only tab, line feed and carriage return are allowed among control characters, and text must be well-formed UTF-16`,
    ]);
    const trailing = validate(factsYaml.replace(/\n {2}sha256: .*\n/, '\n'), `${sourceText}\uDE00`);
    expect(messages(trailing.problems)).toEqual([expect.stringContaining('contains a lone surrogate (half of a UTF-16 pair, not a character), U+DE00')]);
    const bell = validate(factsYaml.replace(/\n {2}sha256: .*\n/, '\n'), `${sourceText}\u0007`);
    expect(messages(bell.problems)).toEqual([expect.stringContaining('source.txt: contains a control character, U+0007')]);
    const allowed = validate(factsYaml.replace(/\n {2}sha256: .*\n/, '\n'), `${sourceText}\t\r\n`);
    expect(allowed.problems).toEqual([]);
  });

  it('refuses a source longer than MAX_SOURCE_CHARS, as ingestSource does, so the cost of Source.text holds for seeded sources too', () => {
    const long = validate(factsYaml.replace(/\n {2}sha256: .*\n/, '\n'), sourceText + ' '.repeat(60_001 - sourceText.length));
    expect(messages(long.problems)).toEqual(['source.txt: is 60001 characters long; at most 60000 (MAX_SOURCE_CHARS) are accepted']);
  });

  it('refuses fact strings past their maximum length or with forbidden characters, naming the field', () => {
    const yaml = edited((document) => {
      const commitment = indexOfKey(document, 'commitments', 'long-term-military-assistance');
      document.setIn(['commitments', commitment, 'summary'], 'x'.repeat(5001));
      const domain = indexOfKey(document, 'domains', 'land');
      document.setIn(['domains', domain, 'name'], 'L'.repeat(1001));
      const country = indexOfKey(document, 'countries', 'GB');
      document.setIn(['countries', country, 'name'], 'United \uD800Kingdom');
      const person = indexOfKey(document, 'people', 'keir-starmer');
      document.setIn(['people', person, 'key'], 'k'.repeat(201));
    });
    const found = messages(validate(yaml).problems);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Commitment "long-term-military-assistance": commitments\[\d+\]\.summary: must be at most 5000 characters/),
        expect.stringMatching(/Domain "land": domains\[\d+\]\.name: must be at most 1000 characters/),
        expect.stringMatching(/Country "GB": countries\[\d+\]\.name: contains a lone surrogate .*U\+D800, at offset 7/),
        expect.stringMatching(/people\[\d+\]\.key: .*200/),
      ]),
    );
  });

  it('refuses an evidence quote longer than 1,000 characters', () => {
    const yaml = edited((document) => {
      const country = indexOfKey(document, 'countries', 'GB');
      document.setIn(['countries', country, 'evidence', 0], document.createNode({ start: 0, end: 1001, quote: sourceText.slice(0, 1001) }));
    });
    expect(messages(validate(yaml).problems)).toEqual([expect.stringMatching(/Country "GB": countries\[\d+\]\.evidence\[0\]\.quote: .*1000 characters/)]);
  });

  it('reports YAML syntax errors instead of throwing', () => {
    const { problems } = validate('source: [unclosed\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^YAML: /);
  });

  it('throws a SeedValidationError naming every problem when reading a broken directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-seed-'));
    try {
      const source = path.join(dir, 'broken');
      fs.cpSync(PARIS_DIR, source, { recursive: true });
      const yaml = edited((document) => {
        const index = indexOfKey(document, 'commitments', 'gb-fr-military-centers-and-weapons-storage');
        (document.getIn(['commitments', index, 'pledgers']) as YAML.YAMLSeq).add('country:DE');
        document.setIn(['countries', 0, 'evidence', 0, 'start'], 74);
      });
      fs.writeFileSync(path.join(source, 'facts.yaml'), yaml);
      let error: unknown;
      try {
        readSourceDir(dir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SeedValidationError);
      const { message, problems } = error as SeedValidationError;
      expect(problems).toHaveLength(2);
      expect(message).toContain('2 problems); nothing was written');
      expect(message).toContain(`${path.join(source, 'facts.yaml')}: Country "UA": evidence[0] (74-80)`);
      expect(message).toContain('dangling reference "country:DE"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('flags the same fact declared by two sources with different properties', () => {
    const [paris] = readSourceDir(SEED_DIR);
    const [fixture] = readSourceDir(FIXTURE_DIR);
    const renamed = structuredClone(fixture!);
    renamed.facts.countries[0]!.name = 'Ukraina';
    const found = validateAcrossBundles([paris!, renamed]).map(formatProblem);
    expect(found).toEqual([expect.stringContaining('Country "UA": is also declared in')]);
    expect(validateAcrossBundles([paris!, paris!]).map(formatProblem)).toEqual([
      expect.stringContaining('source key "ap-paris-security-guarantees" is already used'),
    ]);
  });
});
