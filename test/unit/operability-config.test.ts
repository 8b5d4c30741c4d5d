import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../src/config';

function problemsFor(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('operability settings', () => {
  it('defaults: schema exposed, no cross-origin access, 10 s drain, 1.5 s readiness, documented limits', () => {
    const config = loadConfig({});
    expect(config.exposeSchema).toBe(true);
    expect(config.corsOrigins).toEqual([]);
    expect(config.shutdownGraceMs).toBe(10_000);
    expect(config.readinessTimeoutMs).toBe(1_500);
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ depth: 12, cost: 5000, aliases: 15, directives: 10, tokens: 2000, bodyBytes: 102_400 });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '0',
      EXPOSE_SCHEMA: 'false',
      CORS_ORIGINS: 'https://app.example.org, http://localhost:5173',
      SHUTDOWN_GRACE_MS: '2500',
      READINESS_TIMEOUT_MS: '800',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '900',
      MAX_ALIASES: '0',
      MAX_DIRECTIVES: '3',
      MAX_TOKENS: '500',
      MAX_BODY_BYTES: '4096',
    });
    expect(config.port).toBe(0);
    expect(config.exposeSchema).toBe(false);
    expect(config.corsOrigins).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(config.shutdownGraceMs).toBe(2500);
    expect(config.readinessTimeoutMs).toBe(800);
    expect(config.limits).toEqual({ depth: 8, cost: 900, aliases: 0, directives: 3, tokens: 500, bodyBytes: 4096 });
    expect(loadConfig({ EXPOSE_SCHEMA: '1' }).exposeSchema).toBe(true);
    expect(loadConfig({ EXPOSE_SCHEMA: '0' }).exposeSchema).toBe(false);
  });

  it.each([
    ['EXPOSE_SCHEMA', 'yes', /EXPOSE_SCHEMA="yes": .*"true".*"false"/],
    ['CORS_ORIGINS', '*', /CORS_ORIGINS="\*": "\*" is not an origin; list origins such as https:\/\/app\.example\.org/],
    [
      'CORS_ORIGINS',
      'https://ok.example.org,https://bad.example.org/path',
      /^CORS_ORIGINS="https:\/\/ok\.example\.org,https:\/\/bad\.example\.org\/path": "https:\/\/bad\.example\.org\/path" is not an origin/,
    ],
    ['SHUTDOWN_GRACE_MS', '-1', /SHUTDOWN_GRACE_MS="-1": .*>=0/],
    ['SHUTDOWN_GRACE_MS', 'soon', /SHUTDOWN_GRACE_MS="soon": .*number/],
    ['READINESS_TIMEOUT_MS', '10', /READINESS_TIMEOUT_MS="10": .*>=100/],
    ['MAX_QUERY_DEPTH', '0', /MAX_QUERY_DEPTH="0": .*>=1/],
    ['MAX_QUERY_COST', '1.5', /MAX_QUERY_COST="1.5": .*expected int/],
    ['MAX_ALIASES', '-2', /MAX_ALIASES="-2": .*>=0/],
    ['MAX_DIRECTIVES', 'ten', /MAX_DIRECTIVES="ten": .*number/],
    ['MAX_TOKENS', '', /MAX_TOKENS="": .*>=1/],
    ['MAX_BODY_BYTES', '100kb', /MAX_BODY_BYTES="100kb": .*number/],
    ['PORT', '70000', /PORT="70000": .*<=65535/],
  ])('%s=%j is refused with a message naming it and its value', (name, value, message) => {
    const problems = problemsFor({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists every bad value at once', () => {
    expect(problemsFor({ MAX_TOKENS: 'x', EXPOSE_SCHEMA: 'maybe' })).toHaveLength(2);
  });

  it('deadlines and the response cap: 10 s, 120 s backstop, 10 MiB by default; read from the environment; bad values named', () => {
    const defaults = loadConfig({});
    expect(defaults.requestTimeoutMs).toBe(10_000);
    expect(defaults.maxResponseBytes).toBe(10 * 1024 * 1024);
    expect(defaults.embedded.txTimeoutMs).toBe(120_000);
    const set = loadConfig({ REQUEST_TIMEOUT_MS: '2500', MAX_RESPONSE_BYTES: '4096', NEO4J_TX_TIMEOUT_MS: '0' });
    expect([set.requestTimeoutMs, set.maxResponseBytes, set.embedded.txTimeoutMs]).toEqual([2_500, 4_096, 0]);
    expect(problemsFor({ REQUEST_TIMEOUT_MS: '0', MAX_RESPONSE_BYTES: '10', NEO4J_TX_TIMEOUT_MS: '-1' })).toEqual([
      expect.stringMatching(/^NEO4J_TX_TIMEOUT_MS="-1": /),
      expect.stringMatching(/^REQUEST_TIMEOUT_MS="0": /),
      expect.stringMatching(/^MAX_RESPONSE_BYTES="10": /),
    ]);
  });
});
