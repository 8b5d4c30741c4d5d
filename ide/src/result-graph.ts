/** One object of the result that has an identity: its `id`, else its type and `key`. */
export interface GraphNode {
  id: string;
  type: string;
  label: string;
}

/** The nesting between two nodes, named by the field below the outer one (`edges`/`node` skipped). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  field: string;
}

export interface ResultGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Relay's wrappers carry no meaning of their own: an edge is named by the field above them. */
const CONNECTION_WRAPPERS = new Set(['edges', 'node']);
const LABEL_FIELDS = ['name', 'title', 'key', 'code', 'question', 'description', 'summary', 'quote', 'text'];
const MAX_LABEL = 48;

type Json = null | boolean | number | string | Json[] | { [field: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelOf(object: Record<string, Json>): string | undefined {
  for (const field of LABEL_FIELDS) {
    const value = object[field];
    if (typeof value === 'string' && value.trim()) {
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
    }
  }
  return undefined;
}

/**
 * Walks any GraphQL result: every object with a string `id` (or, failing that, a known type and a
 * `key`) becomes a node, typed by its `__typename` or by `typeOf`, and an object nested below another node, however deep and through whatever
 * wrappers (connections, lists, plain objects), becomes an edge from it named by the first
 * meaningful field on the way down. The same id seen twice is one node.
 */
export function resultGraph(data: unknown, typeOf: (object: object) => string | undefined = () => undefined): ResultGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  const visit = (value: unknown, parent: string | undefined, field: string | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parent, field);
      return;
    }
    if (!isObject(value)) return;
    const declared = typeof value.__typename === 'string' ? value.__typename : typeOf(value);
    const id = typeof value.id === 'string' ? value.id : declared && typeof value.key === 'string' ? `${declared}:${value.key}` : undefined;
    let here = parent;
    if (id !== undefined) {
      const known = nodes.get(id);
      const type = declared ?? known?.type ?? 'Node';
      // Opaque ids make poor labels: without a name, key or text, a node is labelled by its type.
      const label = labelOf(value) ?? known?.label ?? type;
      nodes.set(id, { id, type, label });
      if (parent !== undefined && parent !== id) {
        const name = field ?? 'related';
        const key = `${parent}\u0000${name}\u0000${id}`;
        if (!edges.has(key)) edges.set(key, { id: `e${edges.size}`, source: parent, target: id, field: name });
      }
      here = id;
    }
    const pending = id !== undefined ? undefined : field;
    for (const [name, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null) visit(child, here, pending ?? (CONNECTION_WRAPPERS.has(name) ? undefined : name));
    }
  };

  visit(data, undefined, undefined);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
