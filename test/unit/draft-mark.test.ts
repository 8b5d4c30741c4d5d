import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { draftFacts, type DraftFacts } from '../../src/draft/draft';
import { checkDraft, writeDraftDir } from '../../src/draft/writer';
import { generateSyntheticBundles } from '../../src/synthetic/generate';
import { PROJECT_ROOT } from '../../src/project-root';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir, SeedValidationError } from '../../src/write/seed/read-source-dir';

const ARTICLE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'draft', 'article.txt');

/** Every evidence span of every drafted element. */
function spansOf(facts: DraftFacts): { id: string; start: number; end: number; quote: string }[] {
  return Object.entries(facts).flatMap(([section, value]) =>
    section === 'draft' || section === 'source' || !Array.isArray(value)
      ? []
      : (value as { key: string; evidence: { start: number; end: number; quote: string }[] }[]).flatMap((fact) =>
          fact.evidence.map((span) => ({ id: `${section}:${fact.key}`, ...span })),
        ),
  );
}

describe('draft: the mark and the validator', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-draft-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is refused by the loader while it carries the draft mark, and loads once a curator deletes the block', () => {
    const bytes = fs.readFileSync(ARTICLE);
    const facts = draftFacts(bytes.toString('utf8'), { sourceKey: 'test-draft-article' });
    const { factsFile, sourceFile } = writeDraftDir(dir, bytes, facts);
    expect(fs.readFileSync(sourceFile).equals(bytes)).toBe(true);

    let refused: unknown;
    try {
      readSourceDir(dir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SeedValidationError);
    const problems = (refused as SeedValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^is a draft made by pledgegraph-draft 1 .*delete the whole `draft:` block to clear the mark$/);

    const document = YAML.parseDocument(fs.readFileSync(factsFile, 'utf8'));
    document.delete('draft');
    fs.writeFileSync(factsFile, document.toString());
    const [bundle] = readSourceDir(dir);
    expect(bundle?.source.key).toBe('test-draft-article');
    expect(bundle?.facts.statements.length).toBeGreaterThan(0);
  });

  it('lists every drafted element once in the mark, lowest confidence first', () => {
    const facts = draftFacts(fs.readFileSync(ARTICLE, 'utf8'));
    const ids = Object.entries(facts).flatMap(([section, value]) =>
      section === 'draft' || section === 'source' ? [] : (value as { key: string }[]).map((fact) => `${section}:${fact.key}`),
    );
    const elements = facts.draft.elements;
    expect(elements.map((element) => element.id).sort()).toEqual([...ids].sort());
    const confidences = elements.map((element) => element.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('drafts spans that pass the validator (quote = source at its offsets) for the test article, the seed article and synthetic ones', () => {
    const texts = [
      fs.readFileSync(ARTICLE, 'utf8'),
      fs.readFileSync(path.join(SEED_DIR, 'paris-security-guarantees', 'source.txt'), 'utf8'),
      ...generateSyntheticBundles({ scale: 3 }).map((bundle) => bundle.source.text),
    ];
    for (const text of texts) {
      const facts = draftFacts(text);
      expect(checkDraft(text, facts)).toEqual([]);
      const spans = spansOf(facts);
      expect(spans.length).toBeGreaterThan(10);
      for (const span of spans) expect({ id: span.id, quote: text.substring(span.start, span.end) }).toEqual({ id: span.id, quote: span.quote });
    }
  });
});
