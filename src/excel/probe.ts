import { ownedSheetsFromNames, type WorkbookProbe } from '../layout/workbook/write-plan';

/**
 * Sync 1 of a write: every sheet name, every workbook name with its formula, and, for each requested name,
 * whether that sheet exists and holds data (its values-only used range; a null object on both counts when the
 * sheet is missing or empty).
 */
export async function probeWorkbook(
  context: Excel.RequestContext,
  requested: string[],
): Promise<WorkbookProbe> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const used = requested.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const range = sheet.getUsedRangeOrNullObject(true).load('address');
    return { name, sheet: sheet.load('name'), range };
  });
  await context.sync();
  const hasData = new Map<string, boolean>();
  for (const { name, sheet, range } of used) {
    if (!sheet.isNullObject) hasData.set(name, !range.isNullObject);
  }
  const existingNames = names.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    hasData,
    ownedSheets: ownedSheetsFromNames(existingNames),
    names: existingNames,
  };
}
