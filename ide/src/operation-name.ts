import { Kind, parse } from 'graphql';

/**
 * GraphiQL re-reads the operation name from the editor after a pause, so a tab run right after
 * switching can carry the previous tab's name; a document of one operation runs that operation.
 */
export function operationNameFor(query: string, requested: string | null | undefined): string | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => operation.name?.value);
  } catch {
    return requested ?? undefined;
  }
  if (requested && names.includes(requested)) return requested;
  return names.length === 1 ? names[0] : (requested ?? undefined);
}
