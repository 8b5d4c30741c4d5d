import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadSeedDirectory, SEED_DIR } from '../../seed/load';
import { loadIdeTabs } from '../../src/http/ide-tabs';
import { applyMigrations } from '../../src/neo4j/migrations';
import { startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver } from '../support/neo4j';

jest.setTimeout(90_000);

const CHROMIUM = '/usr/bin/chromium';
const driver = getTestDriver();

describe('GraphiQL, served by the API itself', () => {
  let api: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await clearDatabase(driver);
    await applyMigrations(driver);
    await loadSeedDirectory(driver, SEED_DIR);
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

  it('opens, runs a query, shows the result and loads nothing from any other host', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requested: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${api.origin}/`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    // The docs explorer fills in once the schema has been introspected.
    await page.getByText('A GraphQL schema provides a root type for each kind of operation.').waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-editor-tool').first().waitFor();

    await page
      .locator('.graphiql-query-editor .CodeMirror')
      .evaluate((element) => (element as unknown as { CodeMirror: { setValue(text: string): void } }).CodeMirror.setValue('query Health {\n  health\n  __typename\n}\n'));
    // The tab takes its title from the operation name once GraphiQL has re-read the editor.
    await page.locator('.graphiql-tab', { hasText: 'Health' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"health": "ok"').waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('"__typename": "Query"');

    // The README questions are there as tabs, and the flagship one answers.
    const questions = loadIdeTabs();
    expect(questions.length).toBeGreaterThan(0);
    await page.locator('.graphiql-tab').nth(questions.length - 1).waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(questions.length);
    await page.locator('.graphiql-tab', { hasText: 'WhichNationsLeadWhichDomain' }).click();
    await page.locator('.graphiql-query-editor', { hasText: 'query WhichNationsLeadWhichDomain' }).waitFor();
    // GraphiQL re-reads the operation name from the editor after a short debounce; a person can't click faster.
    await page.waitForTimeout(1_000);
    await page.locator('.graphiql-execute-button').click();
    await result.getByText('"domains": {').waitFor({ timeout: 15_000 });
    expect(await result.innerText()).not.toContain('"errors"');
    expect(await page.getByText('Headers', { exact: true }).isVisible()).toBe(true);

    // IDE_SCREENSHOT=docs/ide.png regenerates the screenshot in the docs; by default it goes to a temp file.
    const screenshot = process.env.IDE_SCREENSHOT ?? path.join(os.tmpdir(), `pledgegraph-ide-${process.pid}.png`);
    await page.screenshot({ path: screenshot });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
    if (!process.env.IDE_SCREENSHOT) fs.rmSync(screenshot);

    expect(requested.length).toBeGreaterThan(5);
    const foreign = requested.filter((url) => !url.startsWith(`${api.origin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
