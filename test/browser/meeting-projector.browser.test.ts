/**
 * The projector on a second screen in the preview: the pane opens it through the (fake) Office dialog API,
 * the window follows every ballot, keys typed in it reach the ballot entry, its text reads at ≥ 7:1 in both
 * themes, and the in-pane view fits a 350 px pane. Ballot entry cannot be fooled by "A then Enter".
 */
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

/** Every text on the page with its colour against its effective background, as WCAG contrast ratios. */
async function contrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const parse = (css: string): [number, number, number, number] => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1].split(',').map((p) => parseFloat(p));
      return [parts[0], parts[1], parts[2], parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) return bg;
      }
      return [255, 255, 255, 1];
    };
    const out: { text: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text === '' || !el || el.closest('noscript')) continue;
      const fg = luminance(parse(getComputedStyle(el).color));
      const bg = luminance(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      out.push({ text, ratio: Math.round(ratio * 100) / 100 });
    }
    return out;
  });
}

async function waitPending0(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
    undefined,
    { timeout: 60000 },
  );
}

async function openTally(session: PreviewSession) {
  const { page } = session;
  await page.getByTestId('nav-meeting').click();
  const panel = page.getByTestId('panel-meeting');
  await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
  return panel;
}

describe('the projector on a second screen', () => {
  let session: PreviewSession;
  afterEach(async () => {
    await session?.close();
  });

  it('opens through the dialog API, follows every ballot, takes keys, and reads at ≥ 7:1 light and dark', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    const panel = await openTally(session);
    const entry = panel.getByTestId('ballot-entry');
    const number = async () => (await panel.getByTestId('ballot-number').textContent()) ?? '';
    const first = await number();

    // "A then Enter": one ballot, confirmed; the Enter is refused with its reason, nothing else recorded.
    await entry.focus();
    await page.keyboard.press('a');
    const receipt = panel.getByTestId('ballot-receipt');
    const n = Number(first.replace(/\D/g, ''));
    expect(await receipt.textContent()).toMatch(new RegExp(`^Đã ghi phiếu số ${n}: hợp lệ \\(đồng ý \\d+`));
    expect(await receipt.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Enter');
    await panel
      .getByTestId('ballot-refusal')
      .getByText(`Phiếu số ${n + 1} chưa đánh dấu dòng nào`)
      .waitFor();
    expect(await number()).toBe(`Phiếu số ${n + 1}`);

    // The projector in a window of its own, opened from the in-pane view.
    await panel.getByTestId('projector-open').click();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('projector-dialog-open').click(),
    ]);
    const popupErrors: string[] = [];
    popup.on('pageerror', (err) => popupErrors.push(String(err)));
    popup.on('console', (msg) => msg.type() === 'error' && popupErrors.push(msg.text()));
    await popup.getByTestId('projector-board').waitFor({ timeout: 30000 });
    await panel.getByTestId('projector-dialog-status').waitFor();
    expect(await panel.getByTestId('projector-dialog-status').getAttribute('data-transport')).toBe(
      'messageChild',
    );
    const counted = () => popup.getByTestId('projector-counted').textContent();
    expect(await counted()).toContain(`Phiếu số ${n + 1}`);
    const rows = popup.locator('[data-testid^="projector-row-"]');
    expect(await rows.count()).toBeGreaterThan(0);
    const agreeOfFirst = async () => (await rows.first().getByTestId('projector-agree').textContent()) ?? '';
    const before = await agreeOfFirst();

    // Each ballot keyed in the pane shows in the window.
    await entry.focus();
    await page.keyboard.press('a');
    await popup
      .getByTestId('projector-counted')
      .getByText(`Phiếu số ${n + 2}`)
      .waitFor();
    expect(await agreeOfFirst()).not.toBe(before);
    await page.keyboard.press('x');
    await popup
      .getByTestId('projector-counted')
      .getByText(`Phiếu số ${n + 3}`)
      .waitFor();

    // A key typed in the projector window reaches the ballot entry.
    await popup.bringToFront();
    await popup.keyboard.press('x');
    await panel
      .getByTestId('ballot-receipt')
      .getByText(`Đã ghi phiếu số ${n + 3}: không hợp lệ`)
      .waitFor();
    await popup
      .getByTestId('projector-counted')
      .getByText(`Phiếu số ${n + 4}`)
      .waitFor();

    // Names, counts, percentages and results all read at ≥ 7:1, dark then light.
    for (const theme of ['dark', 'light']) {
      if ((await popup.getByTestId('projector-board').getAttribute('data-theme')) !== theme) {
        await popup.getByTestId('projector-theme').click();
      }
      await popup.locator(`[data-testid="projector-board"][data-theme="${theme}"]`).waitFor();
      const all = await contrasts(popup);
      const row = await rows.first().innerText();
      expect(all.length).toBeGreaterThan(6);
      expect(all.filter((t) => t.ratio < 7)).toEqual([]);
      expect(row).toMatch(/\d+\/\d+/);
      expect(row).toMatch(/\d+,\d\d%/);
    }

    // Closing the window by hand is seen by the pane (DialogEventReceived).
    await popup.close();
    await panel.getByTestId('projector-dialog-status').waitFor({ state: 'detached', timeout: 10000 });
    await waitPending0(page);
    expect(popupErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('with DialogApi 1.1 only, the window follows the ballots by reading the shared storage', async () => {
    session = await openPreview('sample=1&dialog=1.1');
    const { page } = session;
    const panel = await openTally(session);
    await panel.getByTestId('projector-open').click();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('projector-dialog-open').click(),
    ]);
    await popup.getByTestId('projector-board').waitFor({ timeout: 30000 });
    expect(await panel.getByTestId('projector-dialog-status').getAttribute('data-transport')).toBe('storage');
    const n = Number(((await panel.getByTestId('ballot-number').textContent()) ?? '').replace(/\D/g, ''));
    await panel.getByTestId('ballot-entry').focus();
    await page.keyboard.press('a');
    await popup
      .getByTestId('projector-counted')
      .getByText(`Phiếu số ${n + 1}`)
      .waitFor();
    // Closing from the pane removes the board from storage: no names stay on the computer.
    await panel.getByTestId('projector-dialog-close').click();
    await page.waitForFunction(() => localStorage.getItem('thidua.projector.board') === null);
    await waitPending0(page);
    expect(session.consoleErrors).toEqual([]);
  });

  it('without the dialog API the in-pane view stays, and says why', async () => {
    session = await openPreview('sample=1&dialog=none');
    const panel = await openTally(session);
    await panel.getByTestId('projector-open').click();
    await session.page.getByTestId('projector-dialog-unsupported').getByText('DialogApi 1.1').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('the preview’s dialog keeps Office’s rules: own origin only, one at a time, string messages', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    const codes = await page.evaluate(async () => {
      const ui = Office.context.ui;
      const open = (url: string) =>
        new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
          ui.displayDialogAsync(url, { width: 30, height: 30 }, resolve),
        );
      const other = await open('https://example.com/projector.html');
      const relative = await open('projector.html');
      const first = await open(new URL('projector.html', location.href).href);
      const second = await open(new URL('projector.html', location.href).href);
      let thrown = '';
      try {
        first.value.messageChild({ not: 'a string' } as unknown as string);
      } catch (error) {
        thrown = String(error);
      }
      first.value.close();
      return {
        other: other.error?.code,
        relative: relative.error?.code,
        first: first.status,
        second: second.error?.code,
        thrown,
      };
    });
    expect(codes).toEqual({
      other: 12004,
      relative: 12004,
      first: 'succeeded',
      second: 12007,
      thrown: expect.stringContaining('strings'),
    });
  });

  it('in a 350 px pane the in-pane view keeps names on one line and "Cần thêm…" whole', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.setViewportSize({ width: 350, height: 800 });
    const panel = await openTally(session);
    await panel.getByTestId('projector-open').click();
    const board = page.getByTestId('projector');
    await board.getByTestId('projector-board').waitFor();
    const layout = await board.evaluate((root) => {
      const rows = [...root.querySelectorAll('[data-testid^="projector-row-"]')];
      return rows.map((row) => {
        const name = row.querySelector('[data-testid="projector-name"]') as HTMLElement;
        const status = row.querySelector('[data-testid="projector-status"]') as HTMLElement;
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        const rect = status.getBoundingClientRect();
        return {
          name: name.textContent,
          nameLines: Math.round(name.getBoundingClientRect().height / lineHeight),
          words: (name.textContent ?? '').split(/\s+/).length,
          status: status.textContent,
          statusCut: status.scrollWidth > status.clientWidth + 1 || rect.right > window.innerWidth + 0.5,
        };
      });
    });
    expect(layout.length).toBeGreaterThan(0);
    for (const row of layout) {
      // A name may take a second line when it is long, never one line per word.
      expect(row.nameLines).toBeLessThanOrEqual(2);
      expect(row.nameLines).toBeLessThan(row.words);
      expect(row.statusCut).toBe(false);
    }
    expect(layout.some((row) => row.status?.startsWith('Cần thêm'))).toBe(true);
    // The in-pane view itself never scrolls sideways.
    expect(await board.evaluate((root) => root.scrollWidth <= root.clientWidth)).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });

  it('in a 320 px pane the tally keeps each name on its line: ballot rows and result rows, no sideways scroll', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.evaluate(() => {
      (document.querySelector('.preview-pane') as HTMLElement).style.width = '320px';
      (document.querySelector('.preview-pane') as HTMLElement).style.minWidth = '320px';
    });
    const panel = await openTally(session);
    const tally = panel.getByTestId('meeting-tally');
    const measure = () =>
      tally.evaluate((root) => {
        const lines = (el: Element) =>
          Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
        const names = [
          ...root.querySelectorAll('[data-testid="tally-name"]'),
          ...[...root.querySelectorAll('[data-testid^="ballot-row-"]')].map((row) => row.firstElementChild!),
        ];
        return {
          names: names.map((el) => ({ text: el.textContent ?? '', lines: lines(el) })),
          overflow: root.scrollWidth > root.clientWidth,
        };
      });
    const { names, overflow } = await measure();
    expect(names.length).toBeGreaterThan(6);
    for (const name of names) {
      expect(name.lines).toBeLessThanOrEqual(2);
      expect(name.lines).toBeLessThan(name.text.split(/\s+/).length);
    }
    expect(overflow).toBe(false);
    expect(session.consoleErrors).toEqual([]);
  });
});
