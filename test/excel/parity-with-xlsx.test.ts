import { createFakeExcelHost } from '../../src/preview/fake-excel';
import { readSheets, writeWorkbookSpec } from '../../src/excel';
import { readWorkbookBuffer, workbookSpecToBuffer } from '../../src/xlsx';
import { generateSchool } from './school-spec';

describe('both adapters write the same SheetSpec', () => {
  test('Excel and the .xlsx file hold the same constants and the same formulas, cell for cell', async () => {
    const { spec } = generateSchool(12, 5);
    const host = createFakeExcelHost();
    const context = host.createContext() as unknown as Excel.RequestContext;
    await writeWorkbookSpec(context, spec);
    const fromExcel = await readSheets(
      context,
      spec.sheets.map((sheet) => sheet.name),
    );
    const fromFile = await readWorkbookBuffer(await workbookSpecToBuffer(spec));
    expect(fromFile.sheets.map((sheet) => sheet.name)).toEqual(Object.keys(fromExcel));
    for (const sheet of fromFile.sheets) {
      const live = fromExcel[sheet.name];
      expect(sheet.formulas).toEqual(live.formulas);
      // The file holds no cached results: compare constants only.
      const constants = (values: unknown[][], formulas: (string | null)[][]) =>
        values.map((row, r) => row.map((value, c) => (formulas[r][c] === null ? value : 'formula')));
      expect(constants(sheet.values, sheet.formulas)).toEqual(constants(live.values, live.formulas));
    }
  });
});
