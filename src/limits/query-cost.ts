import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors';

const PAGE_SIZE_ARGUMENTS = ['first', 'last'];
const INTROSPECTION_ROOTS = ['__schema', '__type'];

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables?: Readonly<Record<string, unknown>>;
}

/**
 * An upper bound on the fields an operation resolves: every field counts 1, times the page
 * sizes (`first`/`last`) of the lists above it. A page size is read from the literal, from the
 * request's variables, from the variable's default, else from the argument's schema default, so
 * `first: $n` costs what `first: 100` does. Introspection roots count 1 each (answered from memory).
 */
export function operationCost({ schema, operation, fragments, variables = {} }: CostInput): number {
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]),
  );
  const fragmentCosts = new Map<string, number>();

  const pageSize = (field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number => {
    let size = 1;
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const argument = field.arguments?.find((candidate) => candidate.name.value === name);
      // A missing or null variable leaves the argument to its schema default, as execution does.
      const value =
        (argument ? valueOf(argument.value) : undefined) ?? definition?.args.find((candidate) => candidate.name === name)?.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size, value);
    }
    return size;
  };

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

  // Costs are linear in the multiplier, so each set is costed once per unit and scaled; a
  // fragment spread many times is costed once (no exponential walk through nested spreads).
  const unitCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1;
        if (!selection.selectionSet || INTROSPECTION_ROOTS.includes(selection.name.value)) continue;
        const definition =
          parentType && (isObjectType(parentType) || isInterfaceType(parentType))
            ? parentType.getFields()[selection.name.value]
            : undefined;
        const childType = definition ? getNamedType(definition.type) : undefined;
        total += pageSize(selection, definition) * unitCost(selection.selectionSet, childType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total += unitCost(selection.selectionSet, type ?? undefined);
      } else {
        const name = selection.name.value;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          const fragment = fragments.get(name);
          cost = fragment ? unitCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined) : 0;
          fragmentCosts.set(name, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  return unitCost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/**
 * Rejects an operation whose cost exceeds `maxCost` with HTTP 400. It runs once the operation
 * is resolved (not as a validation rule) because only then are the request's variables known.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const cost = operationCost({ schema, operation, fragments, variables: request.variables });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer items per page or fewer fields.`, {
              extensions: { code: ErrorCode.GraphqlValidationFailed, cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
