import type { Workbook } from 'exceljs';
import type { NamedRangeSpec } from '../layout/grid';

const SHEET_RANGE = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

export interface NameTarget {
  sheet: string;
  range: string;
}

/** "'Tổng hợp năm'!$E$5:$E$65" → { sheet: "Tổng hợp năm", range: "$E$5:$E$65" }; undefined if not that shape. */
export function parseNameReference(reference: string): NameTarget | undefined {
  const match = SHEET_RANGE.exec(reference.trim().replace(/^=/, ''));
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], range: match[3] };
}

/**
 * ExcelJS keeps names as sets of cells and can only hold a range on a sheet, so the reference must have that
 * shape and name a sheet of the workbook.
 */
export function addDefinedName(workbook: Workbook, spec: NamedRangeSpec): void {
  const target = parseNameReference(spec.reference);
  if (!target) {
    throw new RangeError(
      `Tên "${spec.name}" trỏ tới "${spec.reference}", không phải một vùng ô có tên trang tính ` +
        `(ví dụ 'Tổng hợp năm'!$E$5:$E$65): hãy sửa tham chiếu.`,
    );
  }
  if (!workbook.getWorksheet(target.sheet)) {
    throw new RangeError(
      `Tên "${spec.name}" trỏ tới trang tính "${target.sheet}" nhưng sổ tính không có trang đó: hãy kiểm tra tên trang.`,
    );
  }
  workbook.definedNames.add(spec.reference.trim().replace(/^=/, ''), spec.name);
}
