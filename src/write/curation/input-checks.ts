import { SLUG } from '../seed/format';
import { decodeId } from '../../ids';
import type { FactLabel, NodeLabel } from '../../model/graph';
import type { FactRef, SpanInput } from '../curation-repository';
import type { InputProblem } from './input-error';
import { MAX_QUOTE_CHARS } from '../../limits/cost-tables';
import { forbiddenCharacter } from '../../text-rules';
import { MAX_EVIDENCE_SPANS, MAX_REFERENCES, MAX_TEXT_CHARS } from './input-limits';
import { excerpt } from '../../excerpt';

/** Evidence as a mutation receives it (`EvidenceInput`). */
export interface EvidenceArgument {
  source: string;
  start: number;
  end: number;
  quote: string;
}

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Checks what can be checked without the database (count, offsets, ids) and returns the spans;
 * the quotes are checked against the stored source text inside the mutation's transaction.
 */
export function readEvidence(evidence: readonly EvidenceArgument[], field: string, problems: InputProblem[]): SpanInput[] {
  if (evidence.length === 0) problems.push({ field, reason: 'at least one evidence span is needed: no evidence, no write' });
  if (evidence.length > MAX_EVIDENCE_SPANS) {
    problems.push({ field, reason: `at most ${MAX_EVIDENCE_SPANS} evidence spans per mutation (got ${evidence.length})` });
    return [];
  }
  const spans: SpanInput[] = [];
  const seen = new Set<string>();
  evidence.forEach((span, index) => {
    const at = `${field}[${index}]`;
    const source = readId(span.source, `${at}.source`, ['Source'], problems);
    if (span.start < 0) problems.push({ field: `${at}.start`, reason: 'must be 0 or more' });
    if (span.end <= span.start) problems.push({ field: `${at}.end`, reason: 'must be greater than start' });
    if (span.quote.length !== span.end - span.start) {
      problems.push({ field: `${at}.quote`, reason: `is ${span.quote.length} characters long but end - start is ${span.end - span.start}` });
    }
    if (span.quote.length > MAX_QUOTE_CHARS) {
      problems.push({ field: `${at}.quote`, reason: `at most ${MAX_QUOTE_CHARS} characters per span (got ${span.quote.length})` });
    }
    if (ASTRAL.test(span.quote)) {
      problems.push({ field: `${at}.quote`, reason: 'contains a character outside the Basic Multilingual Plane; such sources are not supported' });
    }
    if (!source) return;
    const slot = `${source.key}:${span.start}-${span.end}`;
    if (seen.has(slot)) problems.push({ field: at, reason: 'the same span is listed twice' });
    seen.add(slot);
    spans.push({ field: at, sourceKey: source.key, start: span.start, end: span.end, quote: span.quote });
  });
  return spans;
}

/** Reads a Node id that must point to one of `targets`; records a problem and returns null otherwise. */
export function readId<L extends NodeLabel>(id: string, field: string, targets: readonly L[], problems: InputProblem[]): { label: L; key: string } | null {
  let ref: { label: NodeLabel; key: string };
  try {
    ref = decodeId(id, field);
  } catch {
    problems.push({ field, reason: `${excerpt(id)} is not a pledgegraph id (take ids from the \`id\` field of query results)` });
    return null;
  }
  if (!(targets as readonly NodeLabel[]).includes(ref.label)) {
    problems.push({ field, reason: `points to a ${ref.label}, but may only point to: ${targets.join(', ')}` });
    return null;
  }
  return ref as { label: L; key: string };
}

/** Reads a list of ids (at most MAX_REFERENCES, each once) pointing to `targets`. */
export function readIds(ids: readonly string[] | null | undefined, field: string, targets: readonly FactLabel[], problems: InputProblem[]): FactRef[] {
  const list = ids ?? [];
  if (list.length > MAX_REFERENCES) {
    problems.push({ field, reason: `at most ${MAX_REFERENCES} ids per list (got ${list.length})` });
    return [];
  }
  const refs: FactRef[] = [];
  list.forEach((id, index) => {
    const ref = readId(id, `${field}[${index}]`, targets, problems);
    if (!ref) return;
    if (refs.some((other) => other.label === ref.label && other.key === ref.key)) {
      problems.push({ field: `${field}[${index}]`, reason: 'is listed twice' });
      return;
    }
    refs.push({ ...ref, field: `${field}[${index}]` });
  });
  return refs;
}

/** A new slug key. */
export function checkSlug(key: string, field: string, problems: InputProblem[]): void {
  if (!SLUG.test(key) || key.length > 200)
    problems.push({ field, reason: 'must be a lowercase kebab-case slug (at most 200 characters), e.g. `uk-troops-pledge`' });
}

/** Non-blank text of bounded length. */
export function checkText(text: string, field: string, problems: InputProblem[], maxChars = MAX_TEXT_CHARS): void {
  if (text.trim() === '') problems.push({ field, reason: 'must not be blank' });
  if (text.length > maxChars) problems.push({ field, reason: `at most ${maxChars} characters (got ${text.length})` });
  const forbidden = forbiddenCharacter(text);
  if (forbidden) problems.push({ field, reason: forbidden });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD`. */
export function checkDate(value: string, field: string, problems: InputProblem[]): void {
  const match = DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    problems.push({ field, reason: `${excerpt(value)} is not a date; use YYYY-MM-DD, e.g. 2026-01-15` });
  }
}
