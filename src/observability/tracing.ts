import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context as TraceContext } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import type { TracingConfig } from '../config';
import { observeGraphQueries } from './graph-queries';

const TRACER = 'pledgegraph';
const UNTRACED_PATHS = new Set(['/livez', '/readyz', '/metrics']);

/** The shape of a query's parameters, never their values: `{"keys":"string[3]","first":"number"}`. */
export function parameterShape(params: Record<string, unknown>): string {
  const shapeOf = (value: unknown): unknown => {
    if (value === null) return 'null';
    if (Array.isArray(value)) {
      const first: unknown = value[0];
      return `${value.length === 0 ? 'unknown' : typeof first === 'object' && first !== null ? 'object' : typeof first}[${value.length}]`;
    }
    if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
    return typeof value;
  };
  return JSON.stringify(shapeOf(params));
}

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK when OTEL_TRACES_EXPORTER is `otlp` or `console` (and OTEL_SDK_DISABLED
 * is not true); undefined otherwise. The rest is the SDK's own standard variables: OTEL_SERVICE_NAME,
 * OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT / HEADERS, OTEL_TRACES_SAMPLER(_ARG),
 * OTEL_BSP_*. Call it before the server starts. The SDK and its exporters are loaded only then: with
 * tracing off (the default) the process never holds them (docs/benchmarks.md, "Memory: where RSS goes").
 */
export function startTracing(config: TracingConfig): Tracing | undefined {
  if (!config.enabled) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports -- a require, not import(): TypeScript keeps import() as an ES import in CommonJS output */
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { detectResources, envDetector, resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider } =
    require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'pledgegraph' }).merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new BatchSpanProcessor(config.exporter === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter())],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

/** One CLIENT span per Cypher query (or multi-statement transaction), a child of whatever span is active. */
export function traceGraphQueries(): () => void {
  return observeGraphQueries(({ mode, cypher, params }) => {
    const span = trace.getTracer(TRACER).startSpan(cypher ? `neo4j ${mode.toLowerCase()}` : `neo4j ${mode.toLowerCase()} transaction`, {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'neo4j',
        'pledgegraph.neo4j.access_mode': mode,
        ...(cypher ? { 'db.query.text': cypher } : {}),
        ...(params ? { 'pledgegraph.neo4j.parameters': parameterShape(params) } : {}),
      },
    });
    return ({ rows, error }) => {
      if (rows !== undefined) span.setAttribute('db.response.returned_rows', rows);
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      span.end();
    };
  });
}

const httpContexts = new WeakMap<IncomingMessage, TraceContext>();

/**
 * A SERVER span per HTTP request (probes and /metrics aside), continuing the caller's trace when it
 * sends a W3C `traceparent`. Its context is kept on the request, since body parsing loses the
 * async context on the way to the GraphQL handler.
 */
export function traceHttpRequests(): RequestHandler {
  return (req, res, next) => {
    if (UNTRACED_PATHS.has(req.path)) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = trace
      .getTracer(TRACER)
      .startSpan(
        `${req.method} ${req.path === '/graphql' ? '/graphql' : 'other'}`,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.path } },
        parent,
      );
    const active = trace.setSpan(parent, span);
    httpContexts.set(req, active);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      const requestId = res.getHeader('x-request-id');
      if (typeof requestId === 'string') span.setAttribute('pledgegraph.request_id', requestId);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(active, next);
  };
}

/** The GraphQL operation's span, a child of the HTTP span; Apollo and the resolvers run inside it. */
export function traceGraphqlOperations(): RequestHandler {
  return (req, res, next) => {
    const parent = httpContexts.get(req) ?? context.active();
    const span = trace.getTracer(TRACER).startSpan('graphql operation', { kind: SpanKind.INTERNAL }, parent);
    res.once('close', () => span.end());
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the active operation span after the operation (`query Sources`) and marks errors. */
export function tracingPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!span || !operation) return;
          span.updateName(`${operation.operation}${operationName ? ` ${operationName}` : ''}`);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!span || !errors?.length) return;
          span.setAttribute(
            'pledgegraph.graphql.error_codes',
            errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
          );
          span.setStatus({ code: SpanStatusCode.ERROR, message: String(errors[0]?.extensions?.code ?? 'error') });
        },
      };
    },
  };
}
