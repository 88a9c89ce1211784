/**
 * What a protected sheet refuses to the API: Excel answers AccessDenied ("You cannot perform the requested
 * operation.") when a batch writes to a locked cell of a protected sheet, and refuses formatting unless the
 * protection options allow it.
 */
import { accessDenied } from './errors';
import type { Rect } from './geometry';
import type { ProtectionOptions, SheetModel } from './sheet-model';

/** Contents of r may change only when the sheet is unprotected or every cell of r is unlocked. */
export function assertContentsEditable(sheet: SheetModel, r: Rect, location: string): void {
  if (!sheet.protection.protected) return;
  if (sheet.formats.uniform('locked', r) !== false) throw accessDenied(location);
}

/** Other changes on a protected sheet need the matching allow* option (none: always refused). */
export function assertAllowed(
  sheet: SheetModel,
  option: keyof ProtectionOptions | null,
  location: string,
): void {
  if (!sheet.protection.protected) return;
  if (option && sheet.protection.options[option] === true) return;
  throw accessDenied(location);
}

/** Whether a user may type into the cell (unprotected sheet, or an unlocked cell). */
export function isCellEditable(sheet: SheetModel, row: number, col: number): boolean {
  return !sheet.protection.protected || sheet.formats.get('locked', row, col) === false;
}
