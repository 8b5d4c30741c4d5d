import { loadConfig } from '../../config';
import { MAX_LONG_TEXT_CHARS } from '../../model/limits';

/** Evidence spans one granular edit may carry. */
export const MAX_EVIDENCE_SPANS = 50;
/** Ids one list of a granular edit may hold (pledgers, about, leads …). */
export const MAX_REFERENCES = 50;
/** Facts one `ingestSource` may declare (the Paris article, the first source, has 113). */
export const MAX_INGEST_FACTS = 1000;
export const MAX_IDEMPOTENCY_KEY_CHARS = 200;
/** Summaries and other free text of a granular edit (the cost rule charges by it). */
export const MAX_TEXT_CHARS = MAX_LONG_TEXT_CHARS;

let maxSourceChars: number | undefined;

/** MAX_SOURCE_CHARS, read once from the validated environment. */
export function maxSourceCharacters(): number {
  maxSourceChars ??= loadConfig(process.env).maxSourceChars;
  return maxSourceChars;
}
