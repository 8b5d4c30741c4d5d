import path from 'node:path';
import { z } from 'zod';

/** Bounds on what one request may ask for; see docs/operations.md for how each is counted. */
export interface Limits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  bodyBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  depth: 12,
  cost: 5000,
  aliases: 15,
  directives: 10,
  tokens: 2000,
  bodyBytes: 100 * 1024,
};

/** Below MAX_BODY_BYTES' default (100 KiB), leaving room for the facts document in the same request. */
export const DEFAULT_MAX_SOURCE_CHARS = 60_000;

/** How long one HTTP request may take, database work included; see docs/operations.md "Deadlines". */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** The largest GraphQL response body the server sends (10 MiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Subscriptions over WebSocket; see docs/operations.md, "Subscriptions". */
export interface SubscriptionSettings {
  /** How often an instance with subscribers reads new audit events. */
  pollMs: number;
  /** Open WebSocket connections per API key (per client address without one). */
  maxConnectionsPerKey: number;
  maxSubscriptionsPerConnection: number;
  /** Subscriptions open on this instance at once, all connections together: every audit event is executed once per subscription. */
  maxSubscriptions: number;
  /** A connection whose unsent data exceeds this is closed as a slow consumer. */
  maxBufferedBytes: number;
  /** A subscription with more events waiting than this is closed as a slow consumer. */
  maxPendingEvents: number;
  /** WebSocket ping interval; a connection that misses a pong for as long is dropped. 0: no pings. */
  keepAliveMs: number;
}

export const DEFAULT_SUBSCRIPTIONS: Readonly<SubscriptionSettings> = {
  pollMs: 200,
  maxConnectionsPerKey: 10,
  maxSubscriptionsPerConnection: 20,
  maxSubscriptions: 1000,
  maxBufferedBytes: 1024 * 1024,
  maxPendingEvents: 100,
  keepAliveMs: 12_000,
};

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const corsOrigins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .superRefine((origins, context) => {
    for (const origin of origins.filter((candidate) => !/^https?:\/\/[^/\s]+$/.test(candidate))) {
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(origin)} is not an origin; list origins such as https://app.example.org (scheme://host[:port], no path), comma-separated`,
      });
    }
  });
const byteSize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g');
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const trustProxy = z.union([
  z.enum(['false', '0', '']).transform(() => false as const),
  z.coerce.number().int().min(1).max(10),
  z
    .string()
    .regex(/^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/, 'must be false, a number of proxy hops (1-10) or a comma-separated list of proxy addresses/subnets')
    .transform((value) => value.split(',').map((entry) => entry.trim())),
]);

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI (with optional +s / +ssc)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NEO4J_USERNAME: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  DATA_DIR: z.string().min(1).default('.data'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP_SIZE: byteSize.default('512m'),
  NEO4J_PAGECACHE_SIZE: byteSize.default('64m'),
  NEO4J_TX_TOTAL_MEMORY: byteSize.default('256m'),
  NEO4J_TX_MAX_MEMORY: byteSize.default('128m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(0).default(120_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EXPOSE_SCHEMA: flag.default(true),
  CORS_ORIGINS: corsOrigins.default([]),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  MAX_QUERY_DEPTH: positiveInt.default(DEFAULT_LIMITS.depth),
  MAX_QUERY_COST: positiveInt.default(DEFAULT_LIMITS.cost),
  MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.aliases),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.directives),
  MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.tokens),
  MAX_BODY_BYTES: positiveInt.default(DEFAULT_LIMITS.bodyBytes),
  REQUIRE_KEY_FOR_READS: flag.default(false),
  MAX_SOURCE_CHARS: positiveInt.default(DEFAULT_MAX_SOURCE_CHARS),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_TIMEOUT_MS),
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_RESPONSE_BYTES),
  COMPRESSION: flag.default(true),
  COMPRESSION_THRESHOLD_BYTES: z.coerce.number().int().min(0).default(1024),
  METRICS: flag.default(false),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).default(0),
  RATE_LIMIT_PER_KEY: z.coerce.number().int().min(0).default(0),
  RATE_LIMIT_CURATOR_KEY: z.coerce.number().int().min(0).optional(),
  RATE_LIMIT_ADMIN_KEY: z.coerce.number().int().min(0).optional(),
  TRUST_PROXY: trustProxy.default(false),
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'console', 'none']).default('none'),
  OTEL_SDK_DISABLED: flag.default(false),
  TRUSTED_DOCUMENTS: optionalText,
  TRUSTED_DOCUMENTS_MODE: z.enum(['strict', 'allow-apq']).default('strict'),
  SUBSCRIPTION_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(DEFAULT_SUBSCRIPTIONS.pollMs),
  WS_MAX_CONNECTIONS_PER_KEY: positiveInt.default(DEFAULT_SUBSCRIPTIONS.maxConnectionsPerKey),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.default(DEFAULT_SUBSCRIPTIONS.maxSubscriptionsPerConnection),
  WS_MAX_SUBSCRIPTIONS: positiveInt.default(DEFAULT_SUBSCRIPTIONS.maxSubscriptions),
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_SUBSCRIPTIONS.maxBufferedBytes),
  WS_MAX_PENDING_EVENTS: positiveInt.default(DEFAULT_SUBSCRIPTIONS.maxPendingEvents),
  WS_KEEPALIVE_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_SUBSCRIPTIONS.keepAliveMs),
});

export interface EmbeddedNeo4jConfig {
  dataDir: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  txTotalMemory: string;
  txMaxMemory: string;
  startTimeoutMs: number;
  /** Neo4j's `db.transaction.timeout`, a backstop for transactions that set none; 0: none. Default 120 s. */
  txTimeoutMs?: number;
}

export interface Neo4jConnectionConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  /** Set when the user brings their own Neo4j; the embedded launcher is not used. */
  neo4j?: Neo4jConnectionConfig;
  database?: string;
  embedded: EmbeddedNeo4jConfig;
  /** Serves the IDE and allows introspection (and "Did you mean" hints); off hides the schema. */
  exposeSchema: boolean;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  shutdownGraceMs: number;
  readinessTimeoutMs: number;
  limits: Limits;
  /** Every operation, reads included, needs an API key (reader or above); off: reads are public. */
  requireKeyForReads: boolean;
  /** The longest source text `ingestSource` accepts, in characters (UTF-16 code units). */
  maxSourceChars: number;
  /** Each request's deadline; every Neo4j transaction it runs gets what is left as its timeout. */
  requestTimeoutMs: number;
  /** A GraphQL response larger than this (serialised JSON, bytes) is refused with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Compress responses of at least `thresholdBytes` for clients that accept it; off: never. */
  compression: { enabled: boolean; thresholdBytes: number };
  /** Serve Prometheus metrics at `/metrics` (docs/operations.md, "Metrics"). */
  metrics: boolean;
  rateLimits: RateLimits;
  /** Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client address. */
  trustProxy: false | number | string[];
  tracing: TracingConfig;
  /** A persisted-documents manifest (graphql-codegen's client preset) and how strictly to hold to it; docs/api.md "Trusted documents". */
  trustedDocuments?: TrustedDocumentsConfig;
  subscriptions: SubscriptionSettings;
}

export interface TrustedDocumentsConfig {
  /** The manifest: a JSON object of SHA-256 hash (hex) -> document. */
  manifestPath: string;
  /** `strict`: only the manifest's documents run; `allow-apq`: the manifest's by id, anything else as without it (APQ included). */
  mode: 'strict' | 'allow-apq';
}

/** OpenTelemetry tracing; the SDK reads the other OTEL_* variables itself (docs/operations.md, "Tracing"). */
export interface TracingConfig {
  enabled: boolean;
  exporter: 'otlp' | 'console' | 'none';
}

/** Requests per window; 0 means unlimited (docs/operations.md, "Rate limits"). */
export interface RateLimits {
  windowMs: number;
  /** For requests without a valid API key, per client address. */
  perAddress: number;
  /** Per reader key; curator and admin keys have their own budgets, this one when unset. */
  perKey: number;
  curatorKey: number;
  adminKey: number;
}

/** Raised when the environment holds a bad value; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once into a validated, typed configuration. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const value = environment[name];
        return `${name}=${JSON.stringify(value)}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          username: env.NEO4J_USERNAME,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE,
        }
      : undefined,
    database: env.NEO4J_DATABASE,
    embedded: {
      dataDir: path.resolve(env.DATA_DIR),
      boltPort: env.NEO4J_BOLT_PORT,
      heapSize: env.NEO4J_HEAP_SIZE,
      pageCacheSize: env.NEO4J_PAGECACHE_SIZE,
      txTotalMemory: env.NEO4J_TX_TOTAL_MEMORY,
      txMaxMemory: env.NEO4J_TX_MAX_MEMORY,
      startTimeoutMs: env.NEO4J_START_TIMEOUT_MS,
      txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
    },
    exposeSchema: env.EXPOSE_SCHEMA,
    corsOrigins: env.CORS_ORIGINS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    readinessTimeoutMs: env.READINESS_TIMEOUT_MS,
    limits: {
      depth: env.MAX_QUERY_DEPTH,
      cost: env.MAX_QUERY_COST,
      aliases: env.MAX_ALIASES,
      directives: env.MAX_DIRECTIVES,
      tokens: env.MAX_TOKENS,
      bodyBytes: env.MAX_BODY_BYTES,
    },
    requireKeyForReads: env.REQUIRE_KEY_FOR_READS,
    maxSourceChars: env.MAX_SOURCE_CHARS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    maxResponseBytes: env.MAX_RESPONSE_BYTES,
    compression: { enabled: env.COMPRESSION, thresholdBytes: env.COMPRESSION_THRESHOLD_BYTES },
    metrics: env.METRICS,
    rateLimits: {
      windowMs: env.RATE_LIMIT_WINDOW_MS,
      perAddress: env.RATE_LIMIT_PER_ADDRESS,
      perKey: env.RATE_LIMIT_PER_KEY,
      curatorKey: env.RATE_LIMIT_CURATOR_KEY ?? env.RATE_LIMIT_PER_KEY,
      adminKey: env.RATE_LIMIT_ADMIN_KEY ?? env.RATE_LIMIT_PER_KEY,
    },
    trustProxy: env.TRUST_PROXY,
    tracing: {
      enabled: env.OTEL_TRACES_EXPORTER !== 'none' && !env.OTEL_SDK_DISABLED,
      exporter: env.OTEL_TRACES_EXPORTER,
    },
    trustedDocuments: env.TRUSTED_DOCUMENTS ? { manifestPath: path.resolve(env.TRUSTED_DOCUMENTS), mode: env.TRUSTED_DOCUMENTS_MODE } : undefined,
    subscriptions: {
      pollMs: env.SUBSCRIPTION_POLL_MS,
      maxConnectionsPerKey: env.WS_MAX_CONNECTIONS_PER_KEY,
      maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxSubscriptions: env.WS_MAX_SUBSCRIPTIONS,
      maxBufferedBytes: env.WS_MAX_BUFFERED_BYTES,
      maxPendingEvents: env.WS_MAX_PENDING_EVENTS,
      keepAliveMs: env.WS_KEEPALIVE_MS,
    },
  };
}
