import net from 'node:net';
import { startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

const driver = getTestDriver();
const REQUEST_TIMEOUT_MS = 1_000;
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ driver, env: { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
});
afterAll(() => api.stop());

/** Writes `text` on a raw socket, never finishes the request, and resolves with what the server sent and when it ended the connection. */
function sendUnfinished(text: string): Promise<{ answer: string; ms: number }> {
  const { port } = new URL(api.origin);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(text));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
    socket.on('error', reject);
  });
}

// Node's own default kept such a connection for 300 s (checked every 30 s): a slowloris held a socket for minutes.
describe('a client that never finishes its request is cut off at the request deadline', () => {
  it('a body that stops short of its Content-Length', async () => {
    const { answer, ms } = await sendUnfinished(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 50000\r\n\r\n{"query":"{ health }"',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 10_000);
  });

  it('headers that never end', async () => {
    const { answer, ms } = await sendUnfinished('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 10_000);
  });
});
