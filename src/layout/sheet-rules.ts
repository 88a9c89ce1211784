/**
 * Excel's rules for what a workbook may hold, shared by both adapters (Office.js and ExcelJS) so they refuse
 * the same things in the same words: sheet names (domain/text's rules), workbook-name references and inline
 * validation lists. Pure: no adapter's types appear here.
 */
import { sheetNameKey, validateSheetName } from '../domain/text';
import type { DataValidationSpec } from './grid';

export { MAX_SHEET_NAME_LENGTH, uniqueSheetName } from '../domain/text';

/** Excel compares sheet names without regard to case, so "Đợt 1" and "đợt 1" collide. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** Vietnamese sentences saying what is wrong with the name, or undefined when Excel accepts it. */
export function sheetNameProblem(name: string): string | undefined {
  const issues = validateSheetName(name);
  return issues.length === 0 ? undefined : issues.map((issue) => issue.message).join(' ');
}

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

/** Excel keeps an inline list in one formula string of at most 255 characters, items split by commas. */
const MAX_INLINE_LIST_LENGTH = 255;

/** The items of an inline list as Excel stores them, "Tốt,Khá,Đạt"; refuses items that would split or break it. */
export function listSourceText(spec: DataValidationSpec): string {
  const items = spec.list ?? [];
  if (items.length === 0) {
    throw new RangeError(`Danh sách chọn của vùng ${spec.range} đang trống: hãy cho ít nhất một giá trị.`);
  }
  const bad = items.find((item) => item.includes(',') || item.includes('"'));
  if (bad !== undefined) {
    throw new RangeError(
      `Giá trị "${bad}" trong danh sách chọn của vùng ${spec.range} có dấu phẩy hoặc dấu ngoặc kép, ` +
        'Excel sẽ tách sai: hãy bỏ các dấu đó.',
    );
  }
  const joined = items.join(',');
  if (joined.length > MAX_INLINE_LIST_LENGTH) {
    throw new RangeError(
      `Danh sách chọn của vùng ${spec.range} dài ${joined.length} ký tự, Excel chỉ nhận tối đa ` +
        `${MAX_INLINE_LIST_LENGTH}: hãy rút gọn các giá trị.`,
    );
  }
  return joined;
}
