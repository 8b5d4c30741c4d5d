import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { NODE_LABELS, type NodeLabel } from '../model/graph';
import { readPage, type Page } from './pagination';
import { TRAVERSALS, walkAlike, type TraversalName } from './traversals';

/** What a resolver knows of the query below its field. */
export type Lookahead = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'variableValues'>;

/** What one query reads of nodes, and along with each of them, for what the request selects of them. */
export interface ReadPlan {
  /** The labels the nodes can have: the object type, or the possible types of an interface or union. */
  labels: readonly NodeLabel[];
  /** The properties to read beside `key` (nodes of one label only; else all of them). */
  properties?: readonly string[];
  /** Traversals walked from each node in the same query. */
  along: readonly AlongRead[];
}

/** A field that walks a traversal, read along: its rows land in `row.related[as]`. */
export interface AlongRead {
  /** The field's response name (its alias, else its name): aliases with other arguments read apart. */
  as: string;
  /** How nodes of each label walk it: one walk when they all walk alike. */
  walks: readonly Walk[];
}

export interface Walk {
  /** The labels of the nodes that take this walk; null when every node read does. */
  from: readonly NodeLabel[] | null;
  traversal: TraversalName;
  /** A connection's window; none for a list or a single node (all of them). */
  page?: Page;
  /** Whether to count every node the walk reaches (the query selects totalCount or pageInfo). */
  withTotal: boolean;
  /** A connection of which the query selects neither `edges` nor `pageInfo` (only `totalCount`): nothing shows its rows, so none are read. */
  skipRows?: true;
  plan: ReadPlan;
}

/**
 * A computed field's declaration of the stored properties its resolver reads, in the field's
 * `extensions` (a resolver given as `{ resolve, extensions: { reads } }`, see `computedField`):
 * the plan reads them whenever the field is selected, instead of a property of the field's name.
 */
export interface ReadsExtension {
  reads?: readonly string[];
}

/** The resolver of a computed leaf field, with the stored properties of its row it reads. */
export function computedField<Row, Result>(
  reads: readonly (keyof Row & string)[],
  resolve: (row: Row) => Result,
): { resolve: (row: Row) => Result; extensions: Required<ReadsExtension> } {
  return { resolve, extensions: { reads } };
}

/** Plan for the nodes of `labels` that the resolved field's selection reaches at `path` (e.g. `['edges', 'node']`). */
export function planAt(labels: NodeLabel | readonly NodeLabel[], info: Lookahead, path: readonly string[]): ReadPlan {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = subSelections([...fieldsIn(sets, null, info).values()].flat().filter((field) => field.name.value === name));
  }
  return plan(typeof labels === 'string' ? [labels] : labels, sets, info);
}

const walks = new WeakMap<readonly FieldNode[], WeakMap<object, Map<TraversalName, Walk>>>();

/**
 * The walk of the field being resolved, for its fall-back read: its page, whether it is counted
 * and what is read of the nodes it reaches. Planned once per field of a request: every row of a
 * list resolves it with the same field nodes.
 */
export function walkFor(name: TraversalName, info: Lookahead): Walk {
  const byVariables = walks.get(info.fieldNodes) ?? new WeakMap<object, Map<TraversalName, Walk>>();
  walks.set(info.fieldNodes, byVariables);
  const byName = byVariables.get(info.variableValues) ?? new Map<TraversalName, Walk>();
  byVariables.set(info.variableValues, byName);
  let walk = byName.get(name);
  if (!walk) {
    const from = TRAVERSALS[name].from;
    const type = objectType(info.schema, from);
    walk = type && walkOf(from, type, info.fieldNodes, info, name);
    if (!walk) throw new Error(`${name} cannot be walked from the field being resolved`);
    byName.set(name, walk);
  }
  return walk;
}

/** The fields selected right below the field being resolved, by response name (through fragments, @skip/@include honoured). */
export function selectedFields(info: Lookahead): Map<string, FieldNode[]> {
  return fieldsIn(subSelections(info.fieldNodes), null, info);
}

/** The response name of the field being resolved: where its rows were read along. */
export const responseName = (info: Pick<Lookahead, 'fieldNodes'>): string => {
  const [node] = info.fieldNodes;
  if (!node) throw new Error('a resolver without a field');
  return node.alias?.value ?? node.name.value;
};

function plan(labels: readonly NodeLabel[], sets: readonly SelectionSetNode[], info: Lookahead): ReadPlan {
  const byLabel = labels.map((label) => ({ label, type: objectType(info.schema, label), fields: fieldsIn(sets, label, info) }));
  const names = [...new Set(byLabel.flatMap(({ fields }) => [...fields.keys()]))].sort();
  const along = names.flatMap((as): AlongRead[] => {
    const walks = byLabel.flatMap(({ label, type, fields }) => {
      const nodes = fields.get(as);
      const walk = nodes && type ? walkOf(label, type, nodes, info) : undefined;
      return walk ? [{ label, walk }] : [];
    });
    return walks.length > 0 ? [{ as, walks: grouped(walks, labels.length) }] : [];
  });
  const [only] = labels;
  if (labels.length !== 1 || !only) return { labels, along };
  return { labels, properties: propertiesOf(byLabel[0]?.type, byLabel[0]?.fields), along };
}

/**
 * Labels that walk alike, from the same arguments to the same selection, share one walk; a walk
 * every label takes has no `from`.
 */
function grouped(walks: readonly { label: NodeLabel; walk: Walk }[], labelCount: number): Walk[] {
  const groups: { labels: NodeLabel[]; walk: Walk }[] = [];
  const same = (a: Walk, b: Walk) =>
    walkAlike(a.traversal, b.traversal) && JSON.stringify([a.page, a.withTotal, a.plan]) === JSON.stringify([b.page, b.withTotal, b.plan]);
  for (const { label, walk } of walks) {
    const group = groups.find((candidate) => same(candidate.walk, walk));
    if (group) group.labels.push(label);
    else groups.push({ labels: [label], walk });
  }
  return groups.map(({ labels, walk }) => ({ ...walk, from: groups.length === 1 && labels.length === labelCount ? null : labels }));
}

/** The walk of a field of `label` selected under one response name, when it walks a traversal the plan can read along. */
function walkOf(label: NodeLabel, type: GraphQLObjectType, nodes: readonly FieldNode[], info: Lookahead, name?: TraversalName): Walk | undefined {
  const [node] = nodes;
  const traversal = name ?? (node ? `${label}.${node.name.value}` : '');
  const definition = node && type.getFields()[node.name.value];
  if (!node || !definition || !isTraversal(traversal)) return undefined;
  const next = nodeLabelsOf(definition.type, info.schema);
  const below = subSelections(nodes);
  if (definition.args.length === 0) return { from: [label], traversal, withTotal: false, plan: plan(next, below, info) };
  const page = pageOf(getArgumentValues(definition, node, info.variableValues));
  if (!page) return undefined;
  const connection = [...fieldsIn(below, null, info).values()].flat();
  const withTotal = connection.some((field) => field.name.value === 'totalCount' || field.name.value === 'pageInfo');
  const skipRows = !connection.some((field) => field.name.value === 'edges' || field.name.value === 'pageInfo');
  const edges = subSelections(connection.filter((field) => field.name.value === 'edges'));
  const nodeSets = subSelections([...fieldsIn(edges, null, info).values()].flat().filter((field) => field.name.value === 'node'));
  return { from: [label], traversal, page, withTotal, ...(skipRows ? { skipRows } : {}), plan: plan(next, nodeSets, info) };
}

/**
 * The stored properties to read for the fields selected of one label: each argument-less leaf
 * field's own (a computed field with no property of its name reads as null and costs nothing), or
 * what a computed field declares it reads instead. `id` is the label and key.
 */
function propertiesOf(type: GraphQLObjectType | undefined, fields: ReadonlyMap<string, readonly FieldNode[]> | undefined): string[] | undefined {
  if (!type || !fields) return undefined;
  const definitions = type.getFields();
  const names = [...new Set([...fields.values()].flatMap(([node]) => (node ? [node.name.value] : [])))].sort();
  return [
    ...new Set(
      names.flatMap((name) => {
        const field = definitions[name];
        if (name === 'id' || !field || field.args.length > 0 || !isLeafType(getNamedType(field.type))) return [];
        return (field.extensions as ReadsExtension).reads ?? [name];
      }),
    ),
  ];
}

/**
 * The fields a selection asks of a node of type `typeName` (null: of whatever it is), by response
 * name: through fragments whose type condition it meets, leaving out what @skip/@include drop.
 */
function fieldsIn(sets: readonly SelectionSetNode[], typeName: string | null, info: Lookahead): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, typeName, info.schema)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, typeName, info.schema)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

function included(selection: SelectionSetNode['selections'][number], info: Lookahead): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues);
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues);
  return skip?.if !== true && include?.if !== false;
}

/** Whether a fragment on `condition` applies to a node of type `typeName` (always when either is unknown). */
function applies(condition: string | undefined, typeName: string | null, schema: GraphQLSchema): boolean {
  if (condition === undefined || typeName === null || condition === typeName) return true;
  const conditionType = schema.getType(condition);
  const type = schema.getType(typeName);
  return isAbstractType(conditionType) && isObjectType(type) && schema.isSubType(conditionType, type);
}

const subSelections = (fields: readonly FieldNode[]): SelectionSetNode[] => fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType | undefined {
  const type = schema.getType(name);
  return isObjectType(type) ? type : undefined;
}

/** The labels of the nodes a field returns (its list's items, its connection's nodes): every possible type of an interface or a union. */
export function nodeLabelsOf(fieldType: GraphQLOutputType, schema: GraphQLSchema): NodeLabel[] {
  const named = getNamedType(fieldType);
  const node = isObjectType(named) && named.name.endsWith('Connection') ? connectionNodeType(named) : named;
  const types = isAbstractType(node) ? schema.getPossibleTypes(node) : [node];
  return types.map(({ name }) => name).filter((name): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name));
}

/** The type of `edges { node }` of a connection type. */
function connectionNodeType(connection: GraphQLObjectType): GraphQLNamedType {
  const edge = getNamedType(connection.getFields().edges?.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : connection;
}

/** The labels of the nodes a traversal reaches, as the schema types the field that walks it. */
export function labelsReachedBy(name: TraversalName, schema: GraphQLSchema): NodeLabel[] {
  const field: GraphQLField<unknown, unknown> | undefined = objectType(schema, TRAVERSALS[name].from)?.getFields()[name.slice(name.indexOf('.') + 1)];
  return field ? nodeLabelsOf(field.type, schema) : [];
}

const isTraversal = (name: string): name is TraversalName => Object.hasOwn(TRAVERSALS, name);

const PAGE_ARGUMENTS = ['first', 'after', 'orderBy'];

/** The page a connection's arguments ask for, when they are only a valid `first`/`after`/`orderBy`. */
function pageOf(args: Record<string, unknown>): Page | undefined {
  if (Object.keys(args).some((name) => !PAGE_ARGUMENTS.includes(name))) return undefined;
  try {
    return readPage(args);
  } catch {
    // Left to the connection's own resolver, which reports it where it belongs.
    return undefined;
  }
}
