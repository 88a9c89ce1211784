/**
 * "Chỉ tiêu" in the preview on seed 000's plan: the chart is inserted, a target is edited in the pane and
 * the dashboard, the sheet and the chart's data follow; a flag leads to its cell.
 */
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

interface ChartInfo {
  source: string;
  type: string;
}

/** What the fake host holds, through the preview's debug hook. */
async function charts(page: Page): Promise<ChartInfo[]> {
  return page.evaluate(() => {
    const host = (window as unknown as { __thiDuaPreview: { inspect: { charts(s: string): ChartInfo[] } } })
      .__thiDuaPreview;
    return host.inspect.charts('Chỉ tiêu').map((c) => ({ source: c.source, type: c.type }));
  });
}

async function sheetValues(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate((a) => {
    const host = (
      window as unknown as {
        __thiDuaPreview: { inspect: { values(s: string, a: string): unknown[][] } };
      }
    ).__thiDuaPreview;
    return host.inspect.values('Chỉ tiêu', a);
  }, address);
}

describe('the targets dashboard on the sample school', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('edits 10 CSTĐCS down to 9: the cap flag goes, the dashboard, the sheet and the chart follow', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-targets').click();
    const panel = page.getByTestId('panel-targets');
    await panel.getByTestId('target-CSTDCS').waitFor();
    expect(await panel.getByTestId('target-count-CSTDCS').textContent()).toBe('10');
    expect(await panel.getByTestId('chart-bar-CSTDCS').getAttribute('data-target')).toBe('10');
    const capFlag = panel.locator('[data-testid="flag"][data-code="targets.cap.cstdcs-plan"]');
    expect(await capFlag.count()).toBe(1);
    expect(await capFlag.textContent()).toContain('NĐ 91/2017/NĐ-CP Điều 9 khoản 3');

    // The native chart, drawn from the sheet's chart table.
    await panel.getByTestId('insert-chart').click();
    const status = panel.getByTestId('chart-status');
    await status.waitFor();
    const source = (await status.getAttribute('data-source'))!;
    expect(await charts(page)).toEqual([{ source: `'Chỉ tiêu'!${source}`, type: 'ColumnClustered' }]);
    const before = await sheetValues(page, source);
    expect(before.find((row) => row[0] === 'CSTĐCS')).toEqual(['CSTĐCS', 10, 0]);

    // A wrong number is refused in place; nothing is written.
    await panel.getByTestId('target-edit-CSTDCS').click();
    const input = panel.getByTestId('target-input-CSTDCS');
    await input.fill('9,5');
    await input.press('Enter');
    await panel.getByText('phải là số nguyên; "9,5" có phần lẻ').waitFor();
    expect(await sheetValues(page, 'F6')).toEqual([[10]]);

    await input.fill('9');
    await input.press('Enter');
    await panel
      .getByTestId('targets-notice')
      .getByText('Đã ghi chỉ tiêu Chiến sĩ thi đua cơ sở = 9')
      .waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="target-count-CSTDCS"]')?.textContent === '9',
    );
    expect(await panel.getByTestId('chart-bar-CSTDCS').getAttribute('data-target')).toBe('9');
    expect(await capFlag.count()).toBe(0);
    const after = await sheetValues(page, source);
    expect(after.find((row) => row[0] === 'CSTĐCS')).toEqual(['CSTĐCS', 9, 0]);
    expect(await charts(page)).toHaveLength(1);

    // The grid shows the new number in the "Chỉ tiêu" sheet.
    await page.getByTestId('sheet-tab-Chỉ tiêu').click();
    const grid = page.locator('section.preview-grid[data-sheet="Chỉ tiêu"]');
    await grid.waitFor();
    expect(await grid.locator('td[data-cell="F6"]').textContent()).toBe('9');
    expect(session.consoleErrors).toEqual([]);
  });

  it('follows the LĐTT flag to its cell with one click', async () => {
    const { page } = session;
    await page.getByTestId('sheet-tab-Quy chế').click();
    await page.locator('section.preview-grid[data-sheet="Quy chế"]').waitFor();
    const panel = page.getByTestId('panel-targets');
    const flag = panel
      .locator('[data-testid="flag"][data-code="targets.unreachable"]')
      .filter({ hasText: 'Lao động tiên tiến' });
    await flag.getByTestId('flag-go').click();
    await page.locator('section.preview-grid[data-sheet="Chỉ tiêu"]').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="grid-address"]')?.textContent === 'F5',
    );
    expect(await page.getByTestId('grid-input').inputValue()).toBe('61');
    expect(session.consoleErrors).toEqual([]);
  });
});
