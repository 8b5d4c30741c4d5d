/**
 * Finds evidence offsets, so nobody counts characters by hand.
 *
 *   npx tsx src/cli/locate.ts <dir|source.txt> "exact words"   prints every span of the words
 *   npx tsx src/cli/locate.ts --fill <dir>                      completes facts.yaml in place
 *
 * With --fill, every evidence entry written as `{ quote: "…" }` (optionally with
 * `occurrence: n`, 1-based, when the words occur more than once) gets its `start` and `end`;
 * comments and layout of the rest of the file are kept. Afterwards the file is validated.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML, { Scalar, type YAMLMap } from 'yaml';
import { formatProblem, validateSeed } from '../write/seed/validate';

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function sourcePath(target: string): string {
  return fs.statSync(target).isDirectory() ? path.join(target, 'source.txt') : target;
}

function locate(target: string, quote: string): void {
  const text = fs.readFileSync(sourcePath(target), 'utf8');
  const found = occurrences(text, quote);
  if (found.length === 0) {
    process.stderr.write(`not found: ${JSON.stringify(quote)}\n`);
    process.exitCode = 1;
    return;
  }
  for (const start of found) {
    process.stdout.write(`- { start: ${start}, end: ${start + quote.length}, quote: ${JSON.stringify(quote)} }\n`);
  }
}

function fill(dir: string): void {
  const factsFile = path.join(dir, 'facts.yaml');
  const sourceFile = path.join(dir, 'source.txt');
  const text = fs.readFileSync(sourceFile, 'utf8');
  const factsYaml = fs.readFileSync(factsFile, 'utf8');
  const document = YAML.parseDocument(factsYaml);
  const errors: string[] = [];
  let filled = 0;
  YAML.visit(document, {
    Map(_key, node: YAMLMap) {
      if (!node.has('quote') || (node.has('start') && node.has('end') && !node.has('occurrence'))) return undefined;
      const quote = String(node.get('quote'));
      const wanted = node.has('occurrence') ? Number(node.get('occurrence')) : undefined;
      const found = occurrences(text, quote);
      let start: number | undefined;
      if (found.length === 0) errors.push(`not found in ${sourceFile}: ${JSON.stringify(quote)}`);
      else if (wanted !== undefined) {
        start = found[wanted - 1];
        if (start === undefined) errors.push(`occurrence ${wanted} of ${JSON.stringify(quote)}: only ${found.length} found`);
      } else if (found.length > 1) {
        errors.push(`${JSON.stringify(quote)} occurs ${found.length} times (at ${found.join(', ')}): add occurrence: n or quote more words`);
      } else start = found[0];
      if (start === undefined) return undefined;
      const quoted = new Scalar(quote);
      quoted.type = Scalar.QUOTE_DOUBLE;
      const replacement = document.createNode({ start, end: start + quote.length }, { flow: true }) as YAMLMap;
      replacement.set('quote', quoted);
      replacement.flow = true;
      filled += 1;
      return replacement;
    },
  });
  if (errors.length > 0) {
    process.stderr.write(`${errors.join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  fs.writeFileSync(factsFile, document.toString({ lineWidth: 0, flowCollectionPadding: false }));
  process.stdout.write(`filled ${filled} evidence span(s) in ${factsFile}\n`);
  const { problems } = validateSeed({ dir, sourceFile, factsFile, sourceText: text, factsYaml: fs.readFileSync(factsFile, 'utf8') });
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stdout.write(problems.length === 0 ? 'valid\n' : `${problems.length} problem(s)\n`);
  if (problems.length > 0) process.exitCode = 1;
}

const [first, second] = process.argv.slice(2);
if (first === '--fill' && second) fill(second);
else if (first && second) locate(first, second);
else {
  process.stderr.write('usage: locate.ts <dir|source.txt> "exact words" | locate.ts --fill <dir>\n');
  process.exitCode = 2;
}
