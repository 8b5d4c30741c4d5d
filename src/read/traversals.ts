import { ABSTRACT_TYPES, NODE_TYPES, RELATIONSHIP_ENDS, labelsOf, type NodeLabel, type Step, type TargetType } from '../model/graph';
import { MODEL_FIELDS, modelField, pagedInKeyOrderAgainst, type ModelField, type ModelFieldName } from '../model/fields';

interface Traversal {
  from: NodeLabel;
  /** A pattern from the bound node `n` to the related nodes `m`, every node named by its labels. */
  pattern: string;
  /** The same pattern as walked: without the labels the model already implies (`farEnds`). */
  walked: string;
  order: string;
}

/** Properties that are Cypher keywords, quoted wherever Cypher names them. */
const KEYWORDS = new Set(['end']);
const property = (node: string, name: string) => `${node}.${KEYWORDS.has(name) ? `\`${name}\`` : name}`;

/** The order of a list of `type`'s nodes bound to `node`: the type's own order, then key. */
export function orderOf(type: TargetType, node: string): string {
  if (type in ABSTRACT_TYPES && 'byType' in ABSTRACT_TYPES[type as keyof typeof ABSTRACT_TYPES]) return `labels(${node})[0], ${node}.key`;
  const declared = type in ABSTRACT_TYPES ? ABSTRACT_TYPES[type as keyof typeof ABSTRACT_TYPES] : NODE_TYPES[type as NodeLabel];
  const orderBy: readonly string[] = 'orderBy' in declared ? declared.orderBy : [];
  return [...orderBy.map((name) => property(node, name)), `${node}.key`].join(', ');
}

/**
 * The labels a node reached over one relationship can have: those the model declares at that end of
 * every relationship of the type, walked or not (src/model/graph.ts).
 */
function farEnds(type: string, direction: Step['direction']): readonly string[] {
  return RELATIONSHIP_ENDS.filter((declared) => declared.type === type).flatMap((declared) => (direction === 'out' ? declared.to : declared.from));
}

/**
 * A field's walk as fixed Cypher text: its hops, the nodes it passes named by label, its end `m` by
 * every label it can be; and as walked, where a node keeps its labels only when the relationship
 * reaching it could also reach other labels (a label check per node reached, which Neo4j counts as
 * a db hit, for nothing).
 */
function traversalOf({ on, target, cardinality, steps }: ModelField): Traversal {
  const hops = (walked: boolean) =>
    steps.map(({ type, direction, to }, index) => {
      const last = index === steps.length - 1;
      const labels = last ? labelsOf(target) : [to];
      const implied = walked && farEnds(type, direction).every((end) => (labels as readonly string[]).includes(end));
      const node = `(${last ? 'm' : ''}${implied ? '' : `:${labels.join('|')}`})`;
      return direction === 'out' ? `-[:${type}]->${node}` : `<-[:${type}]-${node}`;
    });
  // A single node is read in key order; a list in its type's.
  const order = cardinality === 'connection' ? orderOf(target, 'm') : 'm.key';
  return { from: on, pattern: `(n:${on})${hops(false).join('')}`, walked: `(n:${on})${hops(true).join('')}`, order };
}

/**
 * Every edge the API walks, named `<Type>.<field>` after the GraphQL field that walks it, derived
 * from the model (src/model). The patterns are fixed text; keys, offsets and sizes travel as parameters.
 */
export const TRAVERSALS = Object.fromEntries(MODEL_FIELDS.map((field) => [field.name, traversalOf(field)])) as Readonly<Record<ModelFieldName, Traversal>>;

export type TraversalName = ModelFieldName;

/** The label of every node a traversal reaches, when its pattern fixes one. */
export function targetLabel(name: TraversalName): NodeLabel | null {
  const match = /\(m:(\w+)\)$/.exec(TRAVERSALS[name].pattern);
  return match ? (match[1] as NodeLabel) : null;
}

/**
 * A traversal's pattern and order with its ends bound to `from` and `to` instead of `n` and `m`
 * (a nested subquery may not shadow its parent's variables).
 */
export function walk(name: TraversalName, from: string, to: string): { pattern: string; order: string } {
  const { walked, order } = TRAVERSALS[name];
  const rename = (text: string) => text.replace(/\b[nm]\b/g, (end) => (end === 'n' ? from : to));
  return { pattern: rename(fromBound(walked)), order: rename(order) };
}

/**
 * A pattern whose start node is already bound (by the walk it is nested in, whose end names its
 * labels): the start's label is dropped, so nodes of several labels can share one walk.
 */
const fromBound = (pattern: string): string => pattern.replace(/^\(n:[\w|]+\)/, '(n)');

/** Whether two traversals walk alike from a bound node: the same pattern and order past their start. */
export function walkAlike(a: TraversalName, b: TraversalName): boolean {
  return fromBound(TRAVERSALS[a].pattern) === fromBound(TRAVERSALS[b].pattern) && TRAVERSALS[a].order === TRAVERSALS[b].order;
}

/**
 * Whether a traversal reaches each node at most once from a given node: a single relationship,
 * and relationships are only ever MERGEd, never duplicated. Longer patterns need DISTINCT.
 */
export function reachesOnce(name: TraversalName): boolean {
  return (TRAVERSALS[name].pattern.match(/-\[/g) ?? []).length === 1;
}

/**
 * What a traversal reaches from the bound `from`, counted from `from`'s degree without visiting a
 * node (one relationship whose far end the model implies): `COUNT { <this> }`. Otherwise null.
 */
export function degreePattern(name: TraversalName, from: string): string | null {
  const { pattern } = walk(name, from, 'm');
  return reachesOnce(name) && pattern.endsWith('(m)') ? `${pattern.slice(0, -'(m)'.length)}()` : null;
}

/**
 * How a page of a key-paged traversal (src/model/fields.ts `KEY_PAGED_RELATIONSHIPS`) is read from
 * its relationship's (endKey, startKey) index: the relationships ending at `from` that carry its key,
 * in the order of their start keys (the reached nodes' keys), so Neo4j reads the page and stops
 * whatever `from`'s degree. The hint holds that plan where the planner would rather expand `from`
 * and sort every relationship it has. `carried` must be kept beside `to` until the ORDER BY. Null
 * for any other traversal.
 */
export function keyPage(name: TraversalName, from: string, to: string): { pattern: string; order: string; carried: string } | null {
  const field = modelField(name);
  if (!pagedInKeyOrderAgainst(field)) return null;
  const { type } = field.steps[0]!;
  const reached = /\((m(?::[\w|]+)?)\)$/.exec(TRAVERSALS[name].walked)![1]!.replace(/^m/, to);
  const r = `${to}_r`;
  return {
    pattern: `(${reached})-[${r}:${type} {endKey: ${from}.key}]->(${from}) USING INDEX ${r}:${type}(endKey, startKey) WHERE ${r}.startKey IS NOT NULL`,
    order: `${r}.endKey, ${r}.startKey`,
    carried: r,
  };
}
