import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { decodeId, encodeId } from '../../src/ids';
import { toLuceneQuery } from '../../src/read/lucene';
import { decodeCursor, encodeCursor, readPage, toConnection } from '../../src/read/pagination';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { code: (error as GraphQLError).extensions.code, argumentName: (error as GraphQLError).extensions.argumentName };
  }
  throw new Error('expected an error');
}

describe('ids', () => {
  it('round-trips any label and key, and looks opaque', () => {
    expect(encodeId('Country', 'GB')).toBe(Buffer.from('Country:GB').toString('base64url'));
    fc.assert(fc.property(fc.string({ minLength: 1 }), (key) => expect(decodeId(encodeId('Evidence', key))).toEqual({ label: 'Evidence', key })));
  });

  it('refuses anything else with BAD_USER_INPUT naming the argument', () => {
    for (const id of [
      '',
      'x',
      '!!',
      Buffer.from('Nope:x').toString('base64url'),
      Buffer.from(':x').toString('base64url'),
      Buffer.from('Country:').toString('base64url'),
    ]) {
      expect(codeOf(() => decodeId(id))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    }
  });
});

describe('cursors and page arguments', () => {
  it('round-trips positions', () => {
    fc.assert(fc.property(fc.nat({ max: 999_999_999 }), (position) => expect(decodeCursor(encodeCursor(position))).toBe(position)));
  });

  it('refuses garbled cursors', () => {
    for (const cursor of [
      '',
      'abc',
      '***',
      Buffer.from('offset:-1').toString('base64url'),
      Buffer.from('offset:01').toString('base64url'),
      Buffer.from('offset:1e3').toString('base64url'),
    ]) {
      expect(codeOf(() => decodeCursor(cursor))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    }
  });

  it('takes the page it is given, continues after a cursor, and bounds first to 1..100 (null refused)', () => {
    expect(readPage({ first: 20, after: null })).toEqual({ first: 20, offset: 0 });
    expect(readPage({ first: 100, after: encodeCursor(9) })).toEqual({ first: 100, offset: 10 });
    // An explicit null would otherwise page by a size the cost rule never charged (it charges the schema default).
    for (const first of [0, -1, 101, 1.5, null, undefined])
      expect(codeOf(() => readPage({ first }))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('builds Relay page info', () => {
    expect(toConnection({ offset: 2, first: 2 }, { total: 5, rows: ['c', 'd'] })).toEqual({
      edges: [
        { cursor: encodeCursor(2), node: 'c' },
        { cursor: encodeCursor(3), node: 'd' },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) },
      totalCount: 5,
    });
    expect(toConnection({ offset: 0, first: 2 }, { total: 0, rows: [] }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('ends at a short page even where the total counts more (a relationship the index does not hold yet)', () => {
    const short = toConnection({ offset: 100, first: 100 }, { total: 102, rows: ['z'] });
    expect(short.pageInfo).toMatchObject({ hasNextPage: false, endCursor: encodeCursor(100) });
    expect(short.totalCount).toBe(102);
    expect(toConnection({ offset: 101, first: 100 }, { total: 102, rows: [] }).pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
    expect(toConnection({ offset: 0, first: 100 }, { total: 102, rows: Array.from({ length: 100 }, (_, i) => i) }).pageInfo.hasNextPage).toBe(true);
  });
});

describe('Lucene escaping', () => {
  it('requires every word and escapes every special character', () => {
    expect(toLuceneQuery('significant step')).toBe('significant AND step');
    expect(toLuceneQuery('"foo')).toBe('\\"foo');
    expect(toLuceneQuery('AND OR (')).toBe('and AND or AND \\(');
    expect(toLuceneQuery('a:b* c~ [x TO y] && !z /r/ \\')).toBe('a\\:b\\* AND c\\~ AND \\[x AND to AND y\\] AND \\&\\& AND \\!z AND \\/r\\/ AND \\\\');
  });

  it('refuses empty and overlong input', () => {
    expect(codeOf(() => toLuceneQuery('  '))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'query' });
    expect(codeOf(() => toLuceneQuery('x'.repeat(201), 'text'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'text' });
  });
});
