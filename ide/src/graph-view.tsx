import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useGraphiQL } from '@graphiql/react';
import { useEffect, useMemo, useRef } from 'react';
import { useLastResult } from './last-result';
import { resultGraph, type ResultGraph } from './result-graph';
import { resultTypes } from './result-types';

/** A stable colour per type, so the same type looks the same in every result. */
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#393b79', '#637939'];
export function colourOf(type: string): string {
  let hash = 0;
  for (const char of type) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/** Force-directed layout while it stays quick; beyond that a layout that is linear in the size. */
const FORCE_LAYOUT_LIMIT = 400;

function elements(graph: ResultGraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.label, type: node.type, colour: colourOf(node.type) } })),
    ...graph.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target, label: edge.field } })),
  ];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      width: 18,
      height: 18,
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#b8c0cc',
      'target-arrow-color': '#b8c0cc',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 7,
      color: '#6b7280',
      'text-rotation': 'autorotate',
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827' } },
];

export interface GraphViewProps {
  /** Clicking a node: open its `node(id:)` query. */
  onOpenNode(id: string, type: string): void;
}

export function GraphView({ onOpenNode }: GraphViewProps) {
  const last = useLastResult();
  const schema = useGraphiQL((state) => state.schema);
  const graph = useMemo(() => {
    if (!last) return resultGraph(undefined);
    let types: WeakMap<object, string> | undefined;
    try {
      types = schema ? resultTypes(schema, last.sentQuery, last.result.data, last.operationName) : undefined;
    } catch {
      types = undefined;
    }
    return resultGraph(last.result.data, (object) => types?.get(object));
  }, [last, schema]);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const open = useRef(onOpenNode);
  open.current = onOpenNode;

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = cytoscape({
      container: container.current,
      elements: elements(graph),
      style: STYLE,
      layout: graph.nodes.length <= FORCE_LAYOUT_LIMIT ? { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true } : { name: 'grid' },
      hideEdgesOnViewport: graph.nodes.length > FORCE_LAYOUT_LIMIT,
      textureOnViewport: graph.nodes.length > FORCE_LAYOUT_LIMIT,
      pixelRatio: 1,
      wheelSensitivity: 0.3,
    });
    instance.on('tap', 'node', (event) => open.current(event.target.id() as string, event.target.data('type') as string));
    cy.current = instance;
    (container.current as HTMLDivElement & { cy?: Core }).cy = instance;
    return () => instance.destroy();
  }, [graph]);

  const types = useMemo(() => [...new Set(graph.nodes.map((node) => node.type))].sort(), [graph]);
  return (
    <div className="pg-view pg-graph">
      <div className="graphiql-doc-explorer-title">Graph</div>
      <p className="pg-summary" data-testid="graph-summary">
        {last ? `${graph.nodes.length} nodes, ${graph.edges.length} edges` : 'Run an operation to see its result as a graph.'}
        {last && graph.nodes.length === 0 ? ' (no object in the result has an id or a key)' : ''}
      </p>
      <ul className="pg-legend">
        {types.map((type) => (
          <li key={type}>
            <span className="pg-swatch" style={{ background: colourOf(type) }} />
            {type}
          </li>
        ))}
      </ul>
      <div ref={container} className="pg-graph-canvas" data-testid="graph-canvas" data-nodes={graph.nodes.length} data-edges={graph.edges.length} />
      <p className="pg-hint">
        Click a node to open its <code>node(id:)</code> query in a new tab.
      </p>
    </div>
  );
}
