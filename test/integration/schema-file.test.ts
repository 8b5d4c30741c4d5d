import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/project-root';
import { createTestApiKey } from '../support/api-keys';
import { startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(240_000);

const run = promisify(execFile);
const driver = getTestDriver();
const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

describe('GET /schema.graphql', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver });
  });
  afterAll(() => api.stop());

  it('serves the committed schema.graphql, byte for byte, as text', async () => {
    const response = await fetch(`${api.origin}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(committed);
    expect(committed).toContain('type Query {');
    expect(committed).not.toContain('extend type');
  });

  it('feeds graphql-codegen: the client preset, run from that file alone in an empty folder, makes a client that compiles', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-codegen-'));
    try {
      // The folder's only inputs: the served schema, one document, one program using the client.
      fs.writeFileSync(path.join(folder, 'schema.graphql'), await (await fetch(`${api.origin}/schema.graphql`)).text());
      fs.writeFileSync(path.join(folder, 'country.graphql'), 'query Country($code: String!) { country(code: $code) { name } }\n');
      fs.writeFileSync(
        path.join(folder, 'codegen.json'),
        JSON.stringify({ schema: 'schema.graphql', documents: 'country.graphql', generates: { 'gql/': { preset: 'client' } } }),
      );
      fs.writeFileSync(
        path.join(folder, 'use.ts'),
        [
          "import { CountryDocument, type CountryQuery, type CountryQueryVariables } from './gql/graphql';",
          "const variables: CountryQueryVariables = { code: 'GB' };",
          'const name: string | undefined = ({} as CountryQuery).country?.name;',
          'export const request = { query: CountryDocument, variables, name };',
          '',
        ].join('\n'),
      );
      fs.writeFileSync(
        path.join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, noEmit: true, module: 'Node16', moduleResolution: 'Node16', target: 'ES2022', skipLibCheck: true, types: [] },
          include: ['*.ts', 'gql/*.ts'],
        }),
      );
      // Packages come from the project, as `npm install -D @graphql-codegen/cli @graphql-codegen/client-preset` would provide them.
      fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
      await run(bin('graphql-codegen'), ['--config', 'codegen.json'], { cwd: folder });
      expect(fs.readdirSync(path.join(folder, 'gql')).sort()).toEqual(expect.arrayContaining(['gql.ts', 'graphql.ts', 'index.ts']));
      expect(fs.readFileSync(path.join(folder, 'gql', 'graphql.ts'), 'utf8')).toContain('export type CountryQuery');
      await expect(run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: folder })).resolves.toBeDefined();
      // …and a program that misuses the client does not compile: tsc really checked it.
      fs.appendFileSync(path.join(folder, 'use.ts'), 'export const wrong: CountryQueryVariables = { code: 44 };\n');
      await expect(run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: folder })).rejects.toMatchObject({ stdout: expect.stringContaining('use.ts') });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('GET /schema.graphql under REQUIRE_KEY_FOR_READS', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { REQUIRE_KEY_FOR_READS: 'true' } });
  });
  afterAll(() => api.stop());

  it('needs a key, as /graphql does', async () => {
    const anonymous = await fetch(`${api.origin}/schema.graphql`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ errors: [{ message: expect.stringContaining('API key'), extensions: { code: 'UNAUTHENTICATED' } }] });
    const key = await createTestApiKey('reader');
    const withKey = await fetch(`${api.origin}/schema.graphql`, { headers: { authorization: `Bearer ${key}` } });
    expect(withKey.status).toBe(200);
    expect(await withKey.text()).toBe(committed);
  });
});

describe('GET /schema.graphql with EXPOSE_SCHEMA=false', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { EXPOSE_SCHEMA: 'false' } });
  });
  afterAll(() => api.stop());

  it('is not served, like introspection', async () => {
    expect((await fetch(`${api.origin}/schema.graphql`)).status).toBe(404);
  });
});
