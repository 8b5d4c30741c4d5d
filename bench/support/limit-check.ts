/**
 * Checks a request against the server's own limit rules, without sending it: the parser's token
 * limit, graphql-js's validation with graphql-armor's depth, alias and directive rules as
 * `src/limits/apollo-limits.ts` installs them, the cost rule of `src/limits/query-cost.ts`, the
 * page-size bound and the body size. The adversarial bench sends only what passes, so an attack
 * it reports is one the documented limits let through.
 */
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_LIMITS, loadConfig, type Limits } from '../../src/config';
import { apolloLimits } from '../../src/limits/apollo-limits';
import { costModel, operationCost } from '../../src/limits/query-cost';

/** The cost model of a server at its defaults (MAX_SOURCE_CHARS included). */
const DEFAULT_MAX_SOURCE_CHARS = loadConfig({}).maxSourceChars;
const DEFAULT_COST_MODEL = costModel({ maxSourceChars: DEFAULT_MAX_SOURCE_CHARS });

/** The page-size bound of the API's pagination (docs/operations.md, limits table). */
export const MAX_PAGE_SIZE = 100;

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface LimitVerdict {
  ok: boolean;
  /** The operation's cost as the server computes it (NaN when it does not parse or validate). */
  cost: number;
  depth: number;
  aliases: number;
  tokens: number;
  bodyBytes: number;
  problems: string[];
}

/** Tokens as graphql-js's parser counts them for `maxTokens` (punctuators and names, values, strings). */
export function countTokens(query: string): number {
  let low = 1;
  let high = 1;
  while (!parsesWithin(query, high)) {
    low = high + 1;
    high *= 2;
    if (high > 1_000_000) return Infinity;
  }
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (parsesWithin(query, middle)) high = middle;
    else low = middle + 1;
  }
  return high;
}

function parsesWithin(query: string, maxTokens: number): boolean {
  try {
    parse(query, { maxTokens });
    return true;
  } catch (error) {
    // graphql-js: "Document contains more that N tokens. Parsing aborted." Any other error is not ours to count.
    return !(error instanceof GraphQLError && /Document contains more/.test(error.message));
  }
}

type WithSelections = { selectionSet?: SelectionSetNode; alias?: unknown };

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}

const operationsOf = (document: DocumentNode) => document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The depth graphql-armor computes (fields nest +1, a fragment spread +2 above its fragment's fields). */
function depthOf(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const walk = (node: WithSelections, depth: number): number => {
    let max = depth;
    for (const child of node.selectionSet?.selections ?? []) {
      if (child.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(child.name.value);
        max = Math.max(max, fragment ? walk(fragment, depth + 2) : depth + 2);
      } else {
        max = Math.max(max, walk(child, depth + 1));
      }
    }
    return max;
  };
  return Math.max(0, ...operationsOf(document).map((operation) => walk(operation, 0)));
}

/** Aliases as graphql-armor counts them: every aliased field, a fragment's once per spread. */
function aliasesOf(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const count = (node: WithSelections): number => {
    let total = node.alias ? 1 : 0;
    for (const child of node.selectionSet?.selections ?? []) {
      if (child.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(child.name.value);
        total += fragment ? count(fragment) : 0;
      } else total += count(child);
    }
    return total;
  };
  return operationsOf(document).reduce((sum, operation) => sum + count(operation), 0);
}

/** Page sizes asked for, literal or through a variable (each must be 1 to MAX_PAGE_SIZE). */
function pageSizes(document: DocumentNode, variables: Record<string, unknown>): unknown[] {
  const sizes: unknown[] = [];
  visit(document, {
    Argument(argument) {
      if (argument.name.value !== 'first' && argument.name.value !== 'last') return;
      if (argument.value.kind === Kind.INT) sizes.push(Number(argument.value.value));
      else if (argument.value.kind === Kind.VARIABLE) sizes.push(variables[argument.value.name.value]);
    },
  });
  return sizes;
}

/**
 * The cost the server computes for a request that parses, else Infinity: cheap enough to call in
 * a search loop (no validation), with the token limit applied as the parser does.
 */
export function requestCost(schema: GraphQLSchema, request: GraphqlRequest, limits: Limits = DEFAULT_LIMITS): number {
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: limits.tokens });
  } catch {
    return Infinity;
  }
  const [operation] = operationsOf(document);
  if (!operation) return Infinity;
  return operationCost({ schema, operation, fragments: fragmentsOf(document), variables: request.variables ?? {}, model: DEFAULT_COST_MODEL }).cost;
}

export function checkAgainstLimits(schema: GraphQLSchema, request: GraphqlRequest, limits: Limits = DEFAULT_LIMITS): LimitVerdict {
  const variables = request.variables ?? {};
  const bodyBytes = Buffer.byteLength(JSON.stringify(request));
  const verdict: LimitVerdict = { ok: false, cost: NaN, depth: NaN, aliases: NaN, tokens: countTokens(request.query), bodyBytes, problems: [] };
  if (bodyBytes > limits.bodyBytes) verdict.problems.push(`body ${bodyBytes} B > MAX_BODY_BYTES ${limits.bodyBytes}`);
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: limits.tokens });
  } catch (error) {
    verdict.problems.push(`parse: ${(error as Error).message}`);
    return verdict;
  }
  verdict.depth = depthOf(document);
  verdict.aliases = aliasesOf(document);
  const { validationRules } = apolloLimits({ limits, exposeSchema: true, maxSourceChars: DEFAULT_MAX_SOURCE_CHARS }).options;
  const errors = validate(schema, document, [...specifiedRules, ...((validationRules ?? []) as ValidationRule[])]);
  verdict.problems.push(...errors.map((error) => `validation: ${error.message}`));
  const operations = operationsOf(document);
  if (operations.length !== 1) verdict.problems.push(`expected one operation, found ${operations.length}`);
  if (errors.length === 0 && operations[0]) {
    verdict.cost = operationCost({ schema, operation: operations[0], fragments: fragmentsOf(document), variables, model: DEFAULT_COST_MODEL }).cost;
    if (verdict.cost > limits.cost) verdict.problems.push(`cost ${verdict.cost} > MAX_QUERY_COST ${limits.cost}`);
  }
  for (const size of pageSizes(document, variables)) {
    if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)) {
      verdict.problems.push(`page size ${JSON.stringify(size)} outside 1..${MAX_PAGE_SIZE}`);
    }
  }
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}
