/**
 * "Lấy từ vùng đang chọn": the values of the range the user selected, in one sync. Only the part of the
 * selection that holds data is read, so selecting whole columns does not bring back a million rows. The
 * font is read too: legacy TCVN3 (.VnTime) or VNI text is only recognised with certainty by its font.
 */
import type { CellValue } from '../../layout/grid';

export interface SelectionRead {
  sheet: string;
  /** The part of the selection that holds data, e.g. "B3:J64"; '' when it holds none. */
  address: string;
  /** 0-based sheet row and column of values[0][0]. */
  origin: { row: number; column: number };
  /** Empty cells are null. */
  values: CellValue[][];
  /** The range's font when every cell has the same one, else null. */
  font: string | null;
}

/** "'Danh sách cũ'!B3:J64" → "B3:J64". */
function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang === -1 ? address : address.slice(bang + 1);
}

export async function readSelectedRange(context: Excel.RequestContext): Promise<SelectionRead> {
  const selected = context.workbook.getSelectedRange();
  const sheet = selected.worksheet.load('name');
  const used = selected.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,values');
  // The selection's own font: a null object's children may not be loaded.
  const font = selected.format.font.load('name');
  await context.sync();
  if (used.isNullObject)
    return { sheet: sheet.name, address: '', origin: { row: 0, column: 0 }, values: [], font: null };
  const values = used.values.map((row) =>
    row.map((value: unknown): CellValue => {
      if (value === '' || value === undefined || value === null) return null;
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    }),
  );
  return {
    sheet: sheet.name,
    address: localAddress(used.address),
    origin: { row: used.rowIndex, column: used.columnIndex },
    values,
    font: typeof font.name === 'string' && font.name !== '' ? font.name : null,
  };
}
