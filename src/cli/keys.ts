/**
 * npm run keys -- create --role <reader|curator|admin> [--name "ci bot"]   prints the new key once, and its id
 * npm run keys -- list [--json]                                           id, name, role, created, revoked (never hashes)
 * npm run keys -- revoke <id>                                             the key stops working at once
 *
 * Connects like `npm run seed`: to NEO4J_URI when set; otherwise to the embedded Neo4j a running
 * `npm start` serves on 127.0.0.1:NEO4J_BOLT_PORT (its store is locked while it runs), and only
 * when nothing answers there, starts the embedded Neo4j on DATA_DIR itself.
 * Bad arguments print the usage and exit 2; an unknown id exits 1.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { generateApiKey } from '../auth/api-key';
import { isRole, ROLES, type Role } from '../auth/roles';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger, type Logger } from '../logger';
import { createCommandClient } from '../neo4j/client';
import { openCommandDatabase, type Database } from '../neo4j/database';
import { LauncherError } from '../neo4j/launcher-errors';
import { applyMigrations } from '../neo4j/migrations';
import { createApiKeyRepository, type ApiKeyRepository, type ApiKeySummary } from '../auth/api-key-repository';

const USAGE = `Usage:
  npm run keys -- create --role <${ROLES.join('|')}> [--name <name>]
  npm run keys -- list [--json]
  npm run keys -- revoke <key id>`;

type Command = { name: 'create'; role: Role; keyName: string } | { name: 'list'; json: boolean } | { name: 'revoke'; id: string };

class UsageError extends Error {}

function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const only = (allowed: string[]) => {
    const extra = Object.keys(values).filter((option) => !allowed.includes(option));
    if (extra.length > 0) throw new UsageError(`\`${name}\` takes no --${extra.join(', --')}`);
  };
  if (name === 'create') {
    only(['role', 'name']);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    return { name, role: values.role, keyName: values.name ?? '' };
  }
  if (name === 'list') {
    only(['json']);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    return { name, json: values.json ?? false };
  }
  if (name === 'revoke') {
    only([]);
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('revoke takes exactly one key id');
    return { name, id: positionals[0] };
  }
  throw new UsageError(name === undefined ? 'no command given' : `unknown command ${JSON.stringify(name)}`);
}

interface Connection {
  repository: ApiKeyRepository;
  close(): Promise<void>;
}

async function connect(config: Config, logger: Logger): Promise<Connection> {
  const db = await openCommandDatabase(config, logger, (line) => process.stderr.write(`${line}\n`));
  return withRepository(db, logger, () => db.close());
}

async function withRepository(db: Pick<Database, 'driver' | 'name'>, logger: Logger, close: () => Promise<void>): Promise<Connection> {
  try {
    await applyMigrations(db.driver, db.name);
  } catch (error) {
    await close();
    throw error;
  }
  return { repository: createApiKeyRepository(createCommandClient(db, logger, 'keys')), close };
}

function table(keys: ApiKeySummary[]): string {
  const rows = [['id', 'name', 'role', 'created', 'revoked'], ...keys.map((k) => [k.id, k.name || '-', k.role, k.createdAt, k.revokedAt ?? '-'])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function run(command: Command, keys: ApiKeyRepository): Promise<number> {
  if (command.name === 'create') {
    const key = generateApiKey();
    const created = await keys.create({ id: key.keyId, name: command.keyName, role: command.role, hash: key.hash });
    process.stdout.write(
      `Created API key ${created.id} (role ${created.role}${created.name ? `, name ${JSON.stringify(created.name)}` : ''}).\n` +
        'Store it now: it is shown only this once (only its hash is kept). Send it as `Authorization: Bearer <key>`.\n\n' +
        `${key.plaintext}\n`,
    );
    return 0;
  }
  if (command.name === 'list') {
    const all = await keys.list();
    process.stdout.write(command.json ? `${JSON.stringify(all, null, 2)}\n` : `${all.length === 0 ? 'No API keys.' : table(all)}\n`);
    return 0;
  }
  const revoked = await keys.revoke(command.id);
  if (!revoked) {
    process.stderr.write(`No API key has the id ${JSON.stringify(command.id)} (see \`npm run keys -- list\`).\n`);
    return 1;
  }
  process.stdout.write(`Revoked API key ${revoked.id} at ${revoked.revokedAt}.\n`);
  return 0;
}

async function main(): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  // stdout carries the key and the list; logs go to stderr.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
  const connection = await connect(config, logger);
  try {
    return await run(command, connection.repository);
  } finally {
    await connection.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof LauncherError) {
      process.stderr.write(`\n${error.message}\n\n`);
    } else {
      process.stderr.write(`\nkeys failed: ${error instanceof Error ? error.message : String(error)}\n\n`);
    }
    process.exit(1);
  },
);
