import neo4j from 'neo4j-driver';
import type { Page } from '../pagination';
import { NODE_LABELS, type NodeLabel } from './ingest-repository';

/** A label, checked against the model and quoted: the only non-parameter text Cypher is built with. */
export function label(name: NodeLabel): string {
  if (!(NODE_LABELS as readonly string[]).includes(name)) throw new Error(`not a label of the model: ${name}`);
  return `\`${name}\``;
}

/**
 * A node as a row: its properties, its label (= GraphQL type name) and, for Evidence, the key
 * of the source it quotes. A Source's full text stays out: answers quote evidence from many
 * sources and rarely want whole documents, so `Source.text` is loaded on its own.
 */
export function row(variable: string, { withEvidence = false }: RowOptions = {}, entries: readonly string[] = []): string {
  const v = variable;
  const extra = [...(withEvidence ? [`evidence: ${evidenceList(v)}`] : []), ...entries].map((entry) => `, ${entry}`).join('');
  return [
    `CASE WHEN ${v}:Source THEN ${sourceRow(v)}`,
    `ELSE ${v} {.*, label: labels(${v})[0], sourceKey: CASE WHEN ${v}:Evidence THEN [(${v})-[:IN]->(quoted:Source) | quoted.key][0] END${extra}} END`,
  ].join(' ');
}

export interface RowOptions {
  /** Also carry the fact's evidence (each with its source), for answers that quote it. */
  withEvidence?: boolean;
}

function sourceRow(variable: string): string {
  return `${variable} {.key, .title, .publisher, .dateline, .sha256, label: 'Source'}`;
}

/** An Evidence row with its source inline: `evidence` bound to the Evidence, `source` to its Source. */
export function evidenceRow(evidence: string, source: string): string {
  return `${evidence} {.*, label: 'Evidence', sourceKey: ${source}.key, source: ${sourceRow(source)}}`;
}

/** The evidence of the fact bound to `fact`, in source order, as rows. */
function evidenceList(fact: string): string {
  const [evidence, source] = [`${fact}_evidence`, `${fact}_source`];
  return [
    `COLLECT { MATCH (${fact})-[:EVIDENCED_BY]->(${evidence}:Evidence)-[:IN]->(${source}:Source)`,
    `WITH ${evidence}, ${source} ORDER BY ${evidence}.start, ${evidence}.\`end\``,
    `RETURN ${evidenceRow(evidence, source)} }`,
  ].join(' ');
}

/**
 * One page of the nodes `match` binds to `variable`, and how many there are, in one round trip.
 * Expects `$offset` and `$first` (see `pageParams`).
 */
export function pageQuery(match: string, order: string, variable = 'n', projection = row(variable)): string {
  return [
    `CALL () { ${match} RETURN count(${variable}) AS total }`,
    `CALL () { ${match} WITH ${variable} ORDER BY ${order} SKIP $offset LIMIT $first RETURN collect(${projection}) AS rows }`,
    'RETURN total, rows',
  ].join('\n');
}

/** SKIP and LIMIT need Cypher integers; the driver sends plain numbers as floats. */
export function pageParams({ offset, first }: Page): { offset: ReturnType<typeof neo4j.int>; first: ReturnType<typeof neo4j.int> } {
  return { offset: neo4j.int(offset), first: neo4j.int(first) };
}

/** A query and its parameters, as a repository builds them (and unit tests snapshot them). */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}
