import { buildASTSchema, parse, printSchema } from 'graphql';
import { loadTypeDefs } from './type-defs';

/** The first line of schema.graphql. */
const HEADER = '# pledgegraph GraphQL schema, printed from src/graphql/schema/*.graphql by `npm run schema`. Do not edit.';

/**
 * The whole contract as one SDL document: the schema modules (joined by `extend type Query`)
 * merged and printed, descriptions included. schema.graphql holds it; GET /schema.graphql serves it.
 */
export function printedSchema(): string {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  return `${HEADER}\n\n${printSchema(schema)}\n`;
}
