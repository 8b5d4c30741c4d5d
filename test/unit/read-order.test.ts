import { buildASTSchema, isEnumType, parse } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { NODE_LABELS, type NodeLabel } from '../../src/model/graph';
import { orderField, orderText, readOrder, sortableProperties } from '../../src/read/order';
import { decodeCursor, encodeCursor, readPage } from '../../src/read/pagination';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));

describe('orderBy', () => {
  it('offers only properties of the model: every <Type>OrderField value is a sortable property of its label', () => {
    const enums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && type.name.endsWith('OrderField'));
    expect(enums.length).toBeGreaterThan(5);
    for (const type of enums) {
      const label = type.name.slice(0, -'OrderField'.length) as NodeLabel;
      expect(NODE_LABELS).toContain(label);
      const fields = sortableProperties(label).map(orderField);
      for (const value of (type as import('graphql').GraphQLEnumType).getValues()) expect(fields).toContain(value.name);
    }
  });

  it('compiles to model properties, enums by their declared order, the key last', () => {
    expect(orderText('Country', [{ field: 'NAME', direction: 'DESC' }], 'n')).toBe('n.`name` DESC, n.`key` ASC');
    expect(orderText('Commitment', [{ field: 'STAGE', direction: 'ASC' }], 'm')).toBe(
      "CASE coalesce(m.currentStage, m.stage) WHEN 'PROPOSED' THEN 0 WHEN 'AGREED_IN_PRINCIPLE' THEN 1 WHEN 'AWAITING_APPROVAL' THEN 2 WHEN 'RATIFIED' THEN 3 WHEN 'IN_FORCE' THEN 4 WHEN 'DELIVERED' THEN 5 END ASC, m.`key` ASC",
    );
    expect(orderText('Country', [{ field: 'KEY', direction: 'DESC' }], 'n')).toBe('n.`key` DESC');
    expect(() => orderText('Country', [{ field: 'NAME) DETACH DELETE n //', direction: 'ASC' }], 'n')).toThrow('cannot be ordered by');
  });

  it('refuses a field named twice', () => {
    expect(() => readOrder([{ field: 'NAME' }, { field: 'NAME', direction: 'DESC' }])).toThrow('more than once');
    expect(readOrder([])).toBeUndefined();
  });

  it('keeps offset cursors of the default order as they were, and ties other cursors to their order', () => {
    expect(Buffer.from(encodeCursor(4), 'base64url').toString()).toBe('offset:4');
    const sorted = encodeCursor(4, 'NAME:DESC');
    expect(decodeCursor(sorted, 'NAME:DESC')).toBe(4);
    expect(() => decodeCursor(sorted, '')).toThrow('cursor of orderBy NAME:DESC');
    expect(() => decodeCursor(encodeCursor(4), 'NAME:ASC')).toThrow("cursor of the list's own order");
    expect(
      readPage({
        first: 2,
        after: sorted,
        orderBy: [{ field: 'NAME', direction: 'DESC' }],
      }),
    ).toEqual({
      first: 2,
      offset: 5,
      order: [{ field: 'NAME', direction: 'DESC' }],
    });
  });
});
