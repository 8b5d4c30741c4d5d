/**
 * Characters no stored text may hold: a lone UTF-16 surrogate (not a character: it would be
 * stored as U+FFFD and JSON-escaped to six bytes) and the C0 control characters other than tab,
 * line feed and carriage return (JSON-escaped to six bytes each; no source needs them).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Why `text` cannot be stored (naming the first bad character and its offset), or undefined. */
export function forbiddenCharacter(text: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what = match[0].charCodeAt(0) >= 0xd800 ? 'a lone surrogate (half of a UTF-16 pair, not a character)' : 'a control character';
  return `contains ${what}, ${code}, at offset ${match.index}; only tab, line feed and carriage return are allowed among control characters, and text must be well-formed UTF-16`;
}
