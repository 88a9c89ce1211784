import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadCase } from '../../src/cli/load-case';
import { main, type CliIo } from '../../src/cli/main';

const quiet: CliIo = { out: () => undefined, err: () => undefined };

jest.setTimeout(60000); // writes and reads a real .xlsx of 61 staff

it('a workbook whose "Quy chế" names no target profile is read under the law of its year (2020-2021: 2003 law)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-profile-'));
  try {
    const file = path.join(dir, 'mau.xlsx');
    await main(['demo', '-o', file], quiet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const quyChe = workbook.getWorksheet('Quy chế');
    if (!quyChe) throw new Error('the demo workbook has "Quy chế"');
    let cleared = 0;
    quyChe.eachRow((row) => {
      if (row.getCell(1).value === 'targets.profile') {
        row.getCell(3).value = null;
        cleared++;
      }
    });
    expect(cleared).toBe(1);
    await workbook.xlsx.writeFile(file);

    const loaded = await loadCase(file);
    expect(loaded.schoolCase.roster.info.yearEnd.slice(0, 4)).toBe('2021');
    expect(loaded.schoolCase.targets?.profile.id).toBe('luat-2003');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
