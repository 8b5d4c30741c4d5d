import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/project-root';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(PROJECT_ROOT, 'src', 'cli', 'draft.ts');
const ARTICLE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'draft', 'article.txt');

const draft = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('npm run draft (src/cli/draft.ts)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-draft-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the article byte for byte and a facts file marked as a draft', () => {
    const out = path.join(dir, 'berlin');
    const run = draft(ARTICLE, '--out', out, '--key', 'test-berlin-draft');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^drafted 4 countries, .* 3 commitments, 3 conditions\nwrote .*facts\.yaml/);
    expect(fs.readFileSync(path.join(out, 'source.txt')).equals(fs.readFileSync(ARTICLE))).toBe(true);
    const facts = YAML.parse(fs.readFileSync(path.join(out, 'facts.yaml'), 'utf8')) as { draft: { tool: string }; source: { key: string } };
    expect(facts.draft.tool).toBe('pledgegraph-draft');
    expect(facts.source.key).toBe('test-berlin-draft');
  });

  it('says how to call it, and exits 2, when the article is missing or the key is no slug', () => {
    const usage = draft();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run draft -- <article.txt> [--out <dir>] [--key <source-key>]');
    const missing = draft(path.join(dir, 'no-such-article.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-article.txt: no such file');
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '\n');
    expect(draft(empty).stderr).toContain('empty.txt: is empty; there is nothing to draft');
    const badKey = draft(ARTICLE, '--out', path.join(dir, 'never'), '--key', 'Not A Slug');
    expect(badKey.status).toBe(2);
    expect(badKey.stderr).toContain('a source key must be a lowercase kebab-case slug');
    expect(fs.existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it('refuses, and exits 2, when --out already holds a source.txt or facts.yaml, leaving both as they were', () => {
    for (const file of ['facts.yaml', 'source.txt']) {
      const seedDir = path.join(dir, `curated-${file}`);
      fs.mkdirSync(seedDir);
      fs.writeFileSync(path.join(seedDir, file), 'curated by hand\n');
      const run = draft(ARTICLE, '--out', seedDir);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`${path.join(seedDir, file)}: already exists; refusing to overwrite it (choose another --out, or delete it first)\n`);
      expect(fs.readdirSync(seedDir)).toEqual([file]);
      expect(fs.readFileSync(path.join(seedDir, file), 'utf8')).toBe('curated by hand\n');
    }
  });

  it('says so in one line, and exits 2, when --out is a regular file', () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a directory\n');
    const run = draft(ARTICLE, '--out', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${file}: is not a directory; --out names the seed directory to create\n`);
    const below = draft(ARTICLE, '--out', path.join(file, 'sub'));
    expect(below.status).toBe(2);
    expect(below.stderr).toBe(`${path.join(file, 'sub')}: cannot write the draft there (ENOTDIR)\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a directory\n');
  });

  it('rejects, as input errors before drafting, a text over MAX_SOURCE_CHARS or with a character outside the BMP', () => {
    const article = fs.readFileSync(ARTICLE, 'utf8');
    const long = path.join(dir, 'long.txt');
    fs.writeFileSync(long, article.repeat(Math.ceil(60_001 / article.length)));
    const tooLong = draft(long, '--out', path.join(dir, 'long'));
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toMatch(/^.*long\.txt: is \d+ characters long; at most 60000 \(MAX_SOURCE_CHARS\) are accepted\n$/);
    // A lower limit from the environment is the one applied, as the seed loader applies it.
    const lowered = spawnSync(TSX, [CLI, ARTICLE, '--out', path.join(dir, 'lowered')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, MAX_SOURCE_CHARS: '100' },
    });
    expect(lowered.status).toBe(2);
    expect(lowered.stderr).toContain(`at most 100 (MAX_SOURCE_CHARS) are accepted`);
    const emoji = path.join(dir, 'emoji.txt');
    fs.writeFileSync(emoji, `${article}Leaders cheered \u{1F389}.\n`);
    const astral = draft(emoji, '--out', path.join(dir, 'emoji'));
    expect(astral.status).toBe(2);
    expect(astral.stderr).toContain('emoji.txt: contains a character outside the Basic Multilingual Plane');
    expect(astral.stderr).not.toContain('a bug in the draft tool');
    // A file too large to be under the limit in any encoding is refused before it is read.
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, 'x'.repeat(3 * 60_000 + 1));
    const unread = draft(huge, '--out', path.join(dir, 'huge'));
    expect(unread.status).toBe(2);
    expect(unread.stderr).toBe(`${huge}: is 180001 bytes long, more than 60000 characters; at most 60000 (MAX_SOURCE_CHARS) are accepted\n`);
    for (const never of ['long', 'lowered', 'emoji', 'huge']) expect(fs.existsSync(path.join(dir, never))).toBe(false);
  });

  it('says a directory given as the article is a directory', () => {
    const run = draft(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${dir}: is a directory; give the article's text file\n`);
  });
});
