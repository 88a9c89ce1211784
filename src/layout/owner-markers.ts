/**
 * Workbook names marking the sheets Thi Đua made ("TD_AddinSheet_1" → 'Tổng hợp năm'!$A$1). A name follows
 * its sheet through renames, so the add-in can later replace its own output sheets and never a user's. The
 * add-in writes them as hidden names; the CLI writes them too (ExcelJS cannot hide a name), so a workbook
 * made by `thidua new` is recognised as Thi Đua's when opened in Excel.
 */
import { sheetRef } from './a1';
import type { NamedRangeSpec } from './grid';

export const OWNER_MARKER_PREFIX = 'TD_AddinSheet_';

export function ownerMarkerNames(sheetNames: readonly string[], firstNumber = 1): NamedRangeSpec[] {
  return sheetNames.map((sheet, i) => ({
    name: `${OWNER_MARKER_PREFIX}${firstNumber + i}`,
    reference: `${sheetRef(sheet)}!$A$1`,
  }));
}
