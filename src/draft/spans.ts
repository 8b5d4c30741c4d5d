import type { Span } from '../write/seed/format';

export type { Span };

/** The span of `text` between `start` and `end`, without surrounding whitespace: quote is exactly the source there. */
export function spanOf(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start, end, quote: text.substring(start, end) };
}

/** How much two spans share, as a share of the longer one (0 – 1). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / Math.max(a.end - a.start, b.end - b.start);
}

/** A lowercase kebab-case slug of some words (apostrophes dropped: "Ukraine's allies" → `ukraines-allies`). */
export function slugOf(words: string, maxWords = 8): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Keys unique within one section: a second `foo` becomes `foo-2`. */
export class KeyRing {
  private readonly used = new Set<string>();
  take(base: string): string {
    const root = base || 'element';
    let key = root;
    for (let n = 2; this.used.has(key); n++) key = `${root}-${n}`;
    this.used.add(key);
    return key;
  }
}
