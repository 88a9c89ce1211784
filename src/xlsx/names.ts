import type { Workbook } from 'exceljs';
import type { NamedRangeSpec } from '../layout/grid';
import { parseNameReference } from '../layout/sheet-rules';

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
