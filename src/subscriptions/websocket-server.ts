import type http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { createApiKeyRepository } from '../auth/api-key-repository';
import { createAuthenticator } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { Config } from '../config';
import { ErrorCode, unauthenticated } from '../errors';
import { createContext } from '../graphql/context';
import { decideTrustedDocument, type TrustedDocuments } from '../http/trusted-documents';
import type { Logger } from '../logger';
import { costModel, operationCost } from '../limits/query-cost';
import { createGraphClient } from '../neo4j/client';
import type { Database } from '../neo4j/database';
import { deadlineIn } from '../neo4j/deadline';
import { createAuditFeedRepository } from './audit-feed-repository';
import { createAuditFollower, type AuditFollower } from './audit-follower';
import { eventStream } from './event-stream';
import type { LiveContext, LiveFeed } from '../graphql/live-feed';

/** WebSocket close codes of this API besides graphql-ws's own (4400 bad message, 4401 unauthorized, 4408 init timeout …). */
export const CloseCodes = {
  GoingAway: 1001,
  /** The connection would exceed WS_MAX_CONNECTIONS_PER_KEY. */
  TooManyConnections: 4029,
  /** The client did not read its events: WS_MAX_BUFFERED_BYTES or WS_MAX_PENDING_EVENTS was exceeded. */
  SlowConsumer: 4008,
  Unauthenticated: 4401,
  /** The key could not be checked: the database is unavailable. */
  TryAgainLater: 1013,
} as const;

/** How long a closing socket may take to finish its close handshake before it is cut. */
const CLOSE_HANDSHAKE_MS = 1_000;

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Pick<Config, 'limits' | 'maxSourceChars' | 'requireKeyForReads' | 'requestTimeoutMs' | 'subscriptions'>;
  logger: Logger;
  db: Pick<Database, 'driver' | 'name'>;
  /** The HTTP operations' validation rules (depth, aliases, directives); subscriptions-only is added here. */
  validationRules: readonly ValidationRule[];
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** TRUSTED_DOCUMENTS: a `subscribe` names a manifest document under the same rules as an HTTP request. */
  trusted?: { documents: TrustedDocuments; mode: NonNullable<Config['trustedDocuments']>['mode'] } | false;
}

export interface SubscriptionServer {
  follower: AuditFollower;
  /** For Apollo's plugins: closes every socket (1001) when Apollo drains, as Apollo Server documents. */
  drainPlugin: ApolloServerPlugin;
  dispose(): Promise<void>;
}

interface Connection {
  principal: Principal | null;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's port and `/graphql`
 * path, under the same rules as HTTP: the API key (connection parameters, else the upgrade
 * request's headers), REQUIRE_KEY_FOR_READS, the depth, alias, directive, token and cost limits,
 * plus caps on connections per key, subscriptions per connection and unsent data per socket.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { httpServer, schema, config, logger, db } = options;
  const settings = config.subscriptions;
  const graphWithin = (ms: number) =>
    createGraphClient({
      driver: db.driver,
      database: db.name,
      logger,
      deadline: deadlineIn(ms),
    });
  const follower = createAuditFollower({
    feed: () => createAuditFeedRepository(graphWithin(config.requestTimeoutMs)),
    pollMs: settings.pollMs,
    logger,
  });
  const authenticate = (headers: IncomingHttpHeaders) =>
    createAuthenticator({
      apiKeys: createApiKeyRepository(graphWithin(config.requestTimeoutMs)),
      requireKeyForReads: config.requireKeyForReads,
    })(headers);
  const rules = [...specifiedRules, ...options.validationRules, subscriptionsOnly];
  const model = costModel({ maxSourceChars: config.maxSourceChars });
  const connections = new WeakMap<WebSocket, Connection>();
  const openPerOwner = new Map<string, number>();
  /** Who each open socket is counted against: its address from the upgrade, its key once `connection_init` names one. */
  const ownerOf = new WeakMap<WebSocket, string>();
  const take = (owner: string): boolean => {
    const open = openPerOwner.get(owner) ?? 0;
    if (open >= settings.maxConnectionsPerKey) return false;
    openPerOwner.set(owner, open + 1);
    return true;
  };
  const release = (owner: string): void => {
    const left = (openPerOwner.get(owner) ?? 1) - 1;
    if (left <= 0) openPerOwner.delete(owner);
    else openPerOwner.set(owner, left);
  };
  /**
   * Runs accepted and not yet completed, per graphql-ws connection context and subscription id
   * (a client may reuse an id once it sent `complete`, before the first run has ended): WS_MAX_SUBSCRIPTIONS counts them all.
   */
  const running = new WeakMap<object, Map<string, number>>();
  let openSubscriptions = 0;
  const tooMany = (who: string) => `Too many connections for ${who} (at most ${settings.maxConnectionsPerKey}).`;

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.limits.bodyBytes,
  });

  // Counted from the upgrade, so sockets that never send connection_init are capped too.
  wsServer.on('connection', (socket, request) => {
    const address = `address:${request.socket.remoteAddress ?? ''}`;
    if (!take(address)) return closeThenCut(socket, CloseCodes.TooManyConnections, tooMany('this address without an API key'));
    ownerOf.set(socket, address);
    socket.once('close', () => release(ownerOf.get(socket) ?? address));
  });

  function closeSlowConsumer(socket: WebSocket, reason: string): void {
    if (socket.readyState !== socket.OPEN) return;
    logger.info({ reason }, 'subscriptions: closing a slow consumer');
    closeThenCut(socket, CloseCodes.SlowConsumer, reason);
  }

  function liveFeed(socket: WebSocket, context: LiveContext, principal: Principal | null): LiveFeed {
    return {
      async follow(accept) {
        // The stream is handed out only once `unfollow` is set, so its consumer cannot end it earlier.
        const stream = eventStream<Parameters<typeof accept>[0]>({
          maxPending: settings.maxPendingEvents,
          onOverflow: () => closeSlowConsumer(socket, `Slow consumer: more than ${settings.maxPendingEvents} events waiting`),
          onReturn: () => unfollow(),
        });
        const unfollow = await follower.follow((event) => {
          if (!accept(event)) return;
          if (socket.bufferedAmount > settings.maxBufferedBytes) {
            closeSlowConsumer(socket, `Slow consumer: more than ${settings.maxBufferedBytes} bytes unsent`);
            return;
          }
          stream.push(event);
        });
        return renewingContext(stream.iterator, () =>
          Object.assign(
            context,
            createContext({
              driver: db.driver,
              database: db.name,
              logger,
              principal,
              deadline: deadlineIn(config.requestTimeoutMs),
            }),
          ),
        );
      },
    };
  }

  const serverCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      connectionInitWaitTimeout: config.requestTimeoutMs,
      onConnect: async ({ connectionParams, extra: { socket, request } }) => {
        let principal: Principal | null;
        try {
          principal = await authenticate(headersFrom(connectionParams, request.headers));
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          if (code === ErrorCode.Unauthenticated) closeThenCut(socket, CloseCodes.Unauthenticated, (error as GraphQLError).message);
          else {
            if (code !== ErrorCode.ServiceUnavailable && code !== ErrorCode.Timeout) logger.error({ err: error }, 'subscriptions: checking a key failed');
            closeThenCut(socket, CloseCodes.TryAgainLater, 'The API key could not be checked; try again shortly.');
          }
          return false;
        }
        if (principal) {
          const key = `key:${principal.keyId}`;
          if (!take(key)) {
            closeThenCut(socket, CloseCodes.TooManyConnections, tooMany(`the API key ${principal.keyId}`));
            return false;
          }
          const address = ownerOf.get(socket);
          if (address !== undefined) release(address);
          ownerOf.set(socket, key);
        }
        connections.set(socket, { principal });
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const { socket } = ctx.extra;
        const connection = connections.get(socket);
        if (!connection) return [requestError(ErrorCode.Unauthenticated, 'The connection was not accepted.')];
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          return [
            requestError(
              ErrorCode.BadRequest,
              `At most ${settings.maxSubscriptionsPerConnection} subscriptions per connection; complete one or open another connection.`,
            ),
          ];
        }
        if (openSubscriptions >= settings.maxSubscriptions) {
          return [requestError(ErrorCode.ServiceUnavailable, `This server holds its maximum of ${settings.maxSubscriptions} subscriptions; try again later.`)];
        }
        let query = payload.query;
        if (options.trusted) {
          const decision = decideTrustedDocument(payload, options.trusted.documents, options.trusted.mode);
          if ('refuse' in decision) return [requestError(ErrorCode.PersistedDocumentNotFound, decision.refuse)];
          if (decision.run === 'document') query = decision.document;
        }
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens: config.limits.tokens });
        } catch (error) {
          return [requestError(ErrorCode.GraphqlParseFailed, error instanceof GraphQLError ? error.message : 'The document could not be parsed.')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, ErrorCode.GraphqlValidationFailed));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [requestError(ErrorCode.GraphqlValidationFailed, 'Name the operation to run (operationName).')];
        const fragments = new Map(
          document.definitions
            .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((fragment) => [fragment.name.value, fragment]),
        );
        const { cost, costliest } = operationCost({
          schema,
          operation,
          fragments,
          variables: payload.variables ?? {},
          model,
        });
        if (cost > config.limits.cost) {
          const named = costliest.map((field) => `${field.path} (${field.cost})`).join(', ');
          return [
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${config.limits.cost}; costliest fields: ${named}. Ask for fewer items per page, fewer fields or fewer long texts.`,
              {
                extensions: {
                  code: ErrorCode.GraphqlValidationFailed,
                  cost,
                  maxCost: config.limits.cost,
                },
              },
            ),
          ];
        }
        const context = createContext({
          driver: db.driver,
          database: db.name,
          logger,
          principal: connection.principal,
        }) as LiveContext;
        context.live = liveFeed(socket, context, connection.principal);
        const runs = running.get(ctx) ?? new Map<string, number>();
        running.set(ctx, runs.set(id, (runs.get(id) ?? 0) + 1));
        openSubscriptions += 1;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      onComplete: (ctx, id) => {
        const runs = running.get(ctx);
        const count = runs?.get(id) ?? 0;
        if (count === 0) return;
        if (count === 1) runs!.delete(id);
        else runs!.set(id, count - 1);
        openSubscriptions -= 1;
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatted(result, options.formatError),
      onError: (ctx, id, _payload, errors) => {
        const { socket } = ctx.extra;
        if (socket.readyState !== socket.OPEN || errors.some(isClientGone)) {
          logger.debug({ id, code: errors.map(errnoOf).find(Boolean) }, 'subscriptions: the client went away before an event could be sent');
          return errors.map(() => ({ message: 'The connection is closed.', extensions: { code: ErrorCode.BadRequest } }));
        }
        return errors.map((error) => publicFormat(error, options.formatError));
      },
      isProd: true,
    },
    wsServer,
    settings.keepAliveMs,
  );

  async function dispose(): Promise<void> {
    follower.stop();
    const sockets = [...wsServer.clients];
    const closed = Promise.all(
      sockets.map((socket) => new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : socket.once('close', () => resolve())))),
    );
    for (const socket of sockets) closeThenCut(socket, CloseCodes.GoingAway, 'The server is shutting down.');
    await Promise.all([closed, serverCleanup.dispose()]);
  }

  return {
    follower,
    dispose,
    drainPlugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await dispose();
          },
        };
      },
    },
  };
}

/** Closes with a code and reason; a socket whose peer does not answer the close (it stopped reading) is cut after a second. */
function closeThenCut(socket: WebSocket, code: number, reason: string): void {
  socket.close(code, closeReason(reason));
  setTimeout(() => socket.terminate(), CLOSE_HANDSHAKE_MS).unref();
}

/** A close reason is at most 123 bytes. */
function closeReason(reason: string): string {
  return Buffer.byteLength(reason) <= 123
    ? reason
    : `${Buffer.from(reason)
        .subarray(0, 119)
        .toString('utf8')
        .replace(/\uFFFD+$/, '')}...`;
}

/**
 * The key from `connectionParams` (`authorization: "Bearer <key>"` or `x-api-key`), else the upgrade
 * request's headers. A key parameter that is not a string is UNAUTHENTICATED, as a malformed header is over HTTP.
 */
export function headersFrom(params: Readonly<Record<string, unknown>> | undefined, upgrade: IncomingHttpHeaders): IncomingHttpHeaders {
  const text = (value: unknown) => {
    if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
    throw unauthenticated('The API key in connection_init must be a string: authorization: "Bearer <key>" or x-api-key: "<key>".');
  };
  const authorization = text(params?.authorization ?? params?.Authorization);
  const apiKey = text(params?.['x-api-key'] ?? params?.apiKey);
  if (authorization !== undefined || apiKey !== undefined) return { authorization, 'x-api-key': apiKey };
  return {
    authorization: upgrade.authorization,
    'x-api-key': upgrade['x-api-key'],
  };
}

/** Over WebSocket this API serves subscriptions only: queries and mutations keep HTTP's deadlines, rate limits and response cap. */
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) return;
    context.reportError(
      new GraphQLError(`Over WebSocket this API serves subscriptions only; send ${node.operation} operations over HTTP (POST /graphql).`, { nodes: [node] }),
    );
  },
});

/** Writing to a socket its peer closed, or that was closed for it (a slow consumer): not a server error. */
const CLIENT_GONE = new Set(['ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'EPIPE', 'ECONNRESET']);

function errnoOf(error: GraphQLError): string | undefined {
  const original: unknown = error.originalError;
  const code = typeof original === 'object' && original !== null && 'code' in original ? original.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function isClientGone(error: GraphQLError): boolean {
  return CLIENT_GONE.has(errnoOf(error) ?? '');
}

function requestError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code },
  });
}

function publicFormat(error: GraphQLError, formatError: SubscriptionServerOptions['formatError']): GraphQLFormattedError {
  const { http: _http, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  return formatError({ ...error.toJSON(), extensions }, error);
}

function formatted(result: ExecutionResult, formatError: SubscriptionServerOptions['formatError']): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors
    ? {
        ...rest,
        errors: errors.map((error) => publicFormat(error, formatError)),
      }
    : rest;
}

/** Gives the operation a fresh request context (graph client, deadline, loaders) before each event is resolved. */
function renewingContext<T>(source: AsyncIterableIterator<T>, renew: () => void): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await source.next();
      if (!result.done) renew();
      return result;
    },
    return: () => source.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error instanceof Error ? error : new Error(String(error))),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
