import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { worstCaseResponseBytes } from '../../src/limits/cost-tables';
import { jsonBytesExceed, responseSizePlugin } from '../../src/limits/response-size';
import { loadTypeDefs } from '../../src/graphql/type-defs';

const samples: unknown[] = [
  null,
  0,
  -12.5,
  true,
  '',
  'plain',
  'quotes " and \\ backslashes\nnew lines\ttabs \u0001 control',
  'ünïcödé — 日本語 😀',
  [],
  [1, 'two', null, [3, [4]]],
  {},
  { a: 1, b: undefined, 'ké y': ['x', { nested: { deeper: 'yes' } }], empty: {} },
  { data: { sources: { edges: Array.from({ length: 50 }, (_, i) => ({ node: { key: `s${i}`, text: 'word '.repeat(i) } })) } } },
];

describe('jsonBytesExceed measures a value as its JSON would be, in UTF-8 bytes', () => {
  it.each(samples.map((sample) => [JSON.stringify(sample).slice(0, 60), sample]))('%s', (_label, sample) => {
    const bytes = Buffer.byteLength(JSON.stringify(sample));
    expect(jsonBytesExceed(sample, bytes)).toBe(false);
    expect(jsonBytesExceed(sample, bytes - 1)).toBe(true);
  });
});

describe('responseSizePlugin walks only what its cost does not bound', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const limits = { maxSourceChars: 200_000 };
  const warnings: unknown[] = [];
  const logger = { warn: (...args: unknown[]) => warnings.push(args) };

  /** Sends `singleResult` for `query` through the plugin; returns what it sent and how many properties of it were read. */
  async function send(query: string, singleResult: Record<string, unknown>, maxBytes: number) {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    let reads = 0;
    const watched = new Proxy(singleResult.data as object, {
      get: (target, property, receiver) => {
        reads += 1;
        return Reflect.get(target, property, receiver);
      },
      ownKeys: (target) => {
        reads += 1;
        return Reflect.ownKeys(target);
      },
    });
    const response = { body: { kind: 'single', singleResult: { ...singleResult, data: watched } as Record<string, unknown> }, http: { status: undefined } };
    const hooks = await responseSizePlugin(maxBytes, logger, limits).requestDidStart!({} as never);
    await hooks!.willSendResponse!({ schema, document, operation, request: { variables: {} }, response, operationName: null } as never);
    return { sent: response.body.singleResult, status: response.http.status, reads };
  }

  it('sends a response whose cost bounds it below MAX_RESPONSE_BYTES without reading it', async () => {
    // cost 1: at most worstCaseResponseBytes(1) bytes, whatever the data.
    expect(worstCaseResponseBytes(1)).toBeLessThan(10_000);
    const { sent, reads } = await send('{ health }', { data: { health: 'ok' } }, 10_000);
    expect(reads).toBe(0);
    expect(sent.errors).toBeUndefined();
  });

  it('measures a response its cost does not bound, and refuses it when too large', async () => {
    const data = { health: 'x'.repeat(5_000) };
    const small = await send('{ health }', { data }, 2_000);
    expect(small.reads).toBeGreaterThan(0);
    expect(small.status).toBe(400);
    expect(small.sent.errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 2_000 } })]);
  });

  it('measures a response its cost bounds within reach of a string by serialising it, as Apollo will', async () => {
    // toJSON is what JSON.stringify sends (5,000 bytes); a walk of the object would count a few bytes.
    const serialisedOnly = { health: { toJSON: () => 'x'.repeat(5_000) } };
    expect(worstCaseResponseBytes(1)).toBeGreaterThan(2_000);
    const measured = await send('{ health }', { data: serialisedOnly }, 2_000);
    expect(measured.status).toBe(400);
    expect(measured.sent.errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 2_000 } })]);
  });

  it('measures a response that carries errors, which the cost rule does not charge', async () => {
    const withErrors = await send('{ health }', { data: { health: 'ok' }, errors: [{ message: 'e'.repeat(20_000) }] }, 10_000);
    expect(withErrors.status).toBe(400);
    expect(withErrors.sent.errors).toEqual([expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 10_000 } })]);
  });
});
