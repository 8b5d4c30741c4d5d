/**
 * The order of a list a user asks for (`orderBy: [{field: NAME, direction: DESC}]`), compiled to
 * Cypher from the model: a field is a property of the model (its GraphQL enum value is the
 * property's name in SCREAMING_CASE), never text taken from the request. The key always ends the
 * order, so it is total and a page's offset stands for one item.
 */
import { badUserInput } from '../errors';
import { NODE_TYPES, type NodeLabel, type NodeType, type Property } from '../model/graph';

export type Direction = 'ASC' | 'DESC';

/** One term of `orderBy`, as the schema's `<Type>Order` input hands it over. */
export interface OrderTerm {
  field: string;
  direction?: Direction | null;
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/** `dateText` -> `DATE_TEXT`: the GraphQL enum value of a property. */
export const orderField = (property: string): string => property.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The properties of `label` a list can be ordered by: its key and every stored property of the model. */
export function sortableProperties(label: NodeLabel): string[] {
  const properties = NODE_TYPES[label].properties as Readonly<Record<string, Property>>;
  return [
    'key',
    ...Object.entries(properties)
      .filter(([, property]) => !property.derived)
      .map(([name]) => name),
  ];
}

/**
 * Checks an `orderBy` list: each field at most once (a repeated field could only be ignored).
 * Null or empty: the list's own order. Directions default to ascending.
 */
export function readOrder(orderBy: readonly OrderTerm[] | null | undefined): OrderTerm[] | undefined {
  if (!orderBy || orderBy.length === 0) return undefined;
  const seen = new Set<string>();
  return orderBy.map(({ field, direction }) => {
    if (seen.has(field)) throw badUserInput(`\`orderBy\` names ${field} more than once.`, 'orderBy');
    seen.add(field);
    return { field, direction: direction ?? 'ASC' };
  });
}

/** What a cursor remembers of the order it was made under: `NAME:DESC,KEY:ASC`; empty for the list's own order. */
export const orderToken = (order: readonly OrderTerm[] | undefined): string =>
  (order ?? []).map(({ field, direction }) => `${field}:${direction ?? 'ASC'}`).join(',');

/**
 * Stored values that stand for what a field shows: a commitment's stage is its current one (the
 * latest recorded stage change, else what the sources state), as the `stage` filter reads it.
 */
const SHOWN_AS: Partial<Record<`${NodeLabel}.${string}`, (node: string) => string>> = {
  'Commitment.stage': (node) => `coalesce(${node}.currentStage, ${node}.stage)`,
};

/**
 * What a root page read in `order` (else the label's own) can add to its match so that Neo4j
 * reads the page from a range index in that order and stops after it (no sort, or `PartialTop`
 * where directions mix), rather than read and sort every node of the label: `IS NOT NULL` on each
 * leading property the model requires of every node (true of all of them, so nothing is filtered
 * out), up to the first that is not one (optional, an enum ranked by CASE, shown as another value)
 * and at most up to the key. src/neo4j/migrations.ts indexes every listed label's own order.
 */
export function indexedOrderPredicates(label: NodeLabel, order: readonly OrderTerm[] | undefined, node: string): string[] {
  const declared: NodeType = NODE_TYPES[label];
  const leading = order ? orderedProperties(label, order).map(({ property }) => property) : [...(declared.orderBy ?? []), 'key'];
  const indexed: string[] = [];
  for (const property of leading) {
    if (!isRequiredValue(label, property)) break;
    indexed.push(`${node}.\`${property}\` IS NOT NULL`);
    if (property === 'key') break;
  }
  return indexed;
}

/** Whether every node of `label` holds `property`, sorted as it is stored. */
function isRequiredValue(label: NodeLabel, property: string): boolean {
  if (property === 'key') return true;
  if (!PROPERTY_NAME.test(property) || SHOWN_AS[`${label}.${property}`]) return false;
  const declared = (NODE_TYPES[label].properties as Readonly<Record<string, Property>>)[property];
  return declared !== undefined && declared.kind !== 'enum' && !declared.nullable && !declared.derived;
}

/** One property's sort expression: an enum by its declared order (a lifecycle, not the alphabet). */
function sortExpression(label: NodeLabel, property: string, node: string): string {
  if (!PROPERTY_NAME.test(property)) throw new Error(`not a property name: ${property}`);
  const value = SHOWN_AS[`${label}.${property}`]?.(node) ?? `${node}.\`${property}\``;
  const declared = (NODE_TYPES[label].properties as Readonly<Record<string, Property>>)[property];
  if (declared?.kind !== 'enum') return value;
  for (const option of declared.values) if (!ENUM_VALUE.test(option)) throw new Error(`not an enum value: ${option}`);
  return `CASE ${value} ${declared.values.map((option, rank) => `WHEN '${option}' THEN ${rank}`).join(' ')} END`;
}

/**
 * The ORDER BY text of `order` for nodes of `label` bound to `node`, ending with the key; the
 * field of each term must be a sortable property of the label (the schema's enum guarantees it).
 */
export function orderText(label: NodeLabel, order: readonly OrderTerm[], node: string): string {
  return orderedProperties(label, order)
    .map(({ property, direction }) => `${sortExpression(label, property, node)} ${direction}`)
    .join(', ');
}

/** The properties `order` sorts nodes of `label` by, with their directions, ending with the key. */
function orderedProperties(label: NodeLabel, order: readonly OrderTerm[]): { property: string; direction: Direction }[] {
  const byField = new Map(sortableProperties(label).map((property) => [orderField(property), property]));
  const terms = order.map(({ field, direction }) => {
    const property = byField.get(field);
    if (!property) throw new Error(`${label} cannot be ordered by ${field}`);
    return { property, direction: direction === 'DESC' ? ('DESC' as const) : ('ASC' as const) };
  });
  if (!terms.some(({ property }) => property === 'key')) terms.push({ property: 'key', direction: 'ASC' });
  return terms;
}
