import * as ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../layout/grid';
import { addDefinedName } from './names';
import { writeSheet } from './sheet-writer';
import { sameSheetName, sheetNameProblem } from '../layout/sheet-rules';

/**
 * Writes every sheet and name of the spec into a workbook (a new one unless given). Imports ExcelJS
 * statically: the browser reaches this file only through the lazy `import()` in buffer.ts.
 * Never overwrites: a sheet whose name the workbook already has is refused with a Vietnamese message.
 */
export function workbookSpecToExcelJs(
  spec: WorkbookSpec,
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
): ExcelJS.Workbook {
  for (const sheet of spec.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new RangeError(problem);
    if (workbook.worksheets.some((existing) => sameSheetName(existing.name, sheet.name))) {
      throw new RangeError(
        `Sổ tính đã có trang tính "${sheet.name}": Thi Đua không ghi đè, hãy đổi tên hoặc xoá trang cũ rồi làm lại.`,
      );
    }
    writeSheet(workbook.addWorksheet(sheet.name), sheet);
  }
  for (const name of spec.names) addDefinedName(workbook, name);
  // No cached results are written, so Excel and LibreOffice must compute every formula on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}
