import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadIdeTabs } from '../../src/http/ide-tabs';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { idOf, spanOf } from '../support/curation';
import { bearer } from '../support/ws-client';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(300_000);

const CHROMIUM = '/usr/bin/chromium';
/** IDE_SCREENSHOTS=docs writes the screenshots the README and docs show; by default they go to a temp dir. */
const SCREENSHOTS = process.env.IDE_SCREENSHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-ide-'));
const driver = getTestDriver();
const TABS = loadIdeTabs();
/** Each tab's operation as its text declares it: its name and whether it is a query or a subscription. */
const OPERATIONS: { name: string; type: OperationTypeNode }[] = TABS.map((tab) => {
  const operation = getOperationAST(parse(tab.query))!;
  return { name: operation.name!.value, type: operation.operation };
});
const NAMES = OPERATIONS.map((operation) => operation.name);

interface Watched {
  page: Page;
  /** What the server answered to each operation the page ran (introspection aside), in order. */
  answers: { operationName: string; status: number; body: { data?: Record<string, unknown> | null; errors?: unknown[] } }[];
}

const requested: string[] = [];
const browserErrors: string[] = [];
/** Chromium logs every 4xx; the IDE sends an operation as written when the ids it adds go over the cost limit. */
const RETRIED = 'Failed to load resource: the server responded with a status of 400 (Bad Request)';

async function open(browser: Browser, url: string, width = 1440, height = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const answers: Watched['answers'] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text() !== RETRIED) browserErrors.push(message.text());
  });
  page.on('pageerror', (error) => browserErrors.push(error.message));
  page.on('response', async (response) => {
    const body = response.request().postDataJSON() as { operationName?: string } | null;
    if (response.request().method() !== 'POST' || !body?.operationName || body.operationName === 'IntrospectionQuery') return;
    answers.push({ operationName: body.operationName, status: response.status(), body: (await response.json()) as Watched['answers'][number]['body'] });
  });
  await page.goto(url);
  return { page, answers };
}

/** Playwright calls an element scrolled or pushed out of the window "visible": check where it is. */
async function expectOnScreen(page: Page, locator: Locator, minimum = { width: 1, height: 1 }): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  const { x, y, width, height } = box!;
  const onScreen = x >= 0 && y >= 0 && x + width <= viewport.width + 0.5 && y + height <= viewport.height + 0.5;
  const bigEnough = width >= minimum.width && height >= minimum.height;
  expect({ box, viewport, onScreen, bigEnough }).toEqual({ box, viewport, onScreen: true, bigEnough: true });
}

/** Polls until `read` gives what `done` accepts (or the time is up), and returns the last reading. */
async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ready(page: Page): Promise<void> {
  // The docs explorer fills in once the schema has been introspected.
  await page.getByText('A GraphQL schema provides a root type for each kind of operation.').waitFor({ timeout: 60_000 });
}

async function openTab(page: Page, name: string, type: OperationTypeNode = OperationTypeNode.QUERY): Promise<void> {
  await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${name}$`) }).click();
  await page.locator('.graphiql-query-editor', { hasText: `${type} ${name}` }).waitFor();
}

/** Opens a tab by its operation name and runs it; resolves with what the server finally answered. */
async function runTab({ page, answers }: Watched, name: string): Promise<Watched['answers'][number]> {
  await openTab(page, name);
  const before = answers.length;
  await page.locator('.graphiql-execute-button').click();
  const answered = await until(
    () => answers.slice(before).filter((answer) => answer.operationName === name),
    (seen) => seen.some((answer) => answer.status === 200),
  );
  expect({ name, answered: answered.map((answer) => answer.status) }).toEqual({ name, answered: expect.arrayContaining([200]) });
  await page.locator('.result-window', { hasText: '"data"' }).waitFor();
  return answers
    .slice(before)
    .filter((answer) => answer.operationName === name)
    .at(-1)!;
}

/** Records a new stage (with valid evidence from its source) on the commitment, as a curator through HTTP. */
async function recordStage(api: TestServer, curator: string, commitment: string): Promise<void> {
  const source = 'ap-paris-security-guarantees';
  const { records } = await driver.executeQuery('MATCH (s:Source {key: $key}) RETURN s.text AS text', { key: source });
  const response = await postGraphQL(
    api.url,
    {
      query: 'mutation ($input: RecordCommitmentStageInput!) { recordCommitmentStage(input: $input) { auditEventId } }',
      variables: {
        input: {
          commitment,
          stage: 'AWAITING_APPROVAL',
          asOf: '2026-01-02',
          evidence: [spanOf(records[0]?.get('text') as string, source, 'will establish military centers throughout Ukraine')],
        },
      },
    },
    bearer(curator),
  );
  expect(response.json?.errors).toBeUndefined();
}

/** Opens a subscription tab, runs it, makes a curator record the event it waits for, and checks the pane shows it. */
async function runSubscriptionTab(api: TestServer, { page }: Watched, name: string, variables: string | undefined): Promise<void> {
  await openTab(page, name, OperationTypeNode.SUBSCRIPTION);
  const listeners = () => api.server.subscriptions.follower.stats.listeners;
  const before = listeners();
  await page.locator('.graphiql-execute-button').click();
  expect(await until(listeners, (count) => count > before)).toBe(before + 1);
  const { commitment } = JSON.parse(variables ?? '{}') as { commitment: string };
  expect(commitment).toBe(idOf('Commitment', 'gb-fr-military-centers-and-weapons-storage'));
  await recordStage(api, await createTestApiKey('curator'), commitment);
  const result = page.locator('.result-window', { hasText: '"commitmentStageRecorded"' });
  await result.waitFor();
  // The pane wraps long lines (even inside a string): compare without whitespace.
  const shown = (await result.innerText()).replace(/\s+/g, '');
  expect(shown).toContain('"commitmentStageRecorded":{"sequence":');
  expect(shown).toContain('"operation":"recordCommitmentStage"');
  expect(shown).toContain('"key":"gb-fr-military-centers-and-weapons-storage","stage":"AWAITING_APPROVAL"');
  expect(shown).not.toContain('"errors"');
  // Stops the subscription: the server drops its listener.
  await page.locator('.graphiql-execute-button').click();
  expect(await until(listeners, (count) => count === before)).toBe(before);
}

async function showPlugin(page: Page, title: string): Promise<Locator> {
  const button = page.locator(`.graphiql-sidebar button[aria-label="Show ${title}"]`);
  if (await button.count()) await button.click();
  return page.locator('.graphiql-plugin');
}

function distinctIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => distinctIds(item, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [field, child] of Object.entries(value)) {
      if (field === 'id' && typeof child === 'string') into.add(child);
      else distinctIds(child, into);
    }
  }
  return into;
}

describe("the researchers' IDE in Chromium", () => {
  let api: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver });
    // launch() gives the browser a fresh, temporary profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('opens with the docs explorer on screen and every tab whole in the bar, at 1280, 1440 and 1920 px', async () => {
    for (const width of [1280, 1440, 1920]) {
      const { page } = await open(browser, `${api.origin}/`, width, 900);
      await ready(page);
      await expectOnScreen(page, page.locator('.graphiql-plugin'), { width: 250, height: 400 });
      await expectOnScreen(page, page.getByText('Root Types'));
      expect(await page.locator('.graphiql-sidebar button[aria-label="Hide Documentation Explorer"]').count()).toBe(1);

      const tabs = page.locator('.graphiql-tab');
      expect(await tabs.count()).toBe(TABS.length);
      expect(await tabs.first().innerText()).toBe('WhichNationsLeadWhichDomain');
      for (let i = 0; i < TABS.length; i++) {
        await expectOnScreen(page, tabs.nth(i));
        const label = tabs.nth(i).locator('.graphiql-tab-button');
        expect(await label.innerText()).toBe(NAMES[i]);
        // No ellipsis: the whole name fits its tab.
        expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      }
      if (width === 1440) await page.screenshot({ path: path.join(SCREENSHOTS, 'ide.png') });
      await expectOnScreen(page, page.locator('.graphiql-tab-add'));
      await page.locator('.graphiql-tab-add').click();
      await expectOnScreen(page, tabs.nth(TABS.length));
      await page.context().close();
    }
  });

  it('runs every preloaded tab as it stands, variables included, with no error', async () => {
    const watched = await open(browser, `${api.origin}/`);
    await ready(watched.page);
    for (const [i, { name, type }] of OPERATIONS.entries()) {
      if (type === OperationTypeNode.SUBSCRIPTION) {
        await runSubscriptionTab(api, watched, name, TABS[i]!.variables);
        continue;
      }
      const answer = await runTab(watched, name);
      expect({ name, status: answer.status, errors: answer.body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(answer.body.data).toEqual(expect.any(Object));
      expect(await watched.page.locator('.result-window').innerText()).not.toContain('"errors"');
    }
    await watched.page.context().close();
  });

  it('draws the flagship answer as a graph, one node per object, and opens a node in a tab', async () => {
    const watched = await open(browser, `${api.origin}/`);
    const { page } = watched;
    await ready(page);
    const answer = await runTab(watched, 'WhichNationsLeadWhichDomain');
    const expected = distinctIds(answer.body.data).size;
    expect(expected).toBeGreaterThan(10);

    const panel = await showPlugin(page, 'Graph');
    const canvas = panel.getByTestId('graph-canvas');
    expect(
      await until(
        () => canvas.getAttribute('data-nodes'),
        (nodes) => nodes === String(expected),
      ),
    ).toBe(String(expected));
    await expectOnScreen(page, panel, { width: 250, height: 400 });
    await expectOnScreen(page, canvas, { width: 200, height: 200 });
    const drawn = await canvas.evaluate((element) => {
      const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
      const { width, height } = { width: cy.width(), height: cy.height() };
      const inside = cy.nodes().filter((node) => {
        const { x, y } = node.renderedPosition();
        return x >= 0 && y >= 0 && x <= width && y <= height;
      }).length;
      return { nodes: cy.nodes().length, inside, types: [...new Set(cy.nodes().map((node) => node.data('type') as string))].sort() };
    });
    expect(drawn.nodes).toBe(expected);
    expect(drawn.inside).toBe(expected);
    expect(drawn.types).toEqual(expect.arrayContaining(['Domain', 'DomainLeadership', 'Evidence', 'Source', 'Commitment']));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ide-graph.png') });

    // A real click on a Domain node opens its node(id:) query in a new tab, which runs.
    const target = await canvas.evaluate((element) => {
      const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
      const node = cy.nodes('[type = "Domain"]').first();
      return { id: node.id(), ...node.renderedPosition() };
    });
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const tabs = page.locator('.graphiql-tab');
    expect(
      await until(
        () => tabs.count(),
        (count) => count === TABS.length + 1,
      ),
    ).toBe(TABS.length + 1);
    await page.locator('.graphiql-query-editor', { hasText: 'query DomainById' }).waitFor();
    const before = watched.answers.length;
    await page.locator('.graphiql-execute-button').click();
    expect(
      await until(
        () => watched.answers.slice(before).find((each) => each.operationName === 'DomainById')?.status,
        (status) => status !== undefined,
      ),
    ).toBe(200);
    const opened = watched.answers.slice(before).find((each) => each.operationName === 'DomainById')!;
    expect(opened.body.errors).toBeUndefined();
    expect((opened.body.data?.node as { id: string }).id).toBe(target.id);
    await page.context().close();
  });

  it('shows evidence in its source: exactly the quoted characters highlighted, the other spans marked', async () => {
    const watched = await open(browser, `${api.origin}/`);
    const { page } = watched;
    await ready(page);
    const answer = await runTab(watched, 'WhatDidTheUnitedKingdomPledge');
    const sources = await postGraphQL(api.url, { query: '{ sources(first: 50) { edges { node { key text } } } }' });
    const texts = (sources.json?.data as { sources: { edges: { node: { text: string } }[] } }).sources.edges.map((edge) => edge.node.text);

    const panel = await showPlugin(page, 'Evidence');
    const quoted = panel.locator('mark.pg-quoted');
    await quoted.waitFor({ timeout: 30_000 });
    const first = JSON.stringify(answer.body.data).match(/"quote":"((?:[^"\\]|\\.)*)","start":(\d+),"end":(\d+)/)!;
    const expected = { quote: JSON.parse(`"${first[1]}"`) as string, start: Number(first[2]), end: Number(first[3]) };
    expect(await quoted.textContent()).toBe(expected.quote);
    expect({ start: Number(await quoted.getAttribute('data-start')), end: Number(await quoted.getAttribute('data-end')) }).toEqual({
      start: expected.start,
      end: expected.end,
    });
    // The view shows the whole source, verbatim, so the highlight sits at the quote's offsets.
    const shown = (await panel.getByTestId('evidence-source').textContent())!;
    expect(texts).toContain(shown);
    const before = await quoted.evaluate((mark) => {
      const range = mark.ownerDocument.createRange();
      range.setStart(mark.parentElement, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    });
    expect(before).toBe(expected.start);
    expect(shown.slice(expected.start, expected.end)).toBe(expected.quote);
    expect(await panel.locator('mark.pg-other').count()).toBeGreaterThan(5);
    await expectOnScreen(page, quoted);
    await expectOnScreen(page, panel, { width: 250, height: 400 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ide-evidence.png') });
    await page.context().close();
  });

  it('exports the result as JSON and CSV, the request as code, and shares a link that reopens it', async () => {
    const watched = await open(browser, `${api.origin}/`);
    const { page } = watched;
    await ready(page);
    const answer = await runTab(watched, 'NodeById');
    const panel = await showPlugin(page, 'Export & share');

    const [json] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('export-json').click()]);
    expect(JSON.parse(fs.readFileSync(await json.path(), 'utf8'))).toEqual(answer.body);
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('NodeById.csv');
    const lines = fs.readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^node\.__typename,node\.id,node\.key,node\.evidence\.quote,node\.evidence\.id$/);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^DomainLeadership,/);

    await panel.getByRole('tab', { name: 'cURL' }).click();
    expect(await panel.getByTestId('code-snippet').textContent()).toContain(`curl '${api.url}'`);
    await panel.getByRole('tab', { name: 'typed client' }).click();
    expect(await panel.getByTestId('code-snippet').textContent()).toContain('NodeByIdDocument');

    const link = await panel.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${api.origin}/#query=`)).toBe(true);
    // A fresh browser (no stored tabs) opens the shared operation and its variables, ready to run.
    const shared = await open(browser, link);
    await ready(shared.page);
    const rerun = await runTab(shared, 'NodeById');
    expect(rerun.body).toEqual(answer.body);
    expect(await shared.page.locator('.graphiql-tab-active').innerText()).toBe('NodeById');
    await shared.page.context().close();
    await page.context().close();
  });

  it('loads nothing from any other host and logs no error', () => {
    expect(requested.length).toBeGreaterThan(20);
    const foreign = requested.filter((url) => !url.startsWith(`${api.origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(browserErrors).toEqual([]);
  });
});

describe('the IDE with REQUIRE_KEY_FOR_READS=true', () => {
  let api: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver, env: { REQUIRE_KEY_FOR_READS: 'true' } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('carries no example operation until a key is given, then opens with them', async () => {
    const html = await (await fetch(`${api.origin}/`, { headers: { accept: 'text/html' } })).text();
    for (const name of NAMES) expect(html).not.toContain(name);
    expect((await fetch(`${api.origin}/ide/tabs`)).status).toBe(401);

    const watched = await open(browser, `${api.origin}/`);
    const { page } = watched;
    const key = page.getByTestId('api-key');
    await key.waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(0);
    expect(requested.filter((url) => url.startsWith(api.url))).toEqual([]);

    await key.fill('pgk_0000000000000000_not-a-key');
    await page.getByRole('button', { name: 'Open the IDE' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(0);

    await key.fill(await createTestApiKey('reader'));
    await page.getByRole('button', { name: 'Open the IDE' }).click();
    await ready(page);
    expect(await page.locator('.graphiql-tab').count()).toBe(TABS.length);
    const answer = await runTab(watched, 'WhichNationsLeadWhichDomain');
    expect(answer.body.errors).toBeUndefined();
    await page.context().close();
  });
});
