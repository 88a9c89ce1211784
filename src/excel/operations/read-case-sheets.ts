/**
 * Reads what the case needs from the open workbook in two syncs: the sheet names and workbook names (whose
 * owner markers say which sheet is which), then every sheet's values, plus the formulas of the result sheets
 * (checked for values typed over the add-in's formulas). This is what opening the pane, "Tính lại" and
 * every re-read after a write cost.
 */
import type { CellValue } from '../../layout/grid';
import { readOwnership, type WorkbookName } from '../../layout/owner-markers';
import { CHECKED_FORMULA_ROLES } from '../../layout/workbook/overwritten-formulas';
import { toSheetRead } from '../read-sheets';

export interface CaseSheetsRead {
  sheets: Record<string, CellValue[][]>;
  names: WorkbookName[];
  /** Formulas of the marked result sheets only. */
  formulas: Record<string, (string | null)[][]>;
}

export async function readCaseSheets(context: Excel.RequestContext): Promise<CaseSheetsRead> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const workbookNames = context.workbook.names.load('items/name,items/formula');
  await context.sync();
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const names = workbookNames.items.map((item) => ({ name: item.name, reference: String(item.formula) }));
  const { roles } = readOwnership(names, sheetNames);
  const withFormulas = new Set(
    CHECKED_FORMULA_ROLES.map((role) => roles.get(role)).filter((s): s is string => s !== undefined),
  );
  const requests = sheetNames.map((name) => {
    const formulas = withFormulas.has(name);
    const used = worksheets.items
      .find((sheet) => sheet.name === name)!
      .getUsedRangeOrNullObject(true)
      .load(
        formulas ? 'address,rowIndex,columnIndex,values,formulas' : 'address,rowIndex,columnIndex,values',
      );
    return { name, used, formulas };
  });
  await context.sync();
  const sheets: CaseSheetsRead['sheets'] = {};
  const formulas: CaseSheetsRead['formulas'] = {};
  for (const { name, used, formulas: withF } of requests) {
    if (used.isNullObject) {
      sheets[name] = [];
      continue;
    }
    const read = toSheetRead(
      used.address,
      used.rowIndex,
      used.columnIndex,
      used.values,
      withF ? used.formulas : [],
    );
    sheets[name] = read.values;
    if (withF) formulas[name] = read.formulas;
  }
  return { sheets, names, formulas };
}
