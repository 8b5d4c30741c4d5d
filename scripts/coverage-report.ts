/**
 * `npm run coverage:report`: prints the figures of docs/coverage.md's "Coverage from the API"
 * (the share of the first source's letters and digits its evidence cites, and the uncited words
 * of each paragraph), computed from the seed exactly as `Source.coverage` computes them from the
 * graph: every span of the seed is cited by a fact or by the source itself.
 *
 *   npm run coverage:report             prints the block
 *   npm run coverage:report -- --write  replaces the block in docs/coverage.md
 *
 * test/integration/source-coverage.test.ts checks the block against the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { coverageOf, type SourceCoverageRow } from '../src/read/coverage';
import { PROJECT_ROOT } from '../src/project-root';
import { toSourceGraph } from '../src/write/seed/graph';
import { SEED_DIR } from '../src/write/seed/load';
import { readSourceDir } from '../src/write/seed/read-source-dir';

const DOC = path.join(PROJECT_ROOT, 'docs', 'coverage.md');
const SOURCE_KEY = 'ap-paris-security-guarantees';
const BLOCK_START = '<!-- coverage-report: `npm run coverage:report -- --write` writes this block; test/integration/source-coverage.test.ts checks it -->';
const BLOCK_END = '<!-- /coverage-report -->';

/** The source's paragraphs (its non-blank lines), numbered from 1 as docs/coverage.md numbers them. */
function paragraphs(text: string): { number: number; start: number; end: number }[] {
  const found: { number: number; start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) found.push({ number: found.length + 1, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return found;
}

function block(text: string, coverage: SourceCoverageRow): string {
  const percent = (coverage.share * 100).toFixed(1);
  const lines = [
    BLOCK_START,
    '',
    `Cited: **${percent}%** of the article's letters and digits (${coverage.citedCharacters} of ${coverage.totalCharacters}).`,
    '',
    'Paragraphs with uncited words, and those words:',
    '',
  ];
  for (const paragraph of paragraphs(text)) {
    const words = coverage.uncited.filter((range) => range.start >= paragraph.start && range.end <= paragraph.end).map((range) => `“${range.text}”`);
    if (words.length > 0) lines.push(`- ¶${paragraph.number}: ${words.join(', ')}`);
  }
  lines.push('', BLOCK_END);
  return lines.join('\n');
}

function main(): void {
  const bundle = readSourceDir(SEED_DIR).find((candidate) => candidate.source.key === SOURCE_KEY);
  if (!bundle) throw new Error(`no seed source ${SOURCE_KEY} in ${SEED_DIR}`);
  const graph = toSourceGraph(bundle);
  const text = bundle.source.text;
  const report = block(
    text,
    coverageOf(
      text,
      graph.evidence.map(({ start, end }): [number, number] => [start, end]),
    ),
  );
  if (!process.argv.includes('--write')) {
    process.stdout.write(`${report}\n`);
    return;
  }
  const doc = fs.readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BLOCK_START);
  const to = doc.indexOf(BLOCK_END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no coverage-report block to replace`);
  fs.writeFileSync(DOC, doc.slice(0, from) + report + doc.slice(to + BLOCK_END.length));
  process.stdout.write(`Wrote the coverage-report block of ${path.relative(process.cwd(), DOC)}\n`);
}

main();
