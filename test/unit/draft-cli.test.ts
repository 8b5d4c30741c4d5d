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
});
