/** Opens the preview page in Debian's Chromium and collects console errors for the test to assert on. */
import { chromium, type Browser, type Page } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the Node scripts, which are CommonJS
const { findChromium, CHROMIUM_ARGS } = require('../../../scripts/lib/chromium') as {
  findChromium(): string | null;
  CHROMIUM_ARGS: string[];
};

export interface PreviewSession {
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `query` is added to the address, e.g. "sample=1" to open on the sample school's workbook. */
export async function openPreview(query?: string): Promise<PreviewSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const url = process.env.PREVIEW_URL;
  if (!url) throw new Error('PREVIEW_URL not set: the global setup did not run');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  // Chromium asks for /favicon.ico, which the preview does not have: its 404 is not the page's error.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
  await page.goto(query ? `${url}?${query}` : url);
  await page.getByTestId('preview-ready').waitFor({ state: 'attached', timeout: 60000 });
  return { browser, page, consoleErrors, close: () => browser.close() };
}
