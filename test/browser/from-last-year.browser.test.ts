/**
 * "Từ năm trước" in Lập bảng (issue 12): on an empty workbook the school picks last year's workbook in the
 * browser; it is read on this computer and the new year's sheets are built, with last year's titles on
 * "Lịch sử". A file that is not a workbook is named and changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TitleHistory } from '../../src/domain/history';
import { sampleFullCase } from '../../src/domain/sample';
import { buildCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { openPreview, type PreviewSession } from './support/browser';

interface PreviewInspector {
  sheetNames(): string[];
  values(sheet: string, address: string): unknown[][];
}

describe('Lập bảng: a new school year from last year’s workbook, picked in the browser', () => {
  let dir: string;
  let session: PreviewSession;
  const lastYear = sampleFullCase();
  const [first] = lastYear.roster.staff;
  const history: TitleHistory = [{ personId: first.id, year: 2019, titles: ['LDTT', 'CSTDCS'] }];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-last-year-'));
    await writeXlsxFile(buildCaseWorkbook({ ...lastYear, history }).spec, path.join(dir, 'nam-truoc.xlsx'));
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải sổ làm việc');
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'PK\u0003\u0004 hỏng');
    session = await openPreview();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sheetNames = () =>
    session.page.evaluate(() =>
      (
        window as unknown as { __thiDuaPreview: { inspect: PreviewInspector } }
      ).__thiDuaPreview.inspect.sheetNames(),
    );

  it('a text file and a broken workbook are named, and nothing is built', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Lập bảng' }).click();
    await page.getByTestId('template-last-year-file').setInputFiles(path.join(dir, 'ghi-chu.txt'));
    await expect(page.getByTestId('template-last-year-issues').textContent()).resolves.toContain(
      '"ghi-chu.txt" không phải tệp .xlsx',
    );
    await page.getByTestId('template-last-year-file').setInputFiles(path.join(dir, 'hong.xlsx'));
    await page.getByTestId('template-last-year-issues').getByText('Không đọc được "hong.xlsx"').waitFor();
    expect(await sheetNames()).toEqual(['Sheet1']);
  });

  it('last year’s workbook gives the next school year, its staff and its Lịch sử', async () => {
    const { page } = session;
    await page.getByTestId('template-last-year-file').setInputFiles(path.join(dir, 'nam-truoc.xlsx'));
    await page.getByText('Đã lập bảng năm học 2021-2022 từ sổ năm trước').waitFor({ timeout: 120_000 });
    const names = await sheetNames();
    expect(names).toEqual(expect.arrayContaining(['Quy chế', 'Danh sách', 'Lịch sử']));
    const staffNames = await page.evaluate(() =>
      (window as unknown as { __thiDuaPreview: { inspect: PreviewInspector } }).__thiDuaPreview.inspect
        .values('Danh sách', 'C4:C200')
        .map((row) => row[0])
        .filter((v) => v !== null && v !== ''),
    );
    expect(staffNames).toEqual(lastYear.roster.staff.map((p) => p.fullName));
    expect(session.consoleErrors).toEqual([]);
  });
});
