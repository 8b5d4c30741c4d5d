import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const byteSize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g');
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const environmentSchema = z.object({
  PORT: port.default(4000),
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface EmbeddedNeo4jConfig {
  dataDir: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  txTotalMemory: string;
  txMaxMemory: string;
  startTimeoutMs: number;
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
        const name = issue.path.join('.');
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
    },
  };
}
