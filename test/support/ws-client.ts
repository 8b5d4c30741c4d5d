import WebSocket from 'ws';

/** A message the server sent, as graphql-ws (`graphql-transport-ws`) frames it. */
export interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/** A plain graphql-ws protocol client over `ws`: every frame and the close code are visible to the test. */
export interface WsClient {
  socket: WebSocket;
  messages: ServerMessage[];
  /** Resolves with the close code and reason once the socket closed. */
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  /** Waits for the first message (from the start) that `match` accepts. */
  next(match: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  close(): void;
}

/** The WebSocket URL of an HTTP GraphQL URL (same host, port and path). */
export const wsUrlOf = (httpUrl: string): string => httpUrl.replace(/^http/, 'ws');

export function openWs(url: string, headers: Record<string, string> = {}): WsClient {
  const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString('utf8')) as ServerMessage);
    for (const wake of waiters) wake();
  });
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString('utf8') });
      for (const wake of waiters) wake();
    }),
  );
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const client: WsClient = {
    socket,
    messages,
    closed,
    send(message) {
      const text = typeof message === 'string' ? message : JSON.stringify(message);
      void opened.then(() => socket.send(text));
    },
    next(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (found) {
            done();
            resolve(found);
          } else if (socket.readyState === WebSocket.CLOSED) {
            done();
            reject(new Error(`socket closed; messages: ${JSON.stringify(messages)}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    subscribe(id, query, variables) {
      client.send({ id, type: 'subscribe', payload: { query, variables } });
    },
    close() {
      socket.close();
    },
  };
  return client;
}

/** Opens a connection and completes the graphql-ws handshake with `connectionParams`. */
export async function connectWs(url: string, connectionParams: Record<string, unknown> = {}): Promise<WsClient> {
  const client = openWs(url);
  client.send({ type: 'connection_init', payload: connectionParams });
  await client.next((message) => message.type === 'connection_ack');
  return client;
}

export const bearer = (key: string): Record<string, string> => ({
  authorization: `Bearer ${key}`,
});
