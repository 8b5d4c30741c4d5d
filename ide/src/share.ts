/** What a shared link reopens. */
export interface SharedOperation {
  query: string;
  variables?: string;
}

/** `#query=…&variables=…`: a fragment, so the operation never reaches a server log. */
export function shareHash({ query, variables }: SharedOperation): string {
  const params = new URLSearchParams({ query });
  if (variables && variables.trim()) params.set('variables', variables);
  return `#${params.toString()}`;
}

export function readShareHash(hash: string): SharedOperation | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const query = params.get('query');
  if (!query) return undefined;
  const variables = params.get('variables');
  return variables ? { query, variables } : { query };
}
