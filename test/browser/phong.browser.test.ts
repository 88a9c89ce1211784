/**
 * The Phòng panel in the preview (issue 13): a Phòng user on an empty workbook picks 30 schools' export files
 * in the browser; the pane reads them on this computer, shows every district total as the sum of the schools'
 * own lists, names a broken file, and writes the district's sheets into the workbook.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCase } from '../../src/domain/case';
import type { SignedSummary } from '../../src/domain/phong';
import { TITLES } from '../../src/domain/titles';
import { buildExportWorkbook, EXPORT_DOCUMENTS } from '../../src/layout/export';
import { exportInputFromCase } from '../../src/layout/export-input';
import { buildCaseWorkbook } from '../../src/layout/workbook';
import { writeXlsxFile } from '../../src/xlsx/node-file';
import { randomSchool } from '../support/random-school';
import { openPreview, type PreviewSession } from './support/browser';

const SCHOOLS = 30;

describe('Phòng panel: 30 schools gathered in the browser', () => {
  let dir: string;
  let session: PreviewSession;
  const summaries: SignedSummary[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-phong-'));
    for (let i = 1; i <= SCHOOLS; i++) {
      const schoolCase = randomSchool(300 + i, `Trường Tiểu học Số ${i}`);
      const results = evaluateCase(schoolCase);
      const read = { schoolCase, scoring: buildCaseWorkbook(schoolCase).scoring, sheets: {}, issues: [] };
      const input = exportInputFromCase(read, results, {});
      summaries.push(input.machineSummary!);
      const spec = buildExportWorkbook(
        input,
        EXPORT_DOCUMENTS.map((d) => d.id),
      );
      await writeXlsxFile(spec, path.join(dir, `truong-${String(i).padStart(2, '0')}.xlsx`));
    }
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'không phải tệp Excel');
    session = await openPreview();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('totals equal the sum of the schools’ lists, the broken file is named, the sheets are written', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Phòng GD&ĐT' }).click();
    const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
    await page.getByTestId('phong-files').setInputFiles(files);
    await page.getByTestId('phong-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('phong-result').textContent()).toContain(`${SCHOOLS} trường`);

    const totals = await page.getByTestId('phong-totals').locator('li').allTextContents();
    for (const line of totals) {
      const title = Object.values(TITLES).find((t) => line.startsWith(`${t.shortLabel}:`))!;
      const listed = summaries.reduce(
        (n, s) => n + s.proposals.filter((p) => p.titleId === title.id).length,
        0,
      );
      const approved = summaries.reduce(
        (n, s) => n + (s.titles.find((t) => t.titleId === title.id)?.approved ?? 0),
        0,
      );
      expect(line).toContain(`được đề nghị ${approved}`);
      expect(line).toContain(`trong danh sách ${listed}`);
    }
    expect(await page.getByTestId('phong-checks').textContent()).toContain('Tệp "hong.xlsx": không đọc được');

    await page.getByTestId('phong-write').click();
    await page.getByTestId('phong-done').waitFor({ timeout: 60_000 });
    const sheetNames = await page.evaluate(() =>
      (
        window as unknown as { __thiDuaPreview: { inspect: { sheetNames(): string[] } } }
      ).__thiDuaPreview.inspect.sheetNames(),
    );
    expect(sheetNames).toEqual(
      expect.arrayContaining(['Tổng hợp', 'Các trường', 'Kiểm tra', 'Tổng hợp kết quả']),
    );
    const schoolRows = await page.evaluate(() =>
      (
        window as unknown as { __thiDuaPreview: { inspect: { values(s: string, a: string): unknown[][] } } }
      ).__thiDuaPreview.inspect.values('Các trường', 'A5:A40'),
    );
    expect(schoolRows.filter((r) => typeof r[0] === 'number')).toHaveLength(SCHOOLS);
    expect(session.consoleErrors).toEqual([]);
  });
});
