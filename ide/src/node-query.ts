import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';

/** `node(id:)` for one object, selecting every scalar field of its type that needs no argument. */
export function nodeQuery(schema: GraphQLSchema | null | undefined, type: string): string {
  const named = schema?.getType(type);
  const leaves = isObjectType(named)
    ? Object.values(named.getFields())
        .filter(
          (field) =>
            field.name !== 'id' &&
            isLeafType(getNamedType(field.type)) &&
            field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
        )
        .map((field) => field.name)
    : [];
  const name = /^[A-Za-z_]\w*$/.test(type) ? `${type}ById` : 'NodeById';
  const fragment = leaves.length ? `    ... on ${type} {\n${leaves.map((field) => `      ${field}\n`).join('')}    }\n` : '';
  return `query ${name}($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n${fragment}  }\n}\n`;
}
