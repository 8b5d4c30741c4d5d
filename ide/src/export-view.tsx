import { pick, useGraphiQL } from '@graphiql/react';
import { useState } from 'react';
import { snippet, type ExportedRequest, type Snippet } from './code-export';
import { toCsv } from './csv';
import { useLastResult } from './last-result';
import { shareHash } from './share';

function parseObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text?.trim()) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function download(name: string, type: string, content: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}

/** The operation in the editors as it stands, for the code snippets and the share link. */
export function useCurrentRequest(endpoint: string): () => ExportedRequest & { variablesText: string } {
  const { queryEditor, variableEditor, headerEditor, operationName } = useGraphiQL(pick('queryEditor', 'variableEditor', 'headerEditor', 'operationName'));
  return () => ({
    url: new URL(endpoint, location.href).toString(),
    query: queryEditor?.getValue() ?? '',
    operationName: operationName ?? undefined,
    variables: parseObject(variableEditor?.getValue()),
    variablesText: variableEditor?.getValue() ?? '',
    headers: parseObject(headerEditor?.getValue()) as Record<string, string> | undefined,
  });
}

export function shareLink(request: { query: string; variablesText: string }): string {
  return `${location.origin}${location.pathname}${shareHash({ query: request.query, variables: request.variablesText })}`;
}

const SNIPPETS: { kind: Snippet; title: string }[] = [
  { kind: 'curl', title: 'cURL' },
  { kind: 'fetch', title: 'fetch' },
  { kind: 'typed-client', title: 'typed client' },
];

export function ExportView({ endpoint }: { endpoint: string }) {
  const last = useLastResult();
  const current = useCurrentRequest(endpoint);
  const [kind, setKind] = useState<Snippet>('curl');
  const [, refresh] = useState(0);
  const name = last?.operationName ?? 'result';
  const request = current();
  return (
    <div className="pg-view pg-export">
      <div className="graphiql-doc-explorer-title">Export &amp; share</div>
      <h3>Result</h3>
      {last ? (
        <div className="pg-buttons">
          <button
            type="button"
            className="graphiql-button"
            data-testid="export-json"
            onClick={() => download(`${name}.json`, 'application/json', JSON.stringify(last.result, null, 2) + '\n')}
          >
            Download JSON
          </button>
          <button
            type="button"
            className="graphiql-button"
            data-testid="export-csv"
            onClick={() => download(`${name}.csv`, 'text/csv', toCsv(last.result.data))}
          >
            Download CSV
          </button>
        </div>
      ) : (
        <p className="pg-summary">Run an operation to export its result.</p>
      )}
      <h3>Link</h3>
      <p className="pg-summary">Reopens this operation and its variables (headers are not included).</p>
      <input className="pg-link" readOnly value={shareLink(request)} data-testid="share-link" onFocus={(event) => event.target.select()} />
      <h3>Code</h3>
      <div className="pg-buttons" role="tablist">
        {SNIPPETS.map((each) => (
          <button
            key={each.kind}
            type="button"
            role="tab"
            aria-selected={kind === each.kind}
            className={`graphiql-button${kind === each.kind ? ' pg-active' : ''}`}
            onClick={() => setKind(each.kind)}
          >
            {each.title}
          </button>
        ))}
        <button type="button" className="graphiql-button" onClick={() => refresh((n) => n + 1)} title="Re-read the editors">
          ↻
        </button>
      </div>
      <pre className="pg-code" data-testid="code-snippet">
        {snippet(kind, request)}
      </pre>
      <button type="button" className="graphiql-button" onClick={() => void navigator.clipboard?.writeText(snippet(kind, current()))}>
        Copy
      </button>
    </div>
  );
}
