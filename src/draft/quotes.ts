/**
 * The text with straight double quotation marks turned into curly ones: `"` at the start of a word
 * becomes “, any other ”. One character for one, so every offset into the view is an offset into
 * the source; the extractors read curly marks only, and the words put into the draft are taken
 * back from the source (sourceWords).
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"')) return text;
  let view = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char !== '"') {
      view += char;
      continue;
    }
    const before = i === 0 ? ' ' : text.charAt(i - 1);
    view += /[\s([{—–-]/.test(before) ? '“' : '”';
  }
  return view;
}

/** `words` as the source writes them: the same characters of `text` where they stand in `view`, searching from `from`. */
export function sourceWords(text: string, view: string, words: string, from = 0): string {
  if (text === view) return words;
  const at = view.indexOf(words, from);
  const found = at >= 0 ? at : view.indexOf(words);
  return found >= 0 ? text.substring(found, found + words.length) : words;
}
