/**
 * Reads every sheet of the open workbook as value grids: one sync for the sheet names, one for their
 * contents. This is what "Tính lại" and opening the pane cost.
 */
import type { CellValue } from '../../layout/grid';
import { readSheets } from '../read-sheets';

export async function readAllSheets(context: Excel.RequestContext): Promise<Record<string, CellValue[][]>> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const read = await readSheets(
    context,
    sheets.items.map((s) => s.name),
    { formulas: false },
  );
  const out: Record<string, CellValue[][]> = {};
  for (const [name, sheet] of Object.entries(read)) out[name] = sheet.values;
  return out;
}
