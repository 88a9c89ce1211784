/**
 * "Gửi Phòng" in the preview: the sample school, after the council's hand count of CSTĐCS (typed in the
 * pane's "Đếm tay" form, as the tellers do), exported to a new workbook (Excel.createWorkbook in the fake
 * host) that is read back here with ExcelJS.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

/** Agree votes of the six CSTĐCS candidates, in the meeting's order; 70% of the 41 present needs 29. */
const AGREE = [40, 35, 29, 28, 33, 20];

/**
 * The tellers' hand count typed where they type it: the pane's "Bình xét" tab, "Đếm tay" totals, one row per
 * candidate found by its mã, saved as one "Đếm" row of "Nhật ký phiếu" with its check value.
 */
async function enterHandCount(page: Page): Promise<void> {
  await page.getByTestId('nav-meeting').click();
  const panel = page.getByTestId('panel-meeting');
  await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
  await panel.getByTestId('mode-count').click();
  const form = panel.getByTestId('manual-count');
  await form.getByTestId('count-returned').fill('41');
  await form.getByTestId('count-invalid').fill('1');
  const agreeIds = await form
    .locator('[data-testid^="count-agree-CSTDCS:"]')
    .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-testid')!));
  expect(agreeIds).toHaveLength(AGREE.length);
  for (const [i, id] of agreeIds.entries()) {
    const key = id.slice('count-agree-'.length);
    await form.getByTestId(id).fill(String(AGREE[i]));
    await form.getByTestId(`count-disagree-${key}`).fill(String(40 - AGREE[i]));
  }
  await form.getByTestId('count-save').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
    undefined,
    { timeout: 60000 },
  );
  // What was typed is on the log under its headers, and the log checks itself (no broken row).
  const log = await logRows(page);
  const headers = log[2];
  const countRow = log.find((row) => row[headers.indexOf('Loại')] === 'Đếm');
  expect(countRow?.[headers.indexOf('Thu vào (đếm tay)')]).toBe('41');
  expect(countRow?.[headers.indexOf('Mã kiểm tra')]).not.toBe('');
  expect(await panel.getByTestId('tally-broken-log').count()).toBe(0);
  await page.getByTestId('nav-export').click();
}

/** Every row of "Nhật ký phiếu" as the grid shows it, through the preview's debug hook. */
async function logRows(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const host = (
      window as unknown as {
        __thiDuaPreview: {
          inspect: { usedRange(s: string): string | null; text(s: string, a: string): string[][] };
        };
      }
    ).__thiDuaPreview;
    const used = host.inspect.usedRange('Nhật ký phiếu');
    return used ? host.inspect.text('Nhật ký phiếu', `A1:${used.split(':')[1] ?? used}`) : [];
  });
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
}

describe('exporting the sample school', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('previews what will go out and says what is incomplete before any ballot', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-export').click();
    const panel = page.getByTestId('panel-export');
    await panel.getByTestId('export-preview').waitFor();
    expect(await panel.getByTestId('preview-summary').getAttribute('data-state')).toBe('rows');
    expect(await panel.getByTestId('preview-proposal:CSTDCS').getAttribute('data-state')).toBe('missing');
    await panel
      .getByTestId('export-notices')
      .getByText('Chưa nhập phiếu bình xét nào', { exact: false })
      .waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('after the count, opens a new workbook in official form, names in Vietnamese order', async () => {
    const { page } = session;
    const panel = page.getByTestId('panel-export');
    await enterHandCount(page);
    await panel.getByTestId('export-refresh').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="preview-proposal:CSTDCS"]')?.getAttribute('data-state') ===
        'rows',
    );
    await panel.getByTestId('export-start-time').fill('14:00');
    await panel.getByTestId('export-run').click();
    await panel.getByTestId('export-done').waitFor();

    const created = await page.evaluate(
      () =>
        (window as unknown as { __thiDuaPreview: { createdWorkbooks: string[] } }).__thiDuaPreview
          .createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created[0], 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Lưu ý',
      'Tổng hợp kết quả',
      'DS đề nghị LĐTT',
      'DS đề nghị CSTĐCS',
      'DS đề nghị CSTĐ tỉnh',
      'DS đề nghị TTLĐTT',
      'DS đề nghị TTLĐXS',
      'Biên bản họp xét thi đua',
      'Biên bản kiểm phiếu',
      // The summary the Phòng reads back, written into every export.
      'Tóm tắt',
    ]);

    const list = workbook.getWorksheet('DS đề nghị CSTĐCS')!;
    const lines = texts(list);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines.some((t) => /^Thuận An, ngày \d\d tháng \d\d? năm \d{4}$/.test(t))).toBe(true);
    expect(lines).toContain('DANH SÁCH ĐỀ NGHỊ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ');
    expect(list.pageSetup.paperSize).toBe(9);

    // The four who reached 29 of 41, sorted by given name (Vietnamese collation), STT after sorting.
    const people: string[] = [];
    list.eachRow((row) => {
      const stt = row.getCell(1).value;
      const name = row.getCell(2).value;
      if (typeof stt === 'number' && typeof name === 'string') people.push(name);
    });
    expect(people).toHaveLength(4);
    const given = people.map((n) => n.split(' ').at(-1)!);
    expect(given).toEqual([...given].sort(new Intl.Collator('vi').compare));

    const notice = texts(workbook.getWorksheet('Lưu ý')!).join(' ');
    expect(notice).toContain('Chiến sĩ thi đua cơ sở vượt giới hạn 15%');
    const minutes = texts(workbook.getWorksheet('Biên bản họp xét thi đua')!).join('\n');
    expect(minutes).toMatch(/- Thời gian: 14 giờ 00, ngày 25 tháng 0?5 năm 2021\./);

    // The preview opens the exported workbook in a second tab, sheet by sheet.
    await page.getByTestId('exported-workbook-tab').click();
    const exported = page.getByTestId('exported-workbook');
    await exported.waitFor({ timeout: 60000 });
    expect(await exported.getByTestId('exported-sheet-tab').allTextContents()).toEqual(
      workbook.worksheets.map((w) => w.name),
    );
    await exported.getByTestId('exported-sheet-tab').filter({ hasText: 'DS đề nghị CSTĐCS' }).click();
    await exported.getByText('DANH SÁCH ĐỀ NGHỊ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
