/**
 * Filters that take a fact's key (`pledger: "GB"`, `speaker: "steve-witkoff"` …). Keys are ISO
 * codes in capitals or slugs in lower case, so a key is matched in the case given, in capitals
 * and in lower case: `pledger: "gb"` finds what `pledger: "GB"` finds. A key that names nothing
 * is refused with BAD_USER_INPUT naming the option, instead of answering an empty page; the check
 * runs in the same query as the page.
 */
import { badUserInput } from '../errors';
import { label, type NodeLabel } from '../model/graph';
import { MAX_KEY_CHARS } from '../model/limits';
import type { CypherQuery } from './compile';

/** The forms of a key that may be stored: as given, in capitals, in lower case. */
export function keyForms(key: string, option: string): string[] {
  if (key.length > MAX_KEY_CHARS) throw badUserInput(`"${option}" may be at most ${MAX_KEY_CHARS} characters long.`, option);
  return [...new Set([key, key.toUpperCase(), key.toLowerCase()])];
}

/** A key option given, the labels its key may belong to, and (`orName`) whether a name containing it also counts. */
export interface KeyCheck {
  option: string;
  labels: readonly NodeLabel[];
  orName?: boolean;
}

/** Whether some node of `labels` has a key in `$<option>` (one index seek per label), or a name containing `$<option>Name`. */
function known({ option, labels, orName }: KeyCheck): string {
  return labels
    .map((name) => {
      const byName = orName ? ` OR toLower(k.name) CONTAINS toLower($${option}Name)` : '';
      return `EXISTS { MATCH (k:${label(name)}) WHERE k.key IN $${option}${byName} }`;
    })
    .join(' OR ');
}

/**
 * `paged` (a query returning `columns`: a page's `total, rows`, or facets' `total, groups`) with
 * the options of `checks` whose key names no node, as `unknownKeys`; without checks, `paged` as it is.
 */
export function withKeyChecks(paged: CypherQuery, checks: readonly KeyCheck[], columns: readonly string[] = ['total', 'rows']): CypherQuery {
  if (checks.length === 0) return paged;
  const unknown = checks.map((check) => `CASE WHEN ${known(check)} THEN null ELSE '${check.option}' END`);
  return {
    query: [
      `CALL () { RETURN [option IN [${unknown.join(', ')}] WHERE option IS NOT NULL] AS unknownKeys }`,
      `CALL () { ${paged.query} }`,
      `RETURN ${columns.join(', ')}, unknownKeys`,
    ].join('\n'),
    params: paged.params,
  };
}

/** Throws BAD_USER_INPUT for the first option whose key names nothing. */
export function refuseUnknownKeys(unknownKeys: readonly string[] | undefined, filter: object, what: Readonly<Record<string, string>>): void {
  const [option] = unknownKeys ?? [];
  if (option === undefined) return;
  throw badUserInput(
    `No ${what[option] ?? 'fact'} has the key "${String((filter as Record<string, unknown>)[option])}" (keys are matched in any case).`,
    option,
  );
}
