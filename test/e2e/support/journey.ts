// Steps the audit and dispute journeys share: arranging data through the API, signing in, and an
// auditor's review of one record in the browser.
import type { Page } from 'playwright-core';
import { apiUrl, stackUrl, DEMO_USERS, type DemoUser } from './stack';

export const WAIT = { timeout: 20_000 };

/**
 * A signed-in API session's cookie. A dropped connection ("fetch failed": right after start-up, or a kept-alive
 * socket the API had just closed) is retried for up to a minute; any HTTP answer is not. fetch's TypeError comes
 * from another realm than the spec's, so it is recognised by its name (instanceof fails across realms, Error too).
 */
export async function apiSession(user: DemoUser): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${apiUrl()}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      });
      expect(response.status).toBe(200);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name !== 'TypeError' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

// `any` by default: arranged data is read loosely, as JSON; the browser is what the specs check.
export type Api = <T = any>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

/** A JSON client signed in as the user. */
export async function apiAs(user: DemoUser): Promise<Api> {
  const cookie = await apiSession(user);
  return async (method, path, body) => {
    const response = await fetch(`${apiUrl()}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Polls read() every half second until done() holds; fails after timeoutMs (30 s by default). */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  for (let attempt = 0; attempt < timeoutMs / 500; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Imports a code-lines CSV as the admin and waits for the worker to finish it. */
export async function importEncounters(csv: string, source: string, fileName = `${source}.csv`): Promise<void> {
  const cookie = await apiSession(DEMO_USERS.admin);
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  form.append('source', source);
  const created = await fetch(`${apiUrl()}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  expect(created.status).toBe(202);
  const { importId } = (await created.json()) as { importId: string };
  const admin = await apiAs(DEMO_USERS.admin);
  const done = await until(
    'the import',
    () => admin<{ status: string }>('GET', `/api/imports/${importId}`),
    (r) => ['succeeded', 'failed', 'cancelled'].includes(r.body.status),
  );
  expect(done.body.status).toBe('succeeded');
}

export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto(`${stackUrl()}/login`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login', WAIT);
}

/** An ICD-10-CM code as the screens show it: with its decimal point after the category (E119 → E11.9). */
export function icd10cmShown(code: string): string {
  return code.length > 3 && !code.includes('.') ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** Types in the open code picker and picks the code with the keyboard. */
export async function pickCode(page: Page, code: string): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(code);
  await page.getByRole('option').first().waitFor(WAIT);
  const first = (await page.getByRole('option').first().innerText()).trim();
  // ICD-10-CM codes are shown with their dot (N17.9) and typed without it.
  expect(first.replace('.', '').startsWith(code)).toBe(true);
  await box.press('ArrowDown');
  await box.press('Enter');
}

/** Runs an action from a final-code line's menu ("Actions for I50.21" → "Revise I50.21"). */
export async function lineAction(page: Page, shownCode: string, action: 'Revise' | 'Delete'): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${shownCode}`, exact: true }).click();
  await page.getByRole('menuitem', { name: `${action} ${shownCode}`, exact: true }).click();
}

/** Marks every finding on the open record as the coder's, data quality only, with a rationale. */
export async function classifyAll(page: Page): Promise<void> {
  const findings = page.locator('.finding');
  for (let i = 0; i < (await findings.count()); i += 1) {
    const finding = findings.nth(i);
    await finding.getByLabel('Root cause').selectOption('coder');
    await finding.getByLabel('Impact').selectOption('data_quality');
    await finding.getByLabel('Rationale').fill('Documented in the progress notes.');
  }
}

/** What the auditor changes on one record: a missed code to add, a code to revise; nothing = the coder was right. */
export interface RecordChange {
  add?: string;
  revise?: { from: string; to: string };
}

/** On an open record: makes the change, classifies the derived findings as the coder's, saves and marks it reviewed. */
export async function reviewRecord(page: Page, change: RecordChange): Promise<void> {
  if (change.add) {
    await page.getByRole('button', { name: 'Add ICD-10-CM' }).click();
    await pickCode(page, change.add);
  }
  if (change.revise) {
    await lineAction(page, icd10cmShown(change.revise.from), 'Revise');
    await pickCode(page, change.revise.to);
  }
  const expected = (change.add ? 1 : 0) + (change.revise ? 1 : 0);
  // Findings are derived as the draft changes: wait for the derived one before counting.
  if (expected > 0)
    await page
      .locator('.finding')
      .nth(expected - 1)
      .waitFor(WAIT);
  expect(await page.locator('.finding').count()).toBe(expected);
  await classifyAll(page);
  await page.getByRole('button', { name: 'Save and mark reviewed' }).click();
  await page.getByText('Saved and marked reviewed.').waitFor(WAIT);
}
