import neo4j from 'neo4j-driver';
import type { Page } from './pagination';
import { label, type NodeLabel } from '../model/graph';

/**
 * A node as a row: its properties, its label (= GraphQL type name) and, for Evidence, the key
 * of the source it quotes. With a `shape`, only the properties it names (an answer reads no
 * more than it returns). A Source's full text stays out: answers quote evidence from many
 * sources and rarely want whole documents, so `Source.text` is loaded on its own.
 */
export function row(variable: string, { shape }: RowOptions = {}, entries: readonly string[] = []): string {
  const v = variable;
  const extra = entries.map((entry) => `, ${entry}`).join('');
  if (shape?.label === 'Source') return sourceRow(v, shape);
  if (shape?.label === 'Evidence')
    return `${v} {${projection(shape)}, label: 'Evidence', sourceKey: [(${v})-[:IN]->(quoted:Source) | quoted.key][0]${extra}}`;
  if (shape) return `${v} {${projection(shape)}, label: '${shape.label}'${extra}}`;
  return [
    `CASE WHEN ${v}:Source THEN ${sourceRow(v)}`,
    `ELSE ${v} {.*, label: labels(${v})[0], sourceKey: CASE WHEN ${v}:Evidence THEN [(${v})-[:IN]->(quoted:Source) | quoted.key][0] END${extra}} END`,
  ].join(' ');
}

/** The properties to read of nodes of one label: `key` and these. */
export interface RowShape {
  label: NodeLabel;
  properties: readonly string[];
}

export interface RowOptions {
  /** Only these properties (else all of them). */
  shape?: RowShape;
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const SOURCE_PROPERTIES = ['title', 'publisher', 'dateline', 'sha256'];

/** `.key, .name, …`: property names are checked and quoted, never taken as they come. */
function projection(shape: RowShape): string {
  label(shape.label);
  const names = ['key', ...shape.properties.filter((property) => property !== 'key')];
  for (const name of names) if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  return names.map((name) => `.\`${name}\``).join(', ');
}

function sourceRow(variable: string, shape: RowShape = { label: 'Source', properties: SOURCE_PROPERTIES }): string {
  return `${variable} {${projection({ ...shape, properties: shape.properties.filter((name) => name !== 'text') })}, label: 'Source'}`;
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
export function pageParams({ offset, first }: Page): {
  offset: ReturnType<typeof neo4j.int>;
  first: ReturnType<typeof neo4j.int>;
} {
  return { offset: neo4j.int(offset), first: neo4j.int(first) };
}

/** A query and its parameters, as a repository builds them (and unit tests snapshot them). */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}
