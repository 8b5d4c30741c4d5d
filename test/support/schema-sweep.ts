import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { postGraphQL } from './http-server';

/**
 * A schema-driven read sweep: for every object type reachable from `Query`, queries that select
 * every one of its fields, reached through `node(id:)` for every id the sweep finds and through
 * each root field. Built from the running server's introspection, so it follows schema changes.
 * A field's own selection goes one level down: an object's scalar fields, every possible type
 * of an interface or union through inline fragments, connections through `edges { node }`.
 */
export interface SweepOptions {
  url: string;
  headers?: Record<string, string>;
  /** Page size asked of every field that takes `first`. */
  pageSize?: number;
  /** Token budget of one query (stay below the server's MAX_TOKENS). */
  maxTokens?: number;
  /** Composite fields per query, to stay far below the cost limit. */
  compositeFieldsPerQuery?: number;
  /** Values of required arguments of root fields, per root field; each entry is one call. */
  rootArguments?: Record<string, readonly Record<string, unknown>[]>;
  /** Requests in flight at once. */
  concurrency?: number;
}

export interface SweptRequest {
  query: string;
  status: number;
  errors: unknown[] | undefined;
  dataIsNull: boolean;
}

export interface SweepResult {
  /** Object types reachable from Query, connection and edge wrappers excluded. */
  reachableTypes: string[];
  /** Types a query selected every field of. */
  sweptTypes: string[];
  /** Every `__typename` an answer held. */
  seenTypes: string[];
  /** Root fields swept, and root fields left out because a required argument has no value. */
  sweptRootFields: string[];
  unsweptRootFields: string[];
  /** Fields left out because they have a required argument. */
  skippedFields: string[];
  /** Ids visited through `node(id:)`, per type. */
  visited: Record<string, number>;
  visitedIds: string[];
  requests: SweptRequest[];
}

export async function introspectSchema(url: string, headers: Record<string, string> = {}): Promise<GraphQLSchema> {
  const response = await postGraphQL(url, { query: getIntrospectionQuery() }, headers);
  if (!response.json?.data) throw new Error(`introspection failed: ${response.text.slice(0, 500)}`);
  return buildClientSchema(response.json.data as IntrospectionQuery);
}

const isConnection = (type: GraphQLNamedType): type is GraphQLObjectType => isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
const isEdge = (type: GraphQLNamedType): type is GraphQLObjectType => isObjectType(type) && 'cursor' in type.getFields() && 'node' in type.getFields();

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** A JSON value written as a GraphQL literal (input objects take unquoted field names). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([name, inner]) => `${name}: ${literal(inner)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

export async function sweepSchema(options: SweepOptions): Promise<SweepResult> {
  const { url, headers = {}, pageSize = 2, maxTokens = 1500, compositeFieldsPerQuery = 4, rootArguments = {}, concurrency = 4 } = options;
  const schema = await introspectSchema(url, headers);
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('the schema has no Query type');
  const skippedFields = new Set<string>();

  const argumentText = (field: GraphQLField<unknown, unknown>, given: Record<string, unknown> = {}): string | null => {
    const parts: string[] = [];
    for (const argument of field.args) {
      if (argument.name in given) parts.push(`${argument.name}: ${literal(given[argument.name])}`);
      else if (argument.name === 'first') parts.push(`first: ${pageSize}`);
      else if (isNonNullType(argument.type) && argument.defaultValue === undefined) return null;
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  };

  /** The scalar fields of an object type (those without required arguments). */
  const scalars = (type: GraphQLObjectType): string[] =>
    Object.values(type.getFields()).flatMap((field) => {
      if (!isLeafType(getNamedType(field.type))) return [];
      const args = argumentText(field);
      return args === null ? [] : [`${field.name}${args}`];
    });

  /** What a field of type `type` selects: `inner` for each concrete object it can be, through connections and edges. */
  const through = (type: GraphQLNamedType, inner: (object: GraphQLObjectType, siblings?: readonly GraphQLObjectType[]) => string): string => {
    if (isConnection(type)) {
      const fields = type.getFields();
      const edge = getNamedType(fields.edges!.type);
      const pageInfo = getNamedType(fields.pageInfo!.type) as GraphQLObjectType;
      return [...scalars(type), `pageInfo { ${scalars(pageInfo).join(' ')} }`, `edges { ${through(edge, inner)} }`].join(' ');
    }
    if (isEdge(type)) {
      return [...scalars(type), `node { ${through(getNamedType(type.getFields().node!.type), inner)} }`].join(' ');
    }
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      return ['__typename', ...possible.map((object, index) => `... on ${object.name} { ${inner(object, possible.slice(0, index))} }`)].join(' ');
    }
    if (isObjectType(type)) return inner(type);
    return '';
  };

  /**
   * An object's scalar fields. Beside `siblings` (earlier inline fragments of one abstract
   * selection), a field of the same name and another type would conflict: it is left to the
   * object's own sweep.
   */
  const leaf = (object: GraphQLObjectType, siblings: readonly GraphQLObjectType[] = []) => {
    const conflicts = (name: string) =>
      siblings.some((sibling) => {
        const other = sibling.getFields()[name.replace(/\(.*$/, '')];
        return other !== undefined && String(other.type) !== String(object.getFields()[name.replace(/\(.*$/, '')]?.type);
      });
    return ['__typename', ...scalars(object).filter((name) => !conflicts(name))].join(' ');
  };

  /** Every field of `type`, each as its own selection: scalars as they are, composite fields one level down. */
  const fieldSelections = (type: GraphQLObjectType): { text: string; composite: boolean }[] =>
    Object.values(type.getFields()).flatMap((field): { text: string; composite: boolean }[] => {
      const args = argumentText(field);
      if (args === null) {
        skippedFields.add(`${type.name}.${field.name}`);
        return [];
      }
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [{ text: `${field.name}${args}`, composite: false }];
      return [{ text: `${field.name}${args} { ${through(named, leaf)} }`, composite: true }];
    });

  /** The fields of `type` in groups, each group small enough for one query once wrapped by `wrap`. */
  const groups = (type: GraphQLObjectType, wrap: (body: string) => string): string[] => {
    const selections = fieldSelections(type);
    const plain = selections.filter((selection) => !selection.composite).map((selection) => selection.text);
    const composite = selections.filter((selection) => selection.composite).map((selection) => selection.text);
    const result: string[] = [];
    let current: string[] = ['__typename', ...plain];
    let compositeCount = 0;
    for (const text of composite) {
      const candidate = [...current, text];
      if (compositeCount >= compositeFieldsPerQuery || tokenCount(wrap(candidate.join(' '))) > maxTokens) {
        result.push(wrap(current.join(' ')));
        current = ['__typename', text];
        compositeCount = 0;
      } else current = candidate;
      compositeCount += 1;
    }
    result.push(wrap(current.join(' ')));
    for (const query of result) {
      if (tokenCount(query) > maxTokens) throw new Error(`a single field of ${type.name} needs more than ${maxTokens} tokens: ${query.slice(0, 300)}`);
    }
    return result;
  };

  // Object types reachable from Query, and for each, the Node types holding a field that leads to it.
  const reachable = new Set<string>();
  const parents = new Map<string, { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[]>();
  const nodeInterface = schema.getType('Node');
  const isNodeType = (type: GraphQLObjectType) => type.getInterfaces().some((face) => face.name === nodeInterface?.name);
  const concrete = (type: GraphQLNamedType): GraphQLObjectType[] => {
    if (isConnection(type)) return concrete(getNamedType(type.getFields().edges!.type));
    if (isEdge(type)) return concrete(getNamedType(type.getFields().node!.type));
    if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
    return isObjectType(type) ? [type] : [];
  };
  const pending: GraphQLObjectType[] = [queryType];
  while (pending.length > 0) {
    const type = pending.pop()!;
    for (const field of Object.values(type.getFields())) {
      for (const target of concrete(getNamedType(field.type))) {
        if (type !== queryType) parents.set(target.name, [...(parents.get(target.name) ?? []), { parent: type, field }]);
        if (!reachable.has(target.name)) {
          reachable.add(target.name);
          pending.push(target);
        }
      }
    }
  }

  const requests: SweptRequest[] = [];
  const seen = new Set<string>();
  const ids = new Map<string, string>();
  const swept = new Set<string>();

  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object.__typename === 'string') {
        seen.add(object.__typename);
        const type = schema.getType(object.__typename);
        if (typeof object.id === 'string' && isObjectType(type) && isNodeType(type)) ids.set(object.id, object.__typename);
      }
      Object.values(object).forEach(collect);
    }
  };

  const send = async (queries: string[]): Promise<void> => {
    let next = 0;
    const worker = async () => {
      while (next < queries.length) {
        const query = queries[next++]!;
        const response = await postGraphQL(url, { query }, headers);
        requests.push({ query, status: response.status, errors: response.json?.errors, dataIsNull: response.json?.data == null });
        collect(response.json?.data);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };

  // 1. Through each root field (`node` is walked below, with the ids found).
  /** The root field (and its arguments) that reaches each object type a root field returns. */
  const rootFieldOf = new Map<string, { field: string; args: string; named: GraphQLNamedType }>();
  const sweptRootFields: string[] = [];
  const unsweptRootFields: string[] = [];
  const rootQueries: string[] = [];
  for (const field of Object.values(queryType.getFields())) {
    if (field.name === 'node') continue;
    const calls = rootArguments[field.name] ?? [{}];
    let called = false;
    for (const given of calls) {
      const args = argumentText(field, given);
      if (args === null) continue;
      called = true;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        rootQueries.push(`{ ${field.name}${args} }`);
        continue;
      }
      for (const target of concrete(named)) {
        swept.add(target.name);
        if (!rootFieldOf.has(target.name)) rootFieldOf.set(target.name, { field: field.name, args, named });
        const wrap = (body: string) => `{ ${field.name}${args} { ${through(named, (object) => (object === target ? body : '__typename'))} } }`;
        rootQueries.push(...groups(target, wrap));
      }
    }
    (called ? sweptRootFields : unsweptRootFields).push(field.name);
  }
  await send(rootQueries);

  // 2. Through node(id:) for every id found, until no new one turns up.
  const visited = new Set<string>();
  for (;;) {
    const fresh = [...ids].filter(([id]) => !visited.has(id));
    if (fresh.length === 0) break;
    const queries: string[] = [];
    for (const [id, typename] of fresh) {
      visited.add(id);
      const type = schema.getType(typename) as GraphQLObjectType;
      swept.add(type.name);
      queries.push(...groups(type, (body) => `{ node(id: ${JSON.stringify(id)}) { __typename ... on ${type.name} { ${body} } } }`));
    }
    await send(queries);
  }

  // 3. Object types that are neither Nodes nor reached by a root field: through each field that leads to them, from every id of a
  // Node type holding it, or from the root field returning a non-Node parent (e.g. facets), or one level further up when the parent
  // is itself such a type (Source.coverage -> SourceCoverage.cited -> TextRange).
  const wrapsTo = (type: GraphQLObjectType, depth: number): ((body: string) => string)[] =>
    (parents.get(type.name) ?? []).flatMap(({ parent, field }) => {
      const args = argumentText(field);
      if (args === null || isInterfaceType(parent)) return [];
      const named = getNamedType(field.type);
      const step = (body: string) => `${field.name}${args} { ${through(named, (object) => (object === type ? body : '__typename'))} }`;
      if (isNodeType(parent)) {
        return [...ids]
          .filter(([, typename]) => typename === parent.name)
          .map(
            ([id]) =>
              (body: string) =>
                `{ node(id: ${JSON.stringify(id)}) { ... on ${parent.name} { ${step(body)} } } }`,
          );
      }
      const root = rootFieldOf.get(parent.name);
      if (root) {
        return [(body: string) => `{ ${root.field}${root.args} { ${through(root.named, (object) => (object === parent ? step(body) : '__typename'))} } }`];
      }
      return depth > 0 ? wrapsTo(parent, depth - 1).map((wrap) => (body: string) => wrap(step(body))) : [];
    });
  const nonNodeQueries: string[] = [];
  for (const name of reachable) {
    const type = schema.getType(name) as GraphQLObjectType;
    if (swept.has(name) || isNodeType(type)) continue;
    const wraps = wrapsTo(type, 2);
    if (wraps.length > 0) swept.add(name);
    for (const wrap of wraps) nonNodeQueries.push(...groups(type, wrap));
  }
  await send(nonNodeQueries);

  const visitedPerType: Record<string, number> = {};
  for (const id of visited) {
    const typename = ids.get(id)!;
    visitedPerType[typename] = (visitedPerType[typename] ?? 0) + 1;
  }
  return {
    reachableTypes: [...reachable].sort(),
    sweptTypes: [...swept].sort(),
    seenTypes: [...seen].sort(),
    sweptRootFields,
    unsweptRootFields,
    skippedFields: [...skippedFields].sort(),
    visited: visitedPerType,
    visitedIds: [...visited],
    requests,
  };
}
