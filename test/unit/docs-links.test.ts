/**
 * The README and docs/ point where they say: every relative link reaches a file, every `#anchor`
 * a heading of its page (GitHub's slugs), and no page names a location the code has left.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

const pages = [
  'README.md',
  'CHANGELOG.md',
  ...fs
    .readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor of each heading: lowercase, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of markdown.replace(/^```[\s\S]*?^```/gm, '').split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every relative link of a page (images included), as written. */
function relativeLinks(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

function brokenLinks(page: string): string[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, page), 'utf8');
  return relativeLinks(text).flatMap((target) => {
    const [file = '', anchor] = target.split('#');
    const resolved = file ? path.resolve(path.dirname(path.join(PROJECT_ROOT, page)), decodeURI(file)) : path.join(PROJECT_ROOT, page);
    if (!fs.existsSync(resolved)) return [`${target}: no such file`];
    if (anchor === undefined || !resolved.endsWith('.md')) return [];
    return anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor) ? [] : [`${target}: no such heading`];
  });
}

/** Where code lived before the layout of issue 12 (commit 77d8a97). */
const OLD_LOCATIONS = [
  /(?<![\w/.-])seed\/(cli|format|validate|locate|graph|load|synthetic)\.ts\b/,
  /(?<![\w/.-])src\/(resolvers|repositories|generated|curation|schema|lookahead\.ts)\b/,
  /(?<![\w/.-])schema\/[\w-]+\.graphql/,
];

describe('the README and docs/', () => {
  it('have pages with links to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/api.md', 'docs/architecture.md', 'docs/curation.md', 'docs/operations.md']));
    expect(pages.flatMap((page) => relativeLinks(fs.readFileSync(path.join(PROJECT_ROOT, page), 'utf8'))).length).toBeGreaterThan(50);
  });

  it.each(pages)('%s: every relative link reaches a file and every anchor a heading', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it.each(pages.filter((page) => page !== 'CHANGELOG.md'))('%s names no location the code has left', (page) => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, page), 'utf8');
    expect(OLD_LOCATIONS.flatMap((pattern) => pattern.exec(text)?.[0] ?? [])).toEqual([]);
  });

  it('finds a broken link, a missing heading and an old location when there is one', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-links-'));
    try {
      fs.writeFileSync(path.join(root, 'page.md'), '# Page\n\n## Some `code` heading\n\n[ok](#some-code-heading) [gone](#nothing) [file](missing.md)\n');
      expect(brokenLinks(path.relative(PROJECT_ROOT, path.join(root, 'page.md')))).toEqual(['#nothing: no such heading', 'missing.md: no such file']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    const named = (text: string) => OLD_LOCATIONS.some((pattern) => pattern.test(text));
    expect(['`src/generated/client`', 'seed/format.ts', '(schema/actors.graphql)'].map(named)).toEqual([true, true, true]);
    expect(['`src/graphql/generated/client`', 'src/write/seed/format.ts', 'src/graphql/schema/actors.graphql'].map(named)).toEqual([false, false, false]);
  });
});
