// Debian's Chromium driven by playwright-core: one browser per test file, one fresh context per page.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { stackUrl } from './stack';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// network refuses. No --user-data-dir: launch() refuses it and already starts each browser with a
// fresh, temporary profile that it deletes on close.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = join(__dirname, '..', 'screenshots');

let browser: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not at ${executablePath}: apt-get install chromium (npm test does it), or set CHROMIUM_PATH`,
    );
  }
  browser ??= chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

// Registered when a test file imports this module, so each file closes the browser it used.
afterAll(async () => {
  const open = browser;
  browser = undefined;
  const opened = await open?.catch(() => undefined); // a failed launch was reported by the test that hit it
  await opened?.close();
});

/**
 * A page in its own browser context (own cookies and storage), with relative URLs resolved against
 * the web app: `page.goto('/login')`. Call close() when done (a finally block or afterEach).
 */
/** bypassCSP lets a spec inject its own tooling (axe-core) past the pages' Content-Security-Policy. */
export async function newPage(
  options: { bypassCSP?: boolean } = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await (
    await sharedBrowser()
  ).newContext({ baseURL: stackUrl(), viewport: { width: 1280, height: 800 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** Saves a full-page PNG to test/e2e/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Copies a saved screenshot to docs/screenshots/<name>.png, which the README shows, when the run is
 * asked to (RECODE_UPDATE_DOCS=1), so an ordinary test run leaves the committed pictures alone.
 */
export function updateDocsScreenshot(shot: string, name: string): void {
  if (process.env.RECODE_UPDATE_DOCS !== '1') return;
  const docs = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(shot, join(docs, `${name}.png`));
}
