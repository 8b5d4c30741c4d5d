import fs from 'node:fs';
import path from 'node:path';
import type { SeedBundle } from './format';
import { formatProblem, validateAcrossBundles, validateSeed, type SeedProblem } from './validate';

export const SOURCE_FILE = 'source.txt';
export const FACTS_FILE = 'facts.yaml';

/** Thrown when a seed directory does not validate; `problems` lists every problem found. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed data does not validate (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

/**
 * The source directories under `dir`: `dir` itself when it holds a facts.yaml, otherwise each of
 * its immediate subdirectories that holds one (others, such as `seed/tools`, are ignored), in name order.
 */
export function findSourceDirs(dir: string): string[] {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new SeedValidationError([{ file: root, message: 'is not a directory' }]);
  }
  if (fs.existsSync(path.join(root, FACTS_FILE))) return [root];
  const found = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, FACTS_FILE)))
    .map((entry) => path.join(root, entry.name))
    .sort();
  if (found.length === 0) {
    throw new SeedValidationError([
      { file: root, message: `holds no ${FACTS_FILE}, neither directly nor in a subdirectory (expected ${SOURCE_FILE} + ${FACTS_FILE})` },
    ]);
  }
  return found;
}

/**
 * Reads and validates every source under `dir` (see findSourceDirs). Returns the bundles, or
 * throws a SeedValidationError listing every problem in every file. Touches no database.
 */
export function readSourceDir(dir: string): SeedBundle[] {
  const problems: SeedProblem[] = [];
  const bundles: SeedBundle[] = [];
  for (const sourceDir of findSourceDirs(dir)) {
    const sourceFile = path.join(sourceDir, SOURCE_FILE);
    const factsFile = path.join(sourceDir, FACTS_FILE);
    if (!fs.existsSync(sourceFile)) {
      problems.push({ file: sourceFile, message: `is missing; ${factsFile} needs the source document next to it` });
      continue;
    }
    const bytes = fs.readFileSync(sourceFile);
    const sourceText = bytes.toString('utf8');
    if (!Buffer.from(sourceText, 'utf8').equals(bytes)) {
      problems.push({ file: sourceFile, message: 'is not valid UTF-8; store the source as UTF-8 so offsets and sha256 are well defined' });
      continue;
    }
    const result = validateSeed({
      dir: sourceDir,
      sourceFile,
      factsFile,
      sourceText,
      factsYaml: fs.readFileSync(factsFile, 'utf8'),
    });
    problems.push(...result.problems);
    if (result.bundle) bundles.push(result.bundle);
  }
  if (problems.length === 0) problems.push(...validateAcrossBundles(bundles));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return bundles;
}
