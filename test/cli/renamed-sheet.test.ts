import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type CliIo } from '../../src/cli/main';
import { loadCase } from '../../src/cli/load-case';

const quiet: CliIo = { out: () => undefined, err: () => undefined };

jest.setTimeout(60000); // writes and reads a real .xlsx of 61 staff

describe('a Thi Đua sheet renamed by the user, read from a file', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-renamed-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('"Chỉ tiêu" renamed "CT 2021" is still found by its marker, as in the pane', async () => {
    const file = path.join(dir, 'mau.xlsx');
    await main(['demo', '-o', file], quiet);
    const before = await loadCase(file);
    expect(before.schoolCase.targets?.targets.length).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (!sheet) throw new Error('the demo workbook has no "Chỉ tiêu" sheet');
    // As Excel renames a sheet: the names that point at it follow it (ExcelJS leaves them, so done here).
    sheet.name = 'CT 2021';
    workbook.definedNames.model = workbook.definedNames.model.map((n) => ({
      ...n,
      ranges: n.ranges.map((r) => r.replace("'Chỉ tiêu'!", "'CT 2021'!")),
    }));
    await workbook.xlsx.writeFile(file);

    const after = await loadCase(file);
    expect(after.workbook?.sheets.targets).toBe('CT 2021');
    const targetsOf = (read: typeof after) =>
      read.schoolCase.targets?.targets.map((t) => ({ id: t.id, count: t.count, sheet: t.location?.sheet }));
    expect(targetsOf(after)).toEqual(targetsOf(before)?.map((t) => ({ ...t, sheet: 'CT 2021' })));
    expect(after.issues.map((i) => i.code)).not.toContain('workbook.targets-sheet-missing');
  });
});
