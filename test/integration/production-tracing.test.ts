import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { reseed } from '../support/api';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { parameterShape } from '../../src/observability/tracing';

const driver = getTestDriver();
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();
afterAll(async () => {
  await provider.shutdown();
  trace.disable();
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const SECRET_WORDS = 'significant step';

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

async function spansOfTrace(traceId: string, expectedCount: (spans: ReadableSpan[]) => boolean): Promise<ReadableSpan[]> {
  // The HTTP span ends on the response's `close`, a moment after the client has read the body.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (expectedCount(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`trace ${traceId} incomplete: ${JSON.stringify(exporter.getFinishedSpans().map((span) => span.name))}`);
}

async function waitForServerSpan(): Promise<ReadableSpan> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const server = exporter.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER);
    if (server) return server;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no HTTP span was recorded');
}

describe('OpenTelemetry tracing (OTEL_TRACES_EXPORTER set)', () => {
  let api: TestServer;
  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver, env: { OTEL_TRACES_EXPORTER: 'otlp' } });
  });
  afterAll(() => api.stop());
  beforeEach(() => exporter.reset());

  it("gives one trace per request, continuing the caller's traceparent: HTTP → operation → one span per Cypher query", async () => {
    const response = await postGraphQL(
      api.url,
      {
        query: 'query Find($words: String!) { search(query: $words, first: 3) { edges { node { __typename } } } sources(first: 2) { edges { node { key } } } }',
        operationName: 'Find',
        variables: { words: SECRET_WORDS },
      },
      { traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
    );
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();

    const spans = await spansOfTrace(TRACE_ID, (found) => found.some((span) => span.kind === SpanKind.SERVER));
    const http = spans.filter((span) => span.kind === SpanKind.SERVER);
    expect(http).toHaveLength(1);
    const [server] = http as [ReadableSpan];
    expect(server.name).toBe('POST /graphql');
    expect(parentOf(server)).toBe(CALLER_SPAN_ID);
    expect(server.attributes).toMatchObject({ 'http.request.method': 'POST', 'url.path': '/graphql', 'http.response.status_code': 200 });

    const operations = spans.filter((span) => parentOf(span) === server.spanContext().spanId);
    expect(operations.map((span) => span.name)).toEqual(['query Find']);
    const [operation] = operations as [ReadableSpan];
    expect(operation.attributes).toMatchObject({ 'graphql.operation.name': 'Find', 'graphql.operation.type': 'query' });

    const queries = spans.filter((span) => span.kind === SpanKind.CLIENT);
    // One Cypher query per root field: search and sources.
    expect(queries).toHaveLength(2);
    for (const query of queries) {
      expect(parentOf(query)).toBe(operation.spanContext().spanId);
      expect(query.name).toBe('neo4j read');
      expect(query.attributes['db.system.name']).toBe('neo4j');
      expect(String(query.attributes['db.query.text'])).toMatch(/MATCH|CALL/);
      expect(typeof query.attributes['db.response.returned_rows']).toBe('number');
    }
    expect(spans).toHaveLength(1 + 1 + 2);
    const shapes = queries.map((query) => String(query.attributes['pledgegraph.neo4j.parameters']));
    expect(shapes.some((shape) => shape.includes('"string"'))).toBe(true);
    // The words searched for appear in no span: parameters are recorded by shape only.
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('significant');
  });

  it('starts a new trace without a traceparent, marks a failed operation with its error code, and leaves the probes untraced', async () => {
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(200);
    // A non-null root field refused: no data, so HTTP 400 (a nullable one would answer 200 with data).
    const response = await postGraphQL(api.url, { query: 'query Refused { search(query: "guarantees", first: 0) { totalCount } }' });
    expect(response.status).toBe(400);
    const code = response.json?.errors?.[0]?.extensions?.code;
    expect(code).toBe('BAD_USER_INPUT');

    const server = await waitForServerSpan();
    expect(server.parentSpanContext).toBeUndefined();
    expect(server.attributes['http.response.status_code']).toBe(400);
    const spans = exporter.getFinishedSpans();
    // The probe made no span: the only SERVER span is the GraphQL request's.
    expect(spans.filter((span) => span.kind === SpanKind.SERVER)).toEqual([server]);
    const operation = spans.find((span) => span.name === 'query Refused');
    expect(operation?.spanContext().traceId).toBe(server.spanContext().traceId);
    expect(operation?.status).toEqual({ code: SpanStatusCode.ERROR, message: code });
    expect(operation?.attributes['pledgegraph.graphql.error_codes']).toEqual([code]);
  });

  it('describes parameters by shape only', () => {
    expect(parameterShape({ keys: ['a', 'b', 'c'], first: 3, filter: { text: 'secret', ids: [] }, none: null })).toBe(
      '{"keys":"string[3]","first":"number","filter":{"text":"string","ids":"unknown[0]"},"none":"null"}',
    );
  });
});

describe('tracing off (the default)', () => {
  it('records no span', async () => {
    exporter.reset();
    const api = await startTestServer({ driver });
    try {
      expect((await postGraphQL(api.url, { query: '{ sources(first: 1) { edges { node { key } } } }' })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(exporter.getFinishedSpans()).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
