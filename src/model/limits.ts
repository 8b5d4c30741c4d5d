/**
 * The longest strings the graph stores, in characters (UTF-16 code units). They are part of the
 * model: the seed format and curation enforce them where data enters, and the query cost rule
 * (src/limits/cost-tables.ts) charges by them.
 */

/** Keys (slugs) of facts and sources, at most. */
export const MAX_KEY_CHARS = 200;

/** Every stored string the model gives no other maximum (names, titles, places …), at most. */
export const MAX_SHORT_TEXT_CHARS = 1000;

/** Commitment summaries, descriptions, stances, questions: at most (MAX_TEXT_CHARS of the edits). */
export const MAX_LONG_TEXT_CHARS = 5000;

/**
 * An evidence quote (the exact words of a source between two offsets), at most: a sentence or a
 * paragraph (the Paris article's longest is 298). A statement's text lies inside one of its quotes.
 */
export const MAX_QUOTE_CHARS = 1000;

/** The JSON record of what one write changed (`AuditEvent.changes`), at most. */
export const MAX_AUDIT_CHANGES_CHARS = 100_000;

/**
 * Evidence spans one property of a source (its title, publisher, dateline) may cite, at most: a
 * byline states each once or twice. `Source.publisherEvidence` and its like are lists bounded by
 * it (the cost rule charges them at this many items).
 */
export const MAX_SOURCE_PROPERTY_SPANS = 5;
