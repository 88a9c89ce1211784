/**
 * Writes a target's number into its cell on "Chỉ tiêu", as the user typed it in the pane. The cell is read
 * first: when it no longer holds the number the pane showed (someone edited the sheet meanwhile) or holds a
 * formula, nothing is written and the caller is told, so no edit is lost. Two syncs.
 */
import type { CellLocation } from '../../domain/issues';
import { noteWorkbookWrite } from '../write-events';

export type TargetWriteResult =
  | { written: true }
  | { written: false; reason: 'changed'; current: unknown }
  | { written: false; reason: 'formula'; formula: string };

export async function writeTargetCount(
  context: Excel.RequestContext,
  location: CellLocation,
  expected: number,
  value: number,
): Promise<TargetWriteResult> {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`Chỉ tiêu phải là số nguyên từ 0 trở lên (đang là ${value}).`);
  }
  const range = context.workbook.worksheets.getItem(location.sheet).getRange(location.address);
  range.load('values,formulas');
  await context.sync();
  const formula: unknown = range.formulas[0]?.[0];
  const current: unknown = range.values[0]?.[0];
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== current) {
    return { written: false, reason: 'formula', formula };
  }
  if (current !== expected) return { written: false, reason: 'changed', current };
  range.values = [[value]];
  await context.sync();
  noteWorkbookWrite();
  return { written: true };
}
