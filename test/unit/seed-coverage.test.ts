import fs from 'node:fs';
import path from 'node:path';
import { FACT_LABELS, LABEL_BY_PREFIX, REF_PREFIX, SECTION } from '../../src/write/seed/format';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir } from '../../src/write/seed/read-source-dir';
import { PROJECT_ROOT } from '../../src/project-root';

const coverage = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'coverage.md'), 'utf8');
const [bundle] = readSourceDir(SEED_DIR);
const declared = new Set(
  FACT_LABELS.flatMap((label) => (bundle!.facts[SECTION[label]] as { key: string }[]).map((fact) => `${REF_PREFIX[label]}:${fact.key}`)),
);
const cited = new Set(
  [...coverage.matchAll(/`([a-z-]+):([A-Za-z0-9-]+)`/g)].filter(([, prefix]) => LABEL_BY_PREFIX.has(prefix!)).map(([, p, k]) => `${p}:${k}`),
);

describe('docs/coverage.md', () => {
  it('cites only facts that exist in the seed', () => {
    expect([...cited].filter((ref) => !declared.has(ref))).toEqual([]);
  });

  it('cites every fact of the seed, so nothing in the facts file is unaccounted for', () => {
    expect([...declared].filter((ref) => !cited.has(ref))).toEqual([]);
  });

  it('lists every paragraph of the source, by its offsets', () => {
    const text = bundle!.source.text;
    let offset = 0;
    const paragraphs: string[] = [];
    for (const line of text.split('\n')) {
      if (line.trim()) paragraphs.push(`(${offset}-${offset + line.length})`);
      offset += line.length + 1;
    }
    paragraphs.forEach((span, index) => expect(coverage).toContain(`**¶${index + 1} ${span}**`));
  });
});
