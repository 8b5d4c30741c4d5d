/**
 * The constants the query cost rule charges (src/limits/query-cost.ts), in one place. Every
 * figure here is a maximum enforced where the data enters the graph (src/write/seed/format.ts,
 * src/write/seed/validate.ts, src/write/curation/input-limits.ts), so the cost of a request is a true upper bound
 * on what it can return; docs/operations.md ("Worst-case response") derives the bound in bytes.
 */
import { MAX_AUDIT_CHANGES_CHARS, MAX_LONG_TEXT_CHARS, MAX_QUOTE_CHARS, MAX_SOURCE_PROPERTY_SPANS } from '../model/limits';
import { BINDINGNESS, COMMITMENT_STAGES, CONDITION_KINDS, STATEMENT_KINDS } from '../model/enums';

/** One cost unit per started this many characters (UTF-16 code units) of a string's maximum. */
export const TEXT_UNIT_CHARS = 1000;

/** One cost unit per started this many characters of a response key (a field name or an alias). */
export const KEY_UNIT_CHARS = 64;

/** The longest stored strings: part of the model (src/model/limits.ts), charged here. */
export { MAX_AUDIT_CHANGES_CHARS, MAX_KEY_CHARS, MAX_LONG_TEXT_CHARS, MAX_QUOTE_CHARS, MAX_SHORT_TEXT_CHARS } from '../model/limits';

/** What the text table needs from the configuration. */
export interface TextLimits {
  /** MAX_SOURCE_CHARS: the longest source text accepted. */
  maxSourceChars: number;
}

/**
 * `Type.field` -> the longest string it can return, in characters, for every String field that
 * can be longer than MAX_SHORT_TEXT_CHARS. A field on an interface or union is charged at the
 * largest entry among the types that can stand for it.
 */
export function longTextMaxChars({ maxSourceChars }: TextLimits): Readonly<Record<string, number>> {
  return {
    'Source.text': maxSourceChars,
    // Not a string, but it reads the whole text (and its spans) to compute: charged as `text` is.
    'Source.coverage': maxSourceChars,
    'Evidence.quote': MAX_QUOTE_CHARS,
    'Statement.text': MAX_QUOTE_CHARS,
    'Commitment.summary': MAX_LONG_TEXT_CHARS,
    'Condition.description': MAX_LONG_TEXT_CHARS,
    'Position.stance': MAX_LONG_TEXT_CHARS,
    'OpenQuestion.question': MAX_LONG_TEXT_CHARS,
    'Risk.description': MAX_LONG_TEXT_CHARS,
    'SearchResult.matchedText': Math.max(MAX_LONG_TEXT_CHARS, MAX_QUOTE_CHARS),
    'AuditEvent.changes': MAX_AUDIT_CHANGES_CHARS,
  };
}

/**
 * `Type.field` -> the most items a list field without a page argument (`first`/`last`) can
 * return. A connection's `edges` (and `nodes`) need no entry: the page size of the field that
 * returns the connection multiplies them. A list field with neither a page argument nor an entry
 * here is refused at start-up (see `unboundedListFields`). A field on an interface is charged at
 * the largest entry among its implementations.
 *
 * Every list that can grow with the data is a connection or takes `first`; the entries are the
 * facets grouped by an enum (at most one group per value of the model's enum).
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'CommitmentFacets.byStage': COMMITMENT_STAGES.length,
  'CommitmentFacets.byBindingness': BINDINGNESS.length,
  'CommitmentFacets.byConditionKind': CONDITION_KINDS.length,
  'StatementFacets.byKind': STATEMENT_KINDS.length,
  'Source.titleEvidence': MAX_SOURCE_PROPERTY_SPANS,
  'Source.publisherEvidence': MAX_SOURCE_PROPERTY_SPANS,
  'Source.datelineEvidence': MAX_SOURCE_PROPERTY_SPANS,
};

/**
 * The most bytes of JSON one cost unit can stand for (docs/operations.md, "Worst-case response"):
 * a response key of up to KEY_UNIT_CHARS ASCII characters, its quotes, colon and separating comma
 * (4), a string's quotes (2) and up to TEXT_UNIT_CHARS UTF-16 code units at 3 bytes each (UTF-8 of
 * a BMP character; JSON escapes of the characters a stored string may hold take 2), and a list
 * item's braces and comma (3), charged to the first field of the item.
 */
export const MAX_BYTES_PER_UNIT = KEY_UNIT_CHARS + 4 + 2 + 3 * TEXT_UNIT_CHARS + 3;

/** `{"data":` … `}` and Apollo's trailing newline. */
export const RESPONSE_ENVELOPE_BYTES = '{"data":}\n'.length;

/** The most bytes a response of this cost can carry in `data` (errors aside). */
export function worstCaseResponseBytes(cost: number): number {
  return cost * MAX_BYTES_PER_UNIT + RESPONSE_ENVELOPE_BYTES;
}
