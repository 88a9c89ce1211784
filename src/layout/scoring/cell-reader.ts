/**
 * Reads typed values out of one sheet's values grid for readScoringWorkbook. A cell that cannot be read
 * becomes an issue naming the sheet, the A1 cell, what the cell holds and what to type instead; the caller
 * gets a documented fallback, so nothing is dropped without a word.
 */
import type { DomainIssue, IssueSeverity } from '../../domain/issues';
import { formatScore } from '../../domain/scoring/describe';
import { isBlankCell, parseVietnameseDate, parseVietnameseNumber } from '../../domain/text';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';

export { isBlankCell } from '../../domain/text';

/** Text as a reader compares it: NFC, no outer spaces; numbers and booleans as Excel shows them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).normalize('NFC').trim();
}

/** Case-insensitive Vietnamese comparison key. */
export function textKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('vi');
}

function shown(value: CellValue | undefined): string {
  return typeof value === 'number' ? formatScore(value) : cellText(value);
}

export class CellReader {
  readonly issues: DomainIssue[] = [];

  constructor(
    readonly sheet: string,
    private readonly values: CellValue[][],
  ) {}

  get rowCount(): number {
    return this.values.length;
  }

  cell(row: number, col: number): CellValue {
    return this.values[row]?.[col] ?? null;
  }

  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** "Ô F12 trang "Quy chế"". */
  where(row: number, col: number): string {
    return `Ô ${cellAddress(row, col)} trang "${this.sheet}"`;
  }

  report(code: string, severity: IssueSeverity, row: number, col: number, message: string): void {
    this.issues.push({
      code,
      severity,
      message: `${this.where(row, col)}: ${message}`,
      location: { sheet: this.sheet, address: cellAddress(row, col) },
    });
  }

  /**
   * A number ≥ `min` (exclusive when `above`). Blank is null when `allowBlank`; anything else unusable is
   * reported and gives `fallback`.
   */
  number(
    row: number,
    col: number,
    what: string,
    options: { fallback: number; min?: number; above?: boolean; allowBlank?: boolean },
  ): number | null {
    const value = this.cell(row, col);
    const parsed = typeof value === 'boolean' ? null : parseVietnameseNumber(value);
    const min = options.min ?? 0;
    if (parsed?.ok && parsed.value === null && options.allowBlank) return null;
    if (parsed?.ok && parsed.value !== null && (options.above ? parsed.value > min : parsed.value >= min)) {
      return parsed.value;
    }
    const limit = `${options.above ? 'lớn hơn' : 'từ'} ${formatScore(min)}${options.above ? '' : ' trở lên'}`;
    const content = isBlankCell(value) ? 'đang để trống' : `"${shown(value)}" không phải là số hợp lệ`;
    this.report(
      'settings.not-a-number',
      'error',
      row,
      col,
      `${what} ${content} nên tạm tính là ${formatScore(options.fallback)}. Hãy nhập một số ${limit}.`,
    );
    return options.fallback;
  }

  /**
   * An ISO date from an Excel date, "18/01/2021" or "2021-01-18". Blank gives undefined; a cell that is
   * not a date is reported and its text kept as typed (validation then names it again where it is used).
   */
  date(row: number, col: number, what: string): string | undefined {
    const value = this.cell(row, col);
    if (isBlankCell(value)) return undefined;
    const parsed = typeof value === 'boolean' ? null : parseVietnameseDate(value);
    if (parsed?.ok && parsed.value !== null) return parsed.value;
    this.report(
      'settings.not-a-date',
      'error',
      row,
      col,
      `${what} "${shown(value)}" không phải là ngày. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 18/01/2021.`,
    );
    return cellText(value);
  }
}
