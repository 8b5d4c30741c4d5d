import type { Span } from '../write/seed/format';

/**
 * Writes a synthetic article piece by piece and hands back the evidence span of every piece it
 * is asked to mark, so each quote is, by construction, the text between its offsets.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  /** Appends text; returns its span. */
  write(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length, quote: text };
  }

  /**
   * Appends a sentence assembled from pieces (strings, or `{ mark }` pieces whose spans are
   * returned under their names) and returns the span of the whole sentence and of each mark.
   */
  sentence(pieces: readonly (string | { mark: string; text: string })[]): { span: Span; marks: Map<string, Span> } {
    const start = this.length;
    const marks = new Map<string, Span>();
    const words: string[] = [];
    for (const piece of pieces) {
      const text = typeof piece === 'string' ? piece : piece.text;
      const span = this.write(text);
      words.push(text);
      if (typeof piece !== 'string' && !marks.has(piece.mark)) marks.set(piece.mark, span);
    }
    return { span: { start, end: this.length, quote: words.join('') }, marks };
  }

  get text(): string {
    return this.parts.join('');
  }
}

/** "A", "A and B", "A, B and C". */
export function listPieces<T>(items: readonly T[], piece: (item: T) => string | { mark: string; text: string }) {
  const out: (string | { mark: string; text: string })[] = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? ' and ' : ', ');
    out.push(piece(item));
  });
  return out;
}
