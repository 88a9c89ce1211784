/**
 * Excel's rules for what a workbook may hold, shared by both adapters (Office.js and ExcelJS) so they refuse
 * the same things in the same words: sheet names (domain/text's rules), workbook-name references and inline
 * validation lists. Pure: no adapter's types appear here.
 */
import { sheetNameKey, validateSheetName } from '../domain/text';
import type { DataValidationSpec } from './grid';

export { MAX_SHEET_NAME_LENGTH, uniqueSheetName } from '../domain/text';

/**
 * The one rule for "text that must stay text": text Excel would not keep as typed if it were entered as a
 * cell's input. = + - @ (and their full-width forms) start a formula; a leading apostrophe is eaten as the text
 * prefix; digits, ".", "(", "#" and TRUE/FALSE may turn into numbers, dates, percentages, errors or booleans
 * ("0912…" would lose its leading zero). The Office.js adapter writes such text with a leading apostrophe;
 * the ExcelJS adapter writes every string as a string cell, which Excel keeps as text.
 */
const NOT_KEPT_AS_TYPED = /^\s*(?:[=+\-@'#(.\d\uFF1D\uFF0B\uFF0D\uFF20]|(?:true|false)\s*$)/i;

export function mustForceText(text: string): boolean {
  return NOT_KEPT_AS_TYPED.test(text);
}

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
