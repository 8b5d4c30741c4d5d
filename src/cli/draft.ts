/**
 * Drafts a seed directory from an article, for a curator to review (docs/drafting.md):
 *
 *   npm run draft -- <article.txt> [--out <dir>] [--key <source-key>]
 *
 * Writes <dir>/source.txt (the article, byte for byte) and <dir>/facts.yaml (the draft, marked as
 * one). Touches no database. <dir> defaults to drafts/<name of the article file>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { draftFacts } from '../draft/draft';
import { checkDraft, draftTargetProblem, writeDraftDir } from '../draft/writer';
import { maxSourceCharacters } from '../write/curation/input-limits';
import { SLUG } from '../write/seed/format';
import { formatProblem, sourceTextProblems } from '../write/seed/validate';

function main(argv: string[]): number {
  const args = [...argv];
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const [, value] = args.splice(at, 2);
    return value;
  };
  const out = option('--out');
  const key = option('--key');
  const [article] = args;
  if (!article || args.length > 1) {
    process.stderr.write('usage: npm run draft -- <article.txt> [--out <dir>] [--key <source-key>]\n');
    return 2;
  }
  if (key !== undefined && !SLUG.test(key)) {
    process.stderr.write(`--key ${JSON.stringify(key)}: a source key must be a lowercase kebab-case slug, such as ap-paris-security-guarantees\n`);
    return 2;
  }
  if (!fs.existsSync(article)) {
    process.stderr.write(`${article}: no such file\n`);
    return 2;
  }
  if (!fs.statSync(article).isFile()) {
    process.stderr.write(`${article}: is ${fs.statSync(article).isDirectory() ? 'a directory' : 'not a regular file'}; give the article's text file\n`);
    return 2;
  }
  // UTF-8 takes at most 3 bytes per UTF-16 code unit: a larger file is over the limit unread.
  const size = fs.statSync(article).size;
  if (size > 3 * maxSourceCharacters()) {
    process.stderr.write(
      `${article}: is ${size} bytes long, more than ${maxSourceCharacters()} characters; at most ${maxSourceCharacters()} (MAX_SOURCE_CHARS) are accepted\n`,
    );
    return 2;
  }
  const bytes = fs.readFileSync(article);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    process.stderr.write(`${article}: is not valid UTF-8; store the article as UTF-8 so offsets are well defined\n`);
    return 2;
  }
  if (text.trim() === '') {
    process.stderr.write(`${article}: is empty; there is nothing to draft\n`);
    return 2;
  }
  const unstorable = sourceTextProblems(text);
  if (unstorable.length > 0) {
    process.stderr.write(unstorable.map((message) => `${article}: ${message}\n`).join(''));
    return 2;
  }
  const dir = out ?? path.join('drafts', path.basename(article).replace(/\.[^.]+$/, ''));
  const refusal = draftTargetProblem(dir);
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    return 2;
  }
  const facts = draftFacts(text, key ? { sourceKey: key } : {});
  const problems = checkDraft(text, facts, dir);
  if (problems.length > 0) {
    process.stderr.write(
      `the draft does not pass the validator (a bug in the draft tool; nothing written):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`,
    );
    return 1;
  }
  let factsFile: string;
  try {
    ({ factsFile } = writeDraftDir(dir, bytes, facts));
  } catch (error) {
    const { code, path: at } = error as NodeJS.ErrnoException;
    if (!code) throw error;
    process.stderr.write(`${at ?? dir}: cannot write the draft there (${code})\n`);
    return 2;
  }
  const counts = Object.entries(facts)
    .filter(([section, value]) => section !== 'draft' && section !== 'source' && Array.isArray(value) && value.length > 0)
    .map(([section, value]) => `${(value as unknown[]).length} ${section}`)
    .join(', ');
  process.stdout.write(`drafted ${counts}\nwrote ${factsFile} (a draft: review it, then delete its draft: block; see docs/drafting.md)\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
