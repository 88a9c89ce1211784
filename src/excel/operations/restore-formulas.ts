/**
 * "Khôi phục công thức": puts the add-in's formulas back into cells a value was typed over, in one sync.
 * The overwrite rule is the reverse of the usual one: these cells are the add-in's own formula cells
 * (found by comparing the built case with the workbook), so the typed value is what gets replaced. Thi Đua's
 * sheets are protected; the sheet is unprotected for the write and protected again with the same options.
 */
import type { OverwrittenFormula } from '../../layout/workbook/overwritten-formulas';
import { PROTECTION_OPTIONS } from '../feature-writes';
import { noteWorkbookWrite } from '../write-events';

export async function restoreFormulas(
  context: Excel.RequestContext,
  cells: readonly OverwrittenFormula[],
): Promise<number> {
  const bySheet = new Map<string, OverwrittenFormula[]>();
  for (const cell of cells) bySheet.set(cell.sheet, [...(bySheet.get(cell.sheet) ?? []), cell]);
  const protections = [...bySheet.keys()].map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    return { name, sheet, protection: sheet.protection.load('protected') };
  });
  await context.sync();
  for (const { name, sheet, protection } of protections) {
    const wasProtected = protection.protected;
    if (wasProtected) sheet.protection.unprotect();
    for (const cell of bySheet.get(name) ?? []) sheet.getRange(cell.address).formulas = [[cell.formula]];
    if (wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
  }
  await context.sync();
  noteWorkbookWrite();
  return cells.length;
}
