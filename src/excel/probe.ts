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
  const finish = queueProbe(context, requested);
  await context.sync();
  return finish();
}

/** The loads of a probe, for an operation that adds its own loads to the same sync; call the result after it. */
export function queueProbe(context: Excel.RequestContext, requested: string[]): () => WorkbookProbe {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  const used = requested.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const range = sheet.getUsedRangeOrNullObject(true).load('address');
    return { name, sheet: sheet.load('name'), range };
  });
  return () => {
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
  };
}
