/**
 * A total typed over on "Tổng hợp năm": whichever panel is opened next, the pane lists the cell with the
 * formula it replaced, and "Khôi phục công thức" puts the formula back.
 */
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

const SHEET = 'Tổng hợp năm';

interface Typed {
  address: string;
  formula: string;
}

/** Types 99 over the first formula of the first person's row, as a user who unprotected the sheet would. */
async function typeOverTotal(page: Page): Promise<Typed> {
  return page.evaluate(async (sheetName) => {
    type Host = { inspect: { formulas(sheet: string, address: string): unknown[][] } };
    type Sheet = {
      protection: { unprotect(): void; protect(): void };
      getRange(a: string): { values: unknown };
    };
    type Ctx = { workbook: { worksheets: { getItem(n: string): Sheet } }; sync(): Promise<void> };
    const w = window as unknown as {
      __thiDuaPreview: Host;
      Excel: { run(f: (c: Ctx) => Promise<void>): Promise<void> };
    };
    const formulas = w.__thiDuaPreview.inspect.formulas(sheetName, 'A1:Z40');
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let r = 0; r < formulas.length; r += 1) {
      const c = formulas[r].findIndex((f) => typeof f === 'string' && f.startsWith('='));
      if (c < 0) continue;
      const address = `${letters[c]}${r + 1}`;
      await w.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.protection.unprotect();
        sheet.getRange(address).values = [[99]];
        sheet.protection.protect();
        await context.sync();
      });
      return { address, formula: String(formulas[r][c]) };
    }
    throw new Error('no formula on the sheet');
  }, SHEET);
}

async function idle(page: Page): Promise<void> {
  await page.getByTestId('busy').waitFor({ state: 'detached', timeout: 90000 });
}

describe('a value typed over a result formula', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('is listed above the panel that opens next and restored from there', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    // The case has been read once the export preview shows it.
    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-preview').waitFor();
    await idle(page);
    expect(await page.getByTestId('overwritten-formulas').count()).toBe(0);

    const typed = await typeOverTotal(page);
    // Opening a panel reads the workbook again: no "Tính lại" needed.
    await page.getByTestId('nav-targets').click();
    await idle(page);
    const notice = page.getByTestId('overwritten-formulas');
    await notice.waitFor();
    const cells = await notice.getByTestId('overwritten-cell').allTextContents();
    expect(cells).toEqual([`${SHEET}!${typed.address} đang là 99, công thức cũ: ${typed.formula}`]);
    // The notice fits the pane: nothing wider than its box.
    expect(await notice.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    // Still there on another panel.
    await page.getByTestId('nav-scores').click();
    await idle(page);
    await notice.waitFor();

    await notice.getByTestId('restore-formulas').click();
    await notice.waitFor({ state: 'detached', timeout: 90000 });
    const formula = await page.evaluate(
      ([sheet, address]) =>
        (
          window as unknown as {
            __thiDuaPreview: { inspect: { formulas(s: string, a: string): unknown[][] } };
          }
        ).__thiDuaPreview.inspect.formulas(sheet, address)[0][0],
      [SHEET, typed.address],
    );
    expect(formula).toBe(typed.formula);
    expect(session.consoleErrors).toEqual([]);
  });
});
