import { trace } from '@opentelemetry/api';
import { startTracing } from '../../src/observability/tracing';

describe('startTracing', () => {
  afterEach(() => trace.disable());

  it('does nothing while OTEL_TRACES_EXPORTER is none: spans stay no-ops', () => {
    expect(startTracing({ enabled: false, exporter: 'none' })).toBeUndefined();
    expect(trace.getTracer('t').startSpan('s').isRecording()).toBe(false);
  });

  it('registers a tracer provider that exports to the console exporter, named by OTEL_SERVICE_NAME', async () => {
    const previous = process.env.OTEL_SERVICE_NAME;
    process.env.OTEL_SERVICE_NAME = 'pledgegraph-test';
    const written: string[] = [];
    const log = jest.spyOn(console, 'dir').mockImplementation((value: unknown) => void written.push(JSON.stringify(value)));
    try {
      const tracing = startTracing({ enabled: true, exporter: 'console' });
      expect(tracing).toBeDefined();
      const span = trace.getTracer('t').startSpan('smoke');
      expect(span.isRecording()).toBe(true);
      span.end();
      await tracing?.shutdown();
      const exported = written.join('\n');
      expect(exported).toContain('"name":"smoke"');
      expect(exported).toContain('pledgegraph-test');
    } finally {
      log.mockRestore();
      if (previous === undefined) delete process.env.OTEL_SERVICE_NAME;
      else process.env.OTEL_SERVICE_NAME = previous;
    }
  });
});
