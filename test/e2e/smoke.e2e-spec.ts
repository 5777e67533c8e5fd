import { newPage, saveScreenshot } from './support/browser';
import { stackUrl } from './support/stack';

describe('smoke', () => {
  it('serves the sign-in page', async () => {
    const { page, close } = await newPage();
    try {
      await page.goto(stackUrl());
      await page.getByLabel('Email').waitFor({ state: 'visible', timeout: 15000 });
      await saveScreenshot(page, 'smoke-sign-in');
    } finally {
      await close();
    }
  });
});
