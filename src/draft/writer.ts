import fs from 'node:fs';
import path from 'node:path';
import YAML, { type YAMLMap } from 'yaml';
import { FACTS_FILE, SOURCE_FILE } from '../write/seed/read-source-dir';
import { validateSeedFacts, type SeedProblem } from '../write/seed/validate';
import type { DraftFacts } from './draft';

const HEADER = [
  ' A DRAFT, made by `npm run draft` from source.txt; the loader refuses it until a curator clears the mark.',
  ' Every element is a candidate with evidence spans computed by the tool (UTF-16 offsets into source.txt).',
  ' Review (lowest confidence first: draft.elements), correct, then delete the whole `draft:` block.',
  ' Then `npm run seed -- <this directory>` validates and loads it. See docs/drafting.md.',
].join('\n');

/** The draft as YAML: evidence spans on one line each, the way curated facts files are written. */
export function draftYaml(facts: DraftFacts): string {
  const document = new YAML.Document(facts, { aliasDuplicateObjects: false });
  document.commentBefore = HEADER;
  YAML.visit(document, {
    Map(_key, node: YAMLMap) {
      if (node.has('quote') || node.has('confidence')) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Checks a draft by every rule of the seed format but the draft mark: every span, key and reference. */
export function checkDraft(text: string, facts: DraftFacts, dir = 'draft'): SeedProblem[] {
  return validateSeedFacts({ dir, sourceFile: path.join(dir, SOURCE_FILE), factsFile: path.join(dir, FACTS_FILE), sourceText: text, facts }, { draft: 'allow' })
    .problems;
}

/**
 * Why the draft may not be written to `dir`, or undefined: it is not a directory, or it already
 * holds a source.txt or facts.yaml (a draft never overwrites a curated seed or an earlier draft).
 */
export function draftTargetProblem(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  if (!fs.statSync(dir).isDirectory()) return `${dir}: is not a directory; --out names the seed directory to create`;
  for (const file of [FACTS_FILE, SOURCE_FILE]) {
    const existing = path.join(dir, file);
    if (fs.existsSync(existing)) return `${existing}: already exists; refusing to overwrite it (choose another --out, or delete it first)`;
  }
  return undefined;
}

/** Writes the seed directory: source.txt byte for byte, facts.yaml the draft. Never overwrites a file. */
export function writeDraftDir(dir: string, sourceBytes: Buffer, facts: DraftFacts): { sourceFile: string; factsFile: string } {
  fs.mkdirSync(dir, { recursive: true });
  const sourceFile = path.join(dir, SOURCE_FILE);
  const factsFile = path.join(dir, FACTS_FILE);
  fs.writeFileSync(sourceFile, sourceBytes, { flag: 'wx' });
  fs.writeFileSync(factsFile, draftYaml(facts), { flag: 'wx' });
  return { sourceFile, factsFile };
}
