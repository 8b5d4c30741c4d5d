/**
 * Scores the draft tool against curated facts (docs/drafting.md):
 *
 *   npm run draft:eval [-- --synthetic <n>]
 *
 * Drafts the seed article (seed/paris-security-guarantees/source.txt) and compares the draft with
 * its hand-curated facts.yaml, then does the same for <n> synthetic articles (default 10) from the
 * generator, whose facts are known by construction, and for the small second curated source of the
 * tests (test/fixtures/second-source). Prints one markdown table per corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { draftFacts } from '../draft/draft';
import { EVALUATED, scoreDraft, sumScores, type Score } from '../draft/evaluate';
import { generateSyntheticBundles } from '../synthetic/generate';
import { PROJECT_ROOT } from '../project-root';
import { SEED_DIR } from '../write/seed/load';

const percent = (value: number) => `${Math.round(value * 100)} %`;

function table(title: string, scores: Record<string, Score>): string {
  const rows = EVALUATED.map(({ section, rules }) => {
    const score = scores[section] as Score;
    const how = rules.byKey ? 'ISO code' : rules.sameSpeaker ? 'spans + speaker' : 'spans';
    return `| ${section} | ${how} | ${score.curated} | ${score.drafted} | ${score.matched} | ${percent(score.precision)} | ${percent(score.recall)} |`;
  });
  return [
    `### ${title}`,
    '',
    '| element | matched by | curated | drafted | matched | precision | recall |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

const args = process.argv.slice(2);
const at = args.indexOf('--synthetic');
const syntheticCount = at >= 0 ? Number(args[at + 1]) : 10;

const seedDir = path.join(SEED_DIR, 'paris-security-guarantees');
const seedText = fs.readFileSync(path.join(seedDir, 'source.txt'), 'utf8');
const curated = YAML.parse(fs.readFileSync(path.join(seedDir, 'facts.yaml'), 'utf8')) as Record<string, unknown>;
process.stdout.write(
  `${table('The seed article (seed/paris-security-guarantees) against its curated facts.yaml', scoreDraft(draftFacts(seedText), curated))}\n`,
);

const fixtureDir = path.join(PROJECT_ROOT, 'test', 'fixtures', 'second-source');
const fixture = YAML.parse(fs.readFileSync(path.join(fixtureDir, 'facts.yaml'), 'utf8')) as Record<string, unknown>;
process.stdout.write(
  `${table('The second curated source (test/fixtures/second-source) against its facts.yaml', scoreDraft(draftFacts(fs.readFileSync(path.join(fixtureDir, 'source.txt'), 'utf8')), fixture))}\n`,
);

const bundles = generateSyntheticBundles({ scale: syntheticCount });
const perSection = new Map<string, Score[]>();
for (const bundle of bundles) {
  const scores = scoreDraft(draftFacts(bundle.source.text), bundle.facts);
  for (const [section, score] of Object.entries(scores)) perSection.set(section, [...(perSection.get(section) ?? []), score]);
}
const summed = Object.fromEntries([...perSection.entries()].map(([section, scores]) => [section, sumScores(scores)]));
process.stdout.write(table(`${syntheticCount} synthetic articles (src/synthetic, seed "pledgegraph") against the facts they were generated from`, summed));
