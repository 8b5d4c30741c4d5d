import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
  validate,
} from 'graphql';
import { apolloLimits } from '../../src/limits/apollo-limits';
import { operationCost, type CostModel } from '../../src/limits/query-cost';
import { DEFAULT_LIMITS, type Limits } from '../../src/config';

/** A deterministic pseudo-random source (mulberry32), so a failing query can be found again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WorstQuery {
  /** How it was built, for the test's name. */
  label: string;
  query: string;
  /** `$n`: the page size of every `first`, the largest that keeps the cost within the limit. */
  n: number;
  cost: number;
}

type AnyField = GraphQLField<unknown, unknown>;

/** A field the generator can select: every argument it has is optional (page sizes come from `$n`). */
function selectable(field: AnyField): boolean {
  return field.args.every((argument) => !isNonNullType(argument.type) || argument.defaultValue !== undefined);
}

function argumentsOf(field: AnyField): string {
  return field.args.some((argument) => argument.name === 'first') ? '(first: $n)' : '';
}

function isList(field: AnyField): boolean {
  return isListType(getNullableType(field.type)) || field.args.some((argument) => argument.name === 'first');
}

function fieldsOf(type: GraphQLNamedType): AnyField[] {
  return isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).filter(selectable) : [];
}

/** Every leaf (scalar or enum) field of a type, the long texts among them. */
function leaves(type: GraphQLNamedType): string[] {
  return fieldsOf(type)
    .filter((field) => isLeafType(getNamedType(field.type)))
    .map((field) => field.name);
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  model: CostModel;
  limits: Pick<Limits, 'cost' | 'depth' | 'aliases' | 'tokens'>;
  random: () => number;
}

/**
 * Builds the costliest queries it can within the limits, from the schema alone: it walks from
 * the root fields down through list fields (connections and plain lists alike), selects every
 * leaf on its way (long texts included), descends into each type an interface or union can be,
 * repeats the walk under aliases, then picks the largest page size `$n` whose cost is within
 * MAX_QUERY_COST. Nothing names a type or a field of today's schema.
 */
export function worstQueries(options: GeneratorOptions, count: number): WorstQuery[] {
  const { schema, random, limits } = options;
  const root = schema.getQueryType() as GraphQLObjectType;
  const roots = fieldsOf(root).filter((field) => isList(field));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  /** A selection set for `type`, `depthLeft` levels deep at most (the leaves included). */
  const selection = (type: GraphQLNamedType, depthLeft: number, branching: number): string => {
    if (isAbstractType(type)) {
      // One type the value can be: two could hold same-named fields of different types, which
      // graphql-js refuses to merge ("conflict because they return conflicting types").
      const implementation = pick(schema.getPossibleTypes(type));
      const own = isInterfaceType(type) ? leaves(type) : [];
      return ['__typename', ...own, `... on ${implementation.name} { ${selection(implementation, depthLeft, branching)} }`].join(' ');
    }
    const parts = ['__typename', ...leaves(type)];
    if (depthLeft <= 1) return parts.join(' ');
    const composite = fieldsOf(type).filter((field) => !isLeafType(getNamedType(field.type)));
    const lists = composite.filter(isList);
    const chosen = new Set<AnyField>();
    for (let branch = 0; branch < branching && composite.length > 0; branch++) {
      // Lists multiply: prefer them three times in four. Each field once (see above).
      const field = lists.length > 0 && random() < 0.75 ? pick(lists) : pick(composite);
      if (chosen.has(field)) continue;
      chosen.add(field);
      parts.push(`${field.name}${argumentsOf(field)} { ${selection(getNamedType(field.type), depthLeft - 1, Math.max(1, branching - 1))} }`);
    }
    return parts.join(' ');
  };

  const queries: WorstQuery[] = [];
  for (let attempt = 0; queries.length < count && attempt < count * 50; attempt++) {
    const field = pick(roots);
    const depth = 2 + Math.floor(random() * (limits.depth - 1));
    const aliases = random() < 0.4 ? 1 + Math.floor(random() * limits.aliases) : 0;
    const branching = 1 + Math.floor(random() * 3);
    const body = `${field.name}${argumentsOf(field)} { ${selection(getNamedType(field.type), depth - 1, branching)} }`;
    const copies = aliases === 0 ? [body] : Array.from({ length: aliases }, (_, index) => `a${index}: ${body}`);
    const query = `query Worst($n: Int) { ${copies.join(' ')} }`;
    const fitted = fit(query, options);
    if (fitted) queries.push({ label: `${field.name}, depth ${depth}, ${aliases} aliases, branching ${branching}`, query, ...fitted });
  }
  return queries;
}

/** The largest `$n` (1 to 100) that keeps the query within the cost, depth, alias and token limits. */
function fit(query: string, { schema, model, limits }: GeneratorOptions): { n: number; cost: number } | undefined {
  let document;
  try {
    document = parse(query, { maxTokens: limits.tokens });
  } catch {
    return undefined;
  }
  if (validate(schema, document, depthAndAliasRules(limits)).length > 0) return undefined;
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = new Map<string, FragmentDefinitionNode>();
  const costAt = (n: number) => operationCost({ schema, operation, fragments, variables: { n }, model }).cost;
  if (costAt(1) > limits.cost) return undefined;
  let low = 1;
  let high = 100;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (costAt(middle) <= limits.cost) low = middle;
    else high = middle - 1;
  }
  return { n: low, cost: costAt(low) };
}

/** The server's own depth, alias and directive rules (graphql-armor), so a query counts as the server counts it. */
function depthAndAliasRules(limits: GeneratorOptions['limits']): ValidationRule[] {
  const full = { ...DEFAULT_LIMITS, ...limits };
  return (apolloLimits({ limits: full, exposeSchema: true, maxSourceChars: 60_000 }).options.validationRules ?? []) as ValidationRule[];
}

/** How many field values (object members) a response's `data` holds. */
export function countFieldValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFieldValues(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce((sum: number, inner) => sum + 1 + countFieldValues(inner), 0);
}

/**
 * Every list in a response longer than the cost rule assumed: its page size `n` for a field with
 * `first` (and for the `edges` of the page it returns), else its LIST_BOUNDS entry. Objects are
 * matched to their types through `__typename`, which the generator selects on every object.
 */
export interface ListOverrun {
  /** `Type.field` of the list. */
  field: string;
  /** Where in the response, e.g. `domains.edges.node.evidence: 17 items, charged for 10`. */
  where: string;
}

export function listOverruns(schema: GraphQLSchema, model: CostModel, query: string, data: unknown, n: number): ListOverrun[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const overruns: ListOverrun[] = [];
  const visit = (selections: OperationDefinitionNode['selectionSet']['selections'], value: unknown, typeName: string, path: string, page: number) => {
    if (value === null || typeof value !== 'object') return;
    const type = schema.getType((value as { __typename?: string }).__typename ?? typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === type.name)
          visit(selection.selectionSet.selections, value, type.name, path, page);
        continue;
      }
      if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
      const definition = type.getFields()[selection.name.value];
      const key = (selection.alias ?? selection.name).value;
      const inner = (value as Record<string, unknown>)[key];
      if (!definition || inner === undefined) continue;
      const paged = definition.args.some((argument) => argument.name === 'first');
      const childPage = paged ? n : page;
      if (Array.isArray(inner)) {
        const bound = paged ? n : type.name.endsWith('Connection') ? page : (model.listBounds[`${type.name}.${definition.name}`] ?? 0);
        if (inner.length > bound)
          overruns.push({ field: `${type.name}.${definition.name}`, where: `${path}${key}: ${inner.length} items, charged for ${bound}` });
        inner.forEach((item) => visit(selection.selectionSet!.selections, item, getNamedType(definition.type).name, `${path}${key}.`, childPage));
      } else {
        visit(selection.selectionSet.selections, inner, getNamedType(definition.type).name, `${path}${key}.`, childPage);
      }
    }
  };
  visit(operation.selectionSet.selections, data, 'Query', '', n);
  return overruns;
}
