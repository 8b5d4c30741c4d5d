export interface ExportedRequest {
  /** Absolute URL of the endpoint. */
  url: string;
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export type Snippet = 'curl' | 'fetch' | 'typed-client';

function body({ query, operationName, variables }: ExportedRequest): Record<string, unknown> {
  return { query, ...(operationName ? { operationName } : {}), ...(variables && Object.keys(variables).length ? { variables } : {}) };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSnippet(request: ExportedRequest): string {
  const headers = { 'content-type': 'application/json', ...request.headers };
  return [
    `curl ${shellQuote(request.url)}`,
    ...Object.entries(headers).map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    `  --data-raw ${shellQuote(JSON.stringify(body(request)))}`,
  ].join(' \\\n');
}

export function fetchSnippet(request: ExportedRequest): string {
  const headers = { 'content-type': 'application/json', ...request.headers };
  return `const response = await fetch(${JSON.stringify(request.url)}, {
  method: 'POST',
  headers: ${JSON.stringify(headers, null, 2).replace(/\n/g, '\n  ')},
  body: JSON.stringify(${JSON.stringify(body(request), null, 2).replace(/\n/g, '\n  ')}),
});
const { data, errors } = await response.json();`;
}

/**
 * The call an integration writes with the typed client `npm run codegen` generates: the
 * operation saved under its name in its own .graphql file gives `<Name>Document`.
 */
export function typedClientSnippet(request: ExportedRequest): string {
  const name = request.operationName ?? 'MyOperation';
  const headers = { 'content-type': 'application/json', ...request.headers };
  const variables = request.variables && Object.keys(request.variables).length ? request.variables : undefined;
  return `// Save the operation as operations/<name>.graphql and run \`npm run codegen\`; then:
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ${name}Document } from './src/graphql/generated/client/graphql';

const response = await fetch(${JSON.stringify(request.url)}, {
  method: 'POST',
  headers: ${JSON.stringify(headers, null, 2).replace(/\n/g, '\n  ')},
  body: JSON.stringify({ query: print(${name}Document)${variables ? `, variables: ${JSON.stringify(variables)}` : ''} }),
});
const { data } = (await response.json()) as { data: ResultOf<typeof ${name}Document> };`;
}

export function snippet(kind: Snippet, request: ExportedRequest): string {
  return kind === 'curl' ? curlSnippet(request) : kind === 'fetch' ? fetchSnippet(request) : typedClientSnippet(request);
}
