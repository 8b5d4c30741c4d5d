import { useGraphiQL } from '@graphiql/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { findEvidence, segmentSource, type EvidenceSpan } from './evidence';
import { useLastResult } from './last-result';

interface SourceInContext {
  key: string;
  title: string | null;
  publisher: string | null;
  text: string;
  spans: { start: number; end: number }[];
}

const EVIDENCE_SOURCE = `query EvidenceSource($id: ID!) {
  node(id: $id) { ... on Evidence { source { id } } }
}`;
const SOURCES = `query Sources { sources(first: 100) { edges { node { id key } } } }`;
const SOURCE_TEXT = `query SourceText($id: ID!) { node(id: $id) { ... on Source { text } } }`;
const SOURCE_PAGE = `query SourceInContext($id: ID!, $after: String) {
  node(id: $id) {
    ... on Source {
      key title publisher text
      evidence(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { start end } } }
    }
  }
}`;

type Post = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

function usePost(endpoint: string): Post {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  return async (query, variables) => {
    let headers: Record<string, string> = {};
    try {
      headers = JSON.parse(headerEditor?.getValue() || '{}') as Record<string, string>;
    } catch {
      headers = {};
    }
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
    return body.data;
  };
}

/** Without ids in the result: the source by its key, else the one whose text has the quote at its offsets. */
async function findSource(post: Post, span: EvidenceSpan): Promise<string | undefined> {
  const data = await post(SOURCES, {});
  const sources = (data.sources as { edges: { node: { id: string; key: string } }[] }).edges.map((edge) => edge.node);
  const byKey = sources.find((source) => source.key === span.sourceKey);
  if (byKey) return byKey.id;
  for (const source of sources) {
    const text = ((await post(SOURCE_TEXT, { id: source.id })).node as { text?: string } | null)?.text;
    if (text?.slice(span.start, span.end) === span.quote) return source.id;
  }
  return undefined;
}

/** The source of a span with every evidence span quoted from it (all pages). */
async function loadSource(post: Post, span: EvidenceSpan): Promise<SourceInContext> {
  let sourceId = span.sourceId;
  if (!sourceId && span.id) {
    const data = await post(EVIDENCE_SOURCE, { id: span.id });
    sourceId = (data.node as { source?: { id?: string } } | null)?.source?.id ?? undefined;
  }
  if (!sourceId) sourceId = await findSource(post, span);
  if (!sourceId) throw new Error('No source holds these words at these offsets.');
  const spans: SourceInContext['spans'] = [];
  let after: string | null = null;
  let source: Omit<SourceInContext, 'spans'> | undefined;
  do {
    const data = await post(SOURCE_PAGE, { id: sourceId, after });
    const node = data.node as
      | (Omit<SourceInContext, 'spans'> & {
          evidence: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { start: number; end: number } }[] };
        })
      | null;
    if (!node) throw new Error(`No source ${sourceId}.`);
    source = { key: node.key, title: node.title, publisher: node.publisher, text: node.text };
    spans.push(...node.evidence.edges.map((edge) => edge.node));
    after = node.evidence.pageInfo.hasNextPage ? node.evidence.pageInfo.endCursor : null;
  } while (after);
  return { ...source!, spans };
}

export function EvidenceView({ endpoint }: { endpoint: string }) {
  const last = useLastResult();
  const spans = useMemo(() => findEvidence(last?.result.data), [last]);
  const [selected, setSelected] = useState(0);
  const [source, setSource] = useState<SourceInContext | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const post = usePost(endpoint);
  const quoted = useRef<HTMLElement>(null);
  const span = spans[selected];

  useEffect(() => setSelected(0), [spans]);
  useEffect(() => {
    setSource(undefined);
    setProblem(undefined);
    if (!span) return;
    let live = true;
    loadSource(post, span).then(
      (loaded) => live && setSource(loaded),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [span]);
  // Scroll the source only: scrollIntoView would scroll every ancestor, GraphiQL's layout included.
  useEffect(() => {
    const mark = quoted.current;
    const pane = mark?.parentElement;
    if (mark && pane) pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);
  }, [source]);

  const others = useMemo(() => source?.spans.filter((other) => other.start !== span?.start || other.end !== span?.end) ?? [], [source, span]);
  const segments = useMemo(() => (source && span ? segmentSource(source.text, span, others) : []), [source, span, others]);
  const covered = segments.filter((segment) => segment.kind !== 'plain').reduce((sum, segment) => sum + segment.end - segment.start, 0);

  return (
    <div className="pg-view pg-evidence">
      <div className="graphiql-doc-explorer-title">Evidence</div>
      {!spans.length && (
        <p className="pg-summary">{last ? 'The result holds no evidence (select quote, start and end).' : 'Run an operation that selects evidence.'}</p>
      )}
      {spans.length > 0 && (
        <label className="pg-pick">
          {spans.length} evidence span{spans.length === 1 ? '' : 's'} in the result:{' '}
          <select data-testid="evidence-select" value={selected} onChange={(event) => setSelected(Number(event.target.value))}>
            {spans.map((each, index) => (
              <option key={index} value={index}>
                {each.start}–{each.end}: {each.quote.length > 60 ? `${each.quote.slice(0, 59)}…` : each.quote}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && <p className="pg-problem">{problem}</p>}
      {source && span && (
        <>
          <p className="pg-summary" data-testid="evidence-summary">
            {source.title ?? source.key}
            {source.publisher ? ` (${source.publisher})` : ''}: characters {span.start}–{span.end}, quoted; {source.spans.length} spans cover{' '}
            {Math.round((100 * covered) / Math.max(source.text.length, 1))}% of the text; unmarked text is not yet in the graph.
          </p>
          <pre className="pg-source" data-testid="evidence-source">
            {segments.map((segment) =>
              segment.kind === 'plain' ? (
                <span key={segment.start}>{segment.text}</span>
              ) : (
                <mark
                  key={segment.start}
                  ref={segment.kind === 'quoted' ? quoted : undefined}
                  className={segment.kind === 'quoted' ? 'pg-quoted' : 'pg-other'}
                  data-start={segment.start}
                  data-end={segment.end}
                >
                  {segment.text}
                </mark>
              ),
            )}
          </pre>
        </>
      )}
    </div>
  );
}
