import {
  buildSchema,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { argumentsAt, selectedFields, type Lookahead } from '../../src/read/lookahead';
import { loadTypeDefs } from '../../src/graphql/type-defs';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** What a resolver of the operation's first root field would see. */
function lookahead(document: string, variableValues: Record<string, unknown> = {}): Lookahead {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments, schema, variableValues };
}

const countryField = (name: string) => (schema.getType('Country') as GraphQLObjectType).getFields()[name]!;

describe('looking ahead at what a query asks below a field', () => {
  it('sees fields through aliases, inline fragments and named fragments', () => {
    const info = lookahead(`
      { countries { edges { node { alias: name ...Leaders ... on Country { code } } } } }
      fragment Leaders on Country { officeHolders { edges { node { roles { edges { node { title } } } } } } }`);
    expect(selectedFields(info, ['edges', 'node'])).toEqual(['code', 'name', 'officeHolders']);
    expect(selectedFields(info, ['edges', 'node', 'officeHolders', 'edges', 'node'])).toEqual(['roles']);
    expect(selectedFields(info, ['edges', 'node', 'pledges'])).toEqual([]);
  });

  it('reads a nested field’s arguments, literal or from variables', () => {
    const info = lookahead('query ($n: Int) { countries { edges { node { pledges(first: $n) { totalCount } } } } }', { n: 7 });
    expect(argumentsAt(info, ['edges', 'node'], countryField('pledges'))).toEqual({ first: 7 });
  });

  it('gives no arguments when a field is selected twice with different ones', () => {
    const info = lookahead('{ countries { edges { node { a: pledges(first: 1) { totalCount } b: pledges(first: 2) { totalCount } } } } }');
    expect(argumentsAt(info, ['edges', 'node'], countryField('pledges'))).toBeUndefined();
  });

  it('gives the arguments when the same field is selected twice with the same ones', () => {
    const info = lookahead('{ countries { edges { node { pledges(first: 3) { totalCount } pledges(first: 3) { edges { cursor } } } } } }');
    expect(argumentsAt(info, ['edges', 'node'], countryField('pledges'))).toEqual({ first: 3 });
  });
});
