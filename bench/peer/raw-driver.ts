/**
 * The floor: a plain Node HTTP endpoint, one hand-written Cypher query per question (bench/questions.ts)
 * through the same driver, rows as JSON. What the data costs without GraphQL, read as cheaply as
 * pledgegraph reads at its cheapest: one auto-commit read per request (`session.run` in a READ
 * session: no BEGIN and COMMIT round trips) with the driver's per-Result stack capture off.
 *
 *   POST /<question name>   → {"data": {…}}
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { withoutStackCapture } from '../../src/neo4j/stack-capture';
import { floorParams, QUESTIONS } from '../questions';
import { announce, benchServerEnv, countingDriver } from '../support/bench-server';

async function main(): Promise<void> {
  const env = benchServerEnv();
  const { driver, count, profileDriver } = countingDriver(env.uri);
  const byName = new Map(QUESTIONS.map((question) => [`/${question.name}`, { cypher: question.floor.cypher, params: floorParams(question) }]));
  const server = http.createServer((request, response) => {
    const floor = byName.get(request.url ?? '');
    request.resume();
    if (!floor) {
      response.writeHead(404).end();
      return;
    }
    const session = driver.session({ defaultAccessMode: 'READ' });
    withoutStackCapture(() => session.run(floor.cypher, floor.params))
      .then((result) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: result.records[0]?.toObject() ?? null }));
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      })
      .finally(() => void session.close());
  });
  await new Promise<void>((resolve) => server.listen(env.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await announce(`http://127.0.0.1:${port}`, env, count, profileDriver, async () => {
    server.close();
    await driver.close();
  });
}

void main();
