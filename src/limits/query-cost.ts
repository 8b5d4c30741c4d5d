import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors';
import { MAX_PAGE_SIZE } from '../read/pagination';
import { KEY_UNIT_CHARS, LIST_BOUNDS, longTextMaxChars, TEXT_UNIT_CHARS, type TextLimits } from './cost-tables';

const PAGE_SIZE_ARGUMENTS = ['first', 'last'];
const INTROSPECTION_ROOTS = ['__schema', '__type'];
const CONNECTION_PAGE_FIELDS = ['edges', 'nodes'];
/** How many of the costliest fields a refusal names. */
const COSTLIEST_SHOWN = 3;

/** The tables the cost rule reads; `costModel` builds them from cost-tables.ts. */
export interface CostModel {
  /** `Type.field` -> most items of a list field that has no page argument. */
  listBounds: Readonly<Record<string, number>>;
  /** `Type.field` -> longest string a field can return, in characters, where above one unit. */
  textMaxChars: Readonly<Record<string, number>>;
  /**
   * The page sizes the API serves (src/read/pagination.ts). A `first`/`last` outside 1 to this is
   * refused where it stands (`BAD_USER_INPUT`, the rest of the request answered), so nothing
   * below it is resolved: its selection costs nothing.
   */
  maxPageSize?: number;
}

const costModels = new Map<number, CostModel>();

/** The cost model for these limits; the same object for the same limits, so what is cached per model is shared. */
export function costModel(limits: TextLimits): CostModel {
  let model = costModels.get(limits.maxSourceChars);
  if (!model) {
    model = Object.freeze({ listBounds: LIST_BOUNDS, textMaxChars: longTextMaxChars(limits), maxPageSize: MAX_PAGE_SIZE });
    costModels.set(limits.maxSourceChars, model);
  }
  return model;
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables?: Readonly<Record<string, unknown>>;
  model: CostModel;
}

/** One field of the operation and what it costs in all, its own units times the lists above it. */
export interface CostlyField {
  /** Response path, each list marked with the most items it is charged for, e.g. `sources(×20).edges.node.text`. */
  path: string;
  cost: number;
}

export interface OperationCost {
  cost: number;
  /** The fields that cost most (own units, times the lists above them), costliest first. */
  costliest: CostlyField[];
}

interface SetCost {
  total: number;
  /** The costliest fields of the set, paths relative to it, at most COSTLIEST_SHOWN. */
  top: CostlyField[];
}

type FieldParent = GraphQLObjectType | GraphQLInterfaceType;

/**
 * An upper bound on what an operation can return, in cost units. Every field costs one unit,
 * plus one per started KEY_UNIT_CHARS of a long alias; a String field costs one unit per started
 * TEXT_UNIT_CHARS of its maximum length (cost-tables.ts). A field's selection is multiplied by
 * the most items the field can return: its page size (`first`/`last`, read from the literal, the
 * request's variables, the variable's default, else the argument's schema default), 1 for a
 * connection's `edges`/`nodes` (already multiplied by the page size above), else its entry in
 * LIST_BOUNDS. Introspection roots count 1 each (answered from memory, see docs/operations.md).
 */
export function operationCost({ schema, operation, fragments, variables = {}, model }: CostInput): OperationCost {
  const variableDefaults = new Map((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]));
  const fragmentCosts = new Map<string, SetCost>();

  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (variables[name] !== undefined && variables[name] !== null) return variables[name];
      const fallback = variableDefaults.get(name);
      return fallback ? valueOf(fallback) : undefined;
    }
    return undefined;
  };

  const pageSize = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined => {
    let size: number | undefined;
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const argumentDefinition = definition.args.find((candidate) => candidate.name === name);
      if (!argumentDefinition) continue;
      const argument = field.arguments?.find((candidate) => candidate.name.value === name);
      // A missing or null variable leaves the argument to its schema default, as execution does.
      const value = (argument ? valueOf(argument.value) : undefined) ?? argumentDefinition.defaultValue;
      if (model.maxPageSize !== undefined && typeof value === 'number' && (!Number.isInteger(value) || value < 1 || value > model.maxPageSize)) {
        return 0;
      }
      size = Math.max(size ?? 1, typeof value === 'number' && Number.isFinite(value) ? value : 1);
    }
    return size;
  };

  const multiplier = (field: FieldNode, parent: FieldParent, definition: GraphQLField<unknown, unknown>): number => {
    const page = pageSize(field, definition);
    if (page !== undefined) return page;
    if (!isListType(getNullableType(definition.type))) return 1;
    if (isConnectionPage(parent, definition.name)) return 1;
    return boundOver(schema, parent, definition.name, model.listBounds) ?? Number.POSITIVE_INFINITY;
  };

  const ownUnits = (field: FieldNode, parent: FieldParent | undefined, definition: GraphQLField<unknown, unknown> | undefined): number => {
    const keyUnits = Math.ceil((field.alias ?? field.name).value.length / KEY_UNIT_CHARS);
    const maxChars = parent && definition ? boundOver(schema, parent, definition.name, model.textMaxChars) : undefined;
    const textUnits = maxChars === undefined ? 1 : Math.max(1, Math.ceil(maxChars / TEXT_UNIT_CHARS));
    return keyUnits + textUnits - 1;
  };

  // Costs are linear in the multiplier, so each set is costed once per unit and scaled; a
  // fragment spread many times is costed once (no exponential walk through nested spreads).
  const setCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): SetCost => {
    let total = 0;
    let top: CostlyField[] = [];
    const add = (cost: SetCost, prefix: string, times: number) => {
      total += times * cost.total;
      top = costliest([...top, ...cost.top.map((field) => ({ path: prefix + field.path, cost: field.cost * times }))]);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const parent = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType : undefined;
        const definition = parent?.getFields()[selection.name.value];
        const key = (selection.alias ?? selection.name).value;
        const own = ownUnits(selection, parent, definition);
        add({ total: own, top: [{ path: key, cost: own }] }, '', 1);
        if (!selection.selectionSet || INTROSPECTION_ROOTS.includes(selection.name.value) || !parent || !definition) continue;
        const times = multiplier(selection, parent, definition);
        const label = times === 1 ? key : `${key}(×${times})`;
        add(setCost(selection.selectionSet, getNamedType(definition.type)), `${label}.`, times);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        add(setCost(selection.selectionSet, type ?? undefined), '', 1);
      } else {
        const name = selection.name.value;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          const fragment = fragments.get(name);
          cost = fragment ? setCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined) : { total: 0, top: [] };
          fragmentCosts.set(name, cost);
        }
        add(cost, '', 1);
      }
    }
    return { total, top };
  };

  const { total, top } = setCost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  return { cost: total, costliest: top };
}

/** The costliest fields first; the same path met twice (a fragment spread twice) is summed. */
function costliest(fields: CostlyField[]): CostlyField[] {
  const byPath = new Map<string, number>();
  for (const field of fields) byPath.set(field.path, (byPath.get(field.path) ?? 0) + field.cost);
  return [...byPath]
    .map(([path, cost]) => ({ path, cost }))
    .sort((a, b) => b.cost - a.cost || a.path.localeCompare(b.path))
    .slice(0, COSTLIEST_SHOWN);
}

/** A Relay connection's page: `edges` or `nodes` of a `…Connection` type that has `pageInfo`. */
function isConnectionPage(parent: FieldParent, fieldName: string): boolean {
  return parent.name.endsWith('Connection') && 'pageInfo' in parent.getFields() && CONNECTION_PAGE_FIELDS.includes(fieldName);
}

/** The entry of `Type.field`, or on an interface the largest entry among its implementations. */
function boundOver(schema: GraphQLSchema, parent: FieldParent, fieldName: string, table: Readonly<Record<string, number>>): number | undefined {
  const own = table[`${parent.name}.${fieldName}`];
  if (own !== undefined || !isAbstractType(parent)) return own;
  const bounds = schema
    .getPossibleTypes(parent)
    .map((type) => table[`${type.name}.${fieldName}`])
    .filter((bound): bound is number => bound !== undefined);
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}

/**
 * Every list field of the schema that nothing bounds: no page argument, not a connection's page,
 * no entry in `listBounds` (for an interface field: some implementation without one). Introspection
 * types are left out (answered from memory, see docs/operations.md).
 */
export function unboundedListFields(schema: GraphQLSchema, listBounds: Readonly<Record<string, number>>): string[] {
  const unbounded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      if (field.args.some((argument) => PAGE_SIZE_ARGUMENTS.includes(argument.name))) continue;
      if (isConnectionPage(type, field.name)) continue;
      if (isInterfaceType(type)) {
        const implementations = schema.getPossibleTypes(type);
        if (implementations.length > 0 && implementations.every((implementation) => listBounds[`${implementation.name}.${field.name}`] !== undefined)) continue;
      }
      if (listBounds[`${type.name}.${field.name}`] === undefined) unbounded.push(`${type.name}.${field.name}`);
    }
  }
  return unbounded.sort();
}

const MULTIPLIED = /^(.+)\(×(\d+)\)$/;

/** What to shrink: the list that multiplies the costliest field most, else its long texts or its siblings. */
function advice(costliestField: CostlyField | undefined): string {
  let largest: { at: string; times: number } | undefined;
  const segments = costliestField?.path.split('.') ?? [];
  segments.forEach((segment, index) => {
    const match = MULTIPLIED.exec(segment);
    if (!match) return;
    const times = Number(match[2]);
    if (!largest || times > largest.times) largest = { at: [...segments.slice(0, index), match[1]].join('.'), times };
  });
  if (largest) {
    return `Shrink the page of \`${largest.at}\` (it multiplies what it selects by ${largest.times}; \`first\` where it takes one), or select fewer fields or long texts under it.`;
  }
  return 'Ask for fewer fields or fewer long texts.';
}

const requestCosts = new WeakMap<object, OperationCost>();

/** Costs kept per operation: at most this many sets of page-size variables each. */
export const COSTS_PER_OPERATION = 64;

/** What an operation's cost depends on besides its text: the variables its page sizes read. */
interface OperationCosts {
  pageVariables: string[];
  byPageVariables: Map<string, OperationCost>;
}

/**
 * An operation's cost is a function of its text and of the values of the variables its `first`
 * and `last` arguments read, so it is computed once per operation (the node Apollo keeps for a
 * query text it has seen) and set of those values. Held weakly by the node and the model, so it
 * lives as long as Apollo's document cache keeps the operation, and at most COSTS_PER_OPERATION
 * entries per operation (the oldest goes first).
 */
const operationCosts = new WeakMap<CostModel, WeakMap<OperationDefinitionNode, OperationCosts>>();

function cachedOperationCost(input: CostInput): OperationCost {
  const { operation, fragments, variables = {}, model } = input;
  let byOperation = operationCosts.get(model);
  if (!byOperation) operationCosts.set(model, (byOperation = new WeakMap()));
  let costs = byOperation.get(operation);
  if (!costs) byOperation.set(operation, (costs = { pageVariables: pageSizeVariables(operation, fragments), byPageVariables: new Map() }));
  const key = JSON.stringify(costs.pageVariables.map((name) => variables[name] ?? null));
  let cost = costs.byPageVariables.get(key);
  if (!cost) {
    cost = Object.freeze(operationCost(input));
    if (costs.byPageVariables.size >= COSTS_PER_OPERATION) costs.byPageVariables.delete(costs.byPageVariables.keys().next().value!);
    costs.byPageVariables.set(key, cost);
  }
  return cost;
}

/** The names of the variables any `first` or `last` argument of the operation or its fragments reads. */
function pageSizeVariables(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) continue;
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) {
          if (PAGE_SIZE_ARGUMENTS.includes(argument.name.value) && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
        }
      }
      visit(selection.selectionSet);
    }
  };
  visit(operation.selectionSet);
  for (const fragment of fragments.values()) visit(fragment.selectionSet);
  return [...names].sort();
}

/**
 * The cost of a resolved request's operation, computed once per operation and page sizes however
 * many requests and plugins ask (the limit, the metrics); undefined when no operation was resolved.
 */
export function costOfRequest(
  requestContext: Pick<GraphQLRequestContext<BaseContext>, 'schema' | 'document' | 'operation' | 'request'>,
  model: CostModel,
): OperationCost | undefined {
  const { schema, document, operation, request } = requestContext;
  if (!operation || !document) return undefined;
  let computed = requestCosts.get(requestContext);
  if (!computed) {
    const fragments = new Map(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    computed = cachedOperationCost({ schema, operation, fragments, variables: request.variables, model });
    requestCosts.set(requestContext, computed);
  }
  return computed;
}

/**
 * Rejects an operation whose cost exceeds `maxCost` with HTTP 400, naming the fields that cost
 * most. It runs once the operation is resolved (not as a validation rule) because only then are
 * the request's variables known. At start it refuses a schema with a list field nothing bounds.
 */
export function queryCostPlugin(maxCost: number, limits: TextLimits): ApolloServerPlugin {
  const model = costModel(limits);
  return {
    async serverWillStart({ schema }) {
      const unbounded = unboundedListFields(schema, model.listBounds);
      if (unbounded.length > 0) {
        throw new Error(
          `Query cost: no bound for the list field(s) ${unbounded.join(', ')}; give each a page argument or an entry in LIST_BOUNDS (src/limits/cost-tables.ts).`,
        );
      }
    },
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const computed = costOfRequest(requestContext, model);
          if (!computed) return;
          const { cost, costliest } = computed;
          if (cost > maxCost) {
            const named = costliest.map((field) => `${field.path} (${field.cost})`).join(', ');
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; costliest fields: ${named}. ${advice(costliest[0])}`, {
              extensions: { code: ErrorCode.GraphqlValidationFailed, limit: 'cost', cost, maxCost, costliest, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
