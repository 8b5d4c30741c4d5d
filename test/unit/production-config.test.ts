import { ConfigError, loadConfig } from '../../src/config';

function problemsFor(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('production settings', () => {
  it('defaults: compression above 1 KiB, no metrics, no rate limits, no proxy trusted', () => {
    const config = loadConfig({});
    expect(config.compression).toEqual({ enabled: true, thresholdBytes: 1024 });
    expect(config.metrics).toBe(false);
    expect(config.rateLimits).toEqual({ windowMs: 60_000, perAddress: 0, perKey: 0, curatorKey: 0, adminKey: 0 });
    expect(config.trustProxy).toBe(false);
    expect(config.tracing).toEqual({ enabled: false, exporter: 'none' });
  });

  it('turns tracing on with OTEL_TRACES_EXPORTER, off again with OTEL_SDK_DISABLED', () => {
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' }).tracing).toEqual({ enabled: true, exporter: 'otlp' });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'console', OTEL_SDK_DISABLED: 'true' }).tracing.enabled).toBe(false);
    expect(problemsFor({ OTEL_TRACES_EXPORTER: 'zipkin' })[0]).toMatch(/^OTEL_TRACES_EXPORTER/);
  });

  it('reads every setting; curator and admin budgets fall back to the per-key one', () => {
    const config = loadConfig({
      COMPRESSION: 'false',
      COMPRESSION_THRESHOLD_BYTES: '4096',
      METRICS: 'true',
      RATE_LIMIT_WINDOW_MS: '10000',
      RATE_LIMIT_PER_ADDRESS: '60',
      RATE_LIMIT_PER_KEY: '600',
      RATE_LIMIT_ADMIN_KEY: '0',
      TRUST_PROXY: '2',
    });
    expect(config.compression).toEqual({ enabled: false, thresholdBytes: 4096 });
    expect(config.metrics).toBe(true);
    expect(config.rateLimits).toEqual({ windowMs: 10_000, perAddress: 60, perKey: 600, curatorKey: 600, adminKey: 0 });
    expect(config.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1']);
  });

  it('rejects bad values by name', () => {
    expect(problemsFor({ RATE_LIMIT_PER_KEY: '-1' })[0]).toMatch(/^RATE_LIMIT_PER_KEY="-1"/);
    expect(problemsFor({ RATE_LIMIT_WINDOW_MS: '10' })[0]).toMatch(/^RATE_LIMIT_WINDOW_MS/);
    expect(problemsFor({ TRUST_PROXY: 'true' })[0]).toMatch(/^TRUST_PROXY="true"/);
    expect(problemsFor({ METRICS: 'yes' })[0]).toMatch(/^METRICS/);
    expect(problemsFor({ COMPRESSION_THRESHOLD_BYTES: 'big' })[0]).toMatch(/^COMPRESSION_THRESHOLD_BYTES/);
  });
});
