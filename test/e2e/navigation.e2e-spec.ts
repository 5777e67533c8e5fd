// test cost: long
// Signing in and finding one's way: each role sees exactly its NAVIGATION, every page in it opens,
// pages of other roles say "no access", and sign-in failures and sign-out behave.
import { NAVIGATION, type Role } from '@recode/contracts';
import type { Page, Response } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { DEMO_USERS, stackUrl } from './support/stack';

const ROLES_UNDER_TEST = ['admin', 'supervisor', 'auditor', 'coder'] as const satisfies readonly Role[];

/** Pages whose heading says what they show rather than repeating the nav label. */
const HEADING_BY_PATH: Readonly<Record<string, string>> = { '/dashboard': 'Team accuracy' };

const WAIT = { timeout: 15_000 };

const url = (path: string) => `${stackUrl()}${path}`;

function loginResponse(page: Page): Promise<Response> {
  return page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/login', WAIT);
}

/** Fills the sign-in form like a person would and returns the API's answer to it. */
async function signIn(page: Page, email: string, password: string): Promise<Response> {
  if (new URL(page.url()).pathname !== '/login') await page.goto(url('/login'));
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const [response] = await Promise.all([loginResponse(page), page.getByRole('button', { name: 'Sign in' }).click()]);
  return response;
}

async function expectHeading(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  await heading.waitFor({ state: 'visible', ...WAIT });
  expect(await heading.isVisible()).toBe(true);
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function navLabels(page: Page): Promise<string[]> {
  await mainNav(page).waitFor({ state: 'visible', ...WAIT });
  const labels = await mainNav(page).getByRole('link').allInnerTexts();
  return labels.map((label) => label.trim());
}

describe('navigation', () => {
  it.each(ROLES_UNDER_TEST)('shows the %s exactly the pages of their role, and each one opens', async (role) => {
    const { page, close } = await newPage();
    try {
      const entries = NAVIGATION[role];
      const home = entries[0];
      if (!home) throw new Error(`NAVIGATION.${role} is empty`);

      const response = await signIn(page, DEMO_USERS[role].email, DEMO_USERS[role].password);
      expect(response.status()).toBe(200);
      await page.waitForURL((current) => current.pathname === home.path, WAIT);

      expect(await navLabels(page)).toEqual(entries.map((entry) => entry.label));

      for (const entry of entries) {
        await mainNav(page).getByRole('link', { name: entry.label, exact: true }).click();
        await page.waitForURL((current) => current.pathname === entry.path, WAIT);
        await expectHeading(page, HEADING_BY_PATH[entry.path] ?? entry.label);
        const current = mainNav(page).getByRole('link', { name: entry.label, exact: true });
        expect(await current.getAttribute('aria-current')).toBe('page');
      }

      await mainNav(page).getByRole('link', { name: home.label, exact: true }).click();
      await expectHeading(page, HEADING_BY_PATH[home.path] ?? home.label);
      await saveScreenshot(page, `nav-${role}`);
    } finally {
      await close();
    }
  });

  it('tells a coder who opens an admin page that it is not theirs', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.coder.email, DEMO_USERS.coder.password);
      await page.waitForURL((current) => current.pathname === '/feedback', WAIT);

      await page.goto(url('/admin/users'));
      await expectHeading(page, 'You do not have access to this page');
      expect(await page.getByRole('heading', { level: 1, name: 'Users', exact: true }).count()).toBe(0);
      expect(await navLabels(page)).toEqual(NAVIGATION.coder.map((entry) => entry.label));
      await saveScreenshot(page, 'nav-coder-no-access');
    } finally {
      await close();
    }
  });

  it('answers a wrong password and an unknown e-mail with the same generic message', async () => {
    const { page, close } = await newPage();
    try {
      const alert = page.getByRole('alert');

      const wrongPassword = await signIn(page, DEMO_USERS.auditor.email, 'not-the-password-2026');
      expect(wrongPassword.status()).toBe(401);
      await alert.waitFor({ state: 'visible', ...WAIT });
      const wrongPasswordMessage = (await alert.innerText()).trim();
      expect(wrongPasswordMessage).toMatch(/incorrect/i);

      const unknownEmail = await signIn(page, 'nobody-here@recode.test', 'not-the-password-2026');
      expect(unknownEmail.status()).toBe(401);
      await alert.waitFor({ state: 'visible', ...WAIT });
      // The same words either way: the page must not reveal which accounts exist.
      expect((await alert.innerText()).trim()).toBe(wrongPasswordMessage);

      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
      await saveScreenshot(page, 'login-wrong-password');
    } finally {
      await close();
    }
  });

  it('signs out back to the login page, and the session is gone', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor.email, DEMO_USERS.supervisor.password);
      await page.waitForURL((current) => current.pathname === '/dashboard', WAIT);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((current) => current.pathname === '/login', WAIT);
      await page.getByLabel('Email', { exact: true }).waitFor({ state: 'visible', ...WAIT });

      // A protected page now leads back to sign-in rather than showing anything.
      await page.goto(url('/dashboard'));
      await page.waitForURL((current) => current.pathname === '/login', WAIT);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});
