import type { FieldNode } from 'graphql';
import type { NodeLabel } from '../model/graph';
import { planAt, walkFor, type Lookahead, type ReadPlan, type Walk } from './plan';
import type { TraversalName } from './traversals';

/**
 * How many plans and walks the process keeps (least recently used first out). A plan is a small
 * tree of labels, property names and pages (well under 10 KiB even for the deepest operation the
 * limits admit), so the cache stays under a few MiB however many operations and variables it sees.
 */
export const PLAN_CACHE_SIZE = 1_000;

/** A Map that forgets its least recently used entry past `size`. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly size: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }

  get length(): number {
    return this.entries.size;
  }
}

/**
 * The same document's field nodes are the same objects from request to request (Apollo keeps the
 * parsed and validated document per query text), so a field node's number stands for the
 * document, the operation and the field's place in it; a field merged from several nodes (aliases
 * alike, fragments) is named by all of theirs.
 */
const fieldNodeIds = new WeakMap<FieldNode, number>();
let nextFieldNodeId = 0;
function fieldKey(nodes: readonly FieldNode[]): string {
  return nodes
    .map((node) => {
      let id = fieldNodeIds.get(node);
      if (id === undefined) fieldNodeIds.set(node, (id = nextFieldNodeId += 1));
      return id;
    })
    .join(',');
}

/** The request's variables as a key, made once per request (their object is the request's). */
const variableKeys = new WeakMap<object, string>();
function variablesKey(variables: Lookahead['variableValues']): string {
  let key = variableKeys.get(variables);
  if (key === undefined) variableKeys.set(variables, (key = JSON.stringify(variables)));
  return key;
}

const plans = new LruCache<ReadPlan | Walk>(PLAN_CACHE_SIZE);

/** Within one request, every row of a list resolves a field with the same array of field nodes: found without building the key. */
const perRequest = new WeakMap<readonly FieldNode[], Map<string, ReadPlan | Walk>>();

function cached<T extends ReadPlan | Walk>(kind: string, info: Lookahead, make: () => T): T {
  const variables = variablesKey(info.variableValues);
  const local = perRequest.get(info.fieldNodes) ?? new Map<string, ReadPlan | Walk>();
  perRequest.set(info.fieldNodes, local);
  const localKey = `${kind}\u0000${variables}`;
  let value = local.get(localKey) as T | undefined;
  if (value !== undefined) return value;
  const key = `${kind}\u0000${fieldKey(info.fieldNodes)}\u0000${variables}`;
  value = plans.get(key) as T | undefined;
  if (value === undefined) plans.set(key, (value = make()));
  local.set(localKey, value);
  return value;
}

/**
 * `planAt`, planned once per field of an operation and its variables: the same question asked
 * again reads the same plan (the same object, so what is derived from it per plan is kept too).
 */
export function cachedPlanAt(labels: NodeLabel | readonly NodeLabel[], info: Lookahead, path: readonly string[]): ReadPlan {
  return cached(`plan ${typeof labels === 'string' ? labels : labels.join('|')} ${path.join('.')}`, info, () => planAt(labels, info, path));
}

/** `walkFor`, planned once per field of an operation and its variables. */
export function cachedWalkFor(name: TraversalName, info: Lookahead): Walk {
  return cached(`walk ${name}`, info, () => walkFor(name, info));
}

/** How many plans and walks are held now (for tests). */
export const cachedPlanCount = (): number => plans.length;
