/** The longest text an error message echoes: input can be large, and a message stays readable (the longest quote of the seed has 306). */
export const MAX_ECHOED_CHARS = 400;

/**
 * `text` quoted for an error message: whole when it has at most `max` characters, else its start,
 * an ellipsis and its length (`"France and…" (95000 characters)`). Never cuts a surrogate pair.
 */
export function excerpt(text: string, max = MAX_ECHOED_CHARS): string {
  if (text.length <= max) return `"${text}"`;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `"${text.slice(0, end)}…" (${text.length} characters)`;
}

/** A property value for an error message: strings as excerpts, anything else as JSON. */
export function echoValue(value: unknown): string {
  return typeof value === 'string' ? excerpt(value) : JSON.stringify(value ?? null);
}
