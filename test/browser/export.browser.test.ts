/**
 * "Gửi Phòng" in the preview: the sample school, after the council's hand count of CSTĐCS, exported to a new
 * workbook (Excel.createWorkbook in the fake host) that is read back here with ExcelJS.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

/** Agree votes of the six CSTĐCS candidates, in the meeting's order; 70% of the 41 present needs 29. */
const AGREE = [40, 35, 29, 28, 33, 20];

/** The tellers' hand count typed on "Nhật ký phiếu" as one "Đếm" row, columns found by the key row. */
async function enterHandCount(page: Page): Promise<void> {
  await page.evaluate(async (agree) => {
    type Host = { inspect: { values(sheet: string, address: string): unknown[][] } };
    type Ctx = {
      workbook: {
        worksheets: { getItem(n: string): { getRangeByIndexes(...a: number[]): { values: unknown } } };
      };
      sync(): Promise<void>;
    };
    const w = window as unknown as {
      __thiDuaPreview: Host;
      Excel: { run(f: (c: Ctx) => Promise<void>): Promise<void> };
    };
    const keys = w.__thiDuaPreview.inspect.values('Nhật ký phiếu', 'A2:BZ2')[0].map((k) => String(k ?? ''));
    const width = keys.reduce((last, k, i) => (k ? i + 1 : last), 0);
    const row: unknown[] = new Array(width).fill(null);
    Object.assign(row, {
      0: 1,
      1: 1,
      3: '2021-05-25T15:00',
      4: 'Thư ký',
      5: 'Đếm',
      7: 'Hiệu lực',
      10: 41,
      11: 1,
    });
    keys
      .filter((k) => k.startsWith('CSTDCS:') && !k.endsWith('#K'))
      .forEach((key, i) => {
        row[keys.indexOf(key)] = agree[i];
        row[keys.indexOf(`${key}#K`)] = 40 - agree[i];
      });
    await w.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhật ký phiếu').getRangeByIndexes(3, 0, 1, width).values = [row];
      await context.sync();
    });
  }, AGREE);
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
