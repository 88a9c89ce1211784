/**
 * A person typing into a cell, as the preview grid and the browser tests do it. Excel refuses a locked
 * cell of a protected sheet and, for a "Stop" alert, a value the cell's data validation rejects (Warning
 * and Information alerts let the value in). Typed text is read as Excel reads it: "=…" is a formula, a
 * leading apostrophe keeps text, numbers ("9.5", or "9,5" with a decimal comma), percentages and
 * TRUE/FALSE become values, a cell formatted "@" keeps text.
 */
import type { CellScalar, EngineContent } from './formula-engine';
import { formatRect, rect, tryParseReference } from './geometry';
import { mergeAt } from './format-ops';
import { isCellEditable } from './protection';
import { passes } from './validation';
import type { ValidationEntry } from './validation';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

export type UserEditRefusal = 'sheet-not-found' | 'bad-address' | 'locked' | 'invalid-formula' | 'validation';

export type UserEditResult =
  | { ok: true; /** Set when a Warning/Information alert let a rejected value in. */ warning?: string }
  | { ok: false; code: UserEditRefusal; /** Vietnamese. */ reason: string; reasonEn: string };

interface Typed {
  content: EngineContent;
  formula: string | null;
  /** The value to validate; null for an emptied cell or a formula (computed later). */
  value: CellScalar | null;
}

const EN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const VI_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;

function parseNumber(text: string, locale: WorkbookModel['displayLocale']): number | null {
  const t = text.trim();
  if (t === '' || t === '+' || t === '-') return null;
  if (locale === 'vi-VN' && VI_GROUPED.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  if (EN_NUMBER.test(t) && /\d/.test(t)) return Number(t.replace(/,/g, ''));
  return null;
}

function readTyped(text: string, textFormat: boolean, locale: WorkbookModel['displayLocale']): Typed {
  if (text === '') return { content: null, formula: null, value: null };
  if (textFormat) return { content: `'${text}`, formula: null, value: text };
  if (text.startsWith("'")) return { content: text, formula: null, value: text.slice(1) };
  const number = parseNumber(text, locale);
  if (number !== null) return { content: number, formula: null, value: number };
  if (text.trim().endsWith('%')) {
    const percent = parseNumber(text.trim().slice(0, -1), locale);
    if (percent !== null) return { content: percent / 100, formula: null, value: percent / 100 };
  }
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE')
    return { content: upper === 'TRUE', formula: null, value: upper === 'TRUE' };
  if (text.startsWith('=') || ((text.startsWith('+') || text.startsWith('-')) && text.length > 1)) {
    const formula = text.startsWith('=') ? text : `=${text}`;
    return { content: formula, formula, value: null };
  }
  return { content: text, formula: null, value: text };
}

function refuse(code: UserEditRefusal, reason: string, reasonEn: string): UserEditResult {
  return { ok: false, code, reason, reasonEn };
}

const fmt = (n: string | number) => String(n);

/** What the rule asks for, in words, so the refusal can say what to type instead. */
function describeRule(entry: ValidationEntry): { vi: string; en: string } {
  const rule = entry.rule;
  if (rule?.list) {
    const items = rule.list.source.startsWith('=')
      ? `các giá trị trong ${rule.list.source.slice(1)}`
      : rule.list.source;
    return { vi: `một trong: ${items}`, en: `one of: ${rule.list.source.replace(/^=/, '')}` };
  }
  const basic = rule?.wholeNumber ?? rule?.decimal;
  if (basic) {
    const kindVi = rule?.wholeNumber ? 'số nguyên' : 'số';
    const kindEn = rule?.wholeNumber ? 'a whole number' : 'a number';
    const a = fmt(basic.formula1);
    const b = basic.formula2 === undefined ? '' : fmt(basic.formula2);
    const vi: Record<string, string> = {
      Between: `${kindVi} từ ${a} đến ${b}`,
      NotBetween: `${kindVi} không nằm trong khoảng ${a} đến ${b}`,
      EqualTo: `${kindVi} bằng ${a}`,
      NotEqualTo: `${kindVi} khác ${a}`,
      GreaterThan: `${kindVi} lớn hơn ${a}`,
      LessThan: `${kindVi} nhỏ hơn ${a}`,
      GreaterThanOrEqualTo: `${kindVi} từ ${a} trở lên`,
      LessThanOrEqualTo: `${kindVi} không quá ${a}`,
    };
    const en: Record<string, string> = {
      Between: `${kindEn} between ${a} and ${b}`,
      NotBetween: `${kindEn} outside ${a} to ${b}`,
      EqualTo: `${kindEn} equal to ${a}`,
      NotEqualTo: `${kindEn} other than ${a}`,
      GreaterThan: `${kindEn} greater than ${a}`,
      LessThan: `${kindEn} less than ${a}`,
      GreaterThanOrEqualTo: `${kindEn} of at least ${a}`,
      LessThanOrEqualTo: `${kindEn} of at most ${a}`,
    };
    return { vi: vi[basic.operator], en: en[basic.operator] };
  }
  return { vi: 'giá trị đúng quy định của ô', en: 'a value the cell allows' };
}

/** Types `text` into one cell; on success the caller notifies the workbook's listeners. */
export function userEdit(
  model: WorkbookModel,
  sheetName: string,
  address: string,
  text: string,
): UserEditResult {
  const sheet: SheetModel | undefined = model.findSheet(sheetName);
  if (!sheet) {
    return refuse(
      'sheet-not-found',
      `Không có trang "${sheetName}" trong sổ. Hãy chọn một trang đang có.`,
      `There is no sheet "${sheetName}" in the workbook. Choose an existing sheet.`,
    );
  }
  const parsed = tryParseReference(address);
  if (!parsed || parsed.sheet !== undefined) {
    return refuse(
      'bad-address',
      `"${address}" không phải địa chỉ một ô (ví dụ C5). Hãy chọn một ô.`,
      `"${address}" is not a cell address (for example C5). Choose a cell.`,
    );
  }
  const merged = mergeAt(sheet, parsed.rect.r0, parsed.rect.c0);
  const row = merged ? merged.r0 : parsed.rect.r0;
  const col = merged ? merged.c0 : parsed.rect.c0;
  const cell = formatRect(rect(row, col));
  if (!isCellEditable(sheet, row, col)) {
    return refuse(
      'locked',
      `Ô ${cell} trên trang "${sheet.name}" đang bị khóa vì trang được bảo vệ. Hãy nhập vào ô được phép sửa, hoặc bỏ bảo vệ trang nếu bạn có quyền.`,
      `Cell ${cell} on sheet "${sheet.name}" is locked because the sheet is protected. Type into an editable cell, or unprotect the sheet if you are allowed to.`,
    );
  }
  const textFormat = sheet.formats.get('numberFormat', row, col) === '@';
  const typed = readTyped(text, textFormat, model.displayLocale);
  if (typed.formula !== null && !model.engine.isValidFormula(typed.formula)) {
    return refuse(
      'invalid-formula',
      `Công thức "${text}" ở ô ${cell} (trang "${sheet.name}") không hợp lệ. Hãy kiểm tra dấu ngoặc và tên hàm, hoặc gõ dấu ' ở đầu để nhập như chữ.`,
      `The formula "${text}" in cell ${cell} (sheet "${sheet.name}") is not valid. Check brackets and function names, or start with ' to enter it as text.`,
    );
  }
  let warning: string | undefined;
  const entry = sheet.validations.at(row, col);
  if (entry?.rule && entry.errorAlert.showAlert) {
    const evaluate = (formula: string) => model.engine.calculate(formula, sheet.engineId);
    const formulaValue = typed.formula !== null ? evaluate(typed.formula) : null;
    const value = Array.isArray(formulaValue)
      ? (formulaValue[0]?.[0] ?? null)
      : (formulaValue ?? typed.value);
    if (!passes(entry, value, row, col, evaluate)) {
      const wanted = describeRule(entry);
      const alert = entry.errorAlert.message;
      const vi = `Giá trị "${text}" không hợp lệ ở ô ${cell} (trang "${sheet.name}"). ${alert || `Hãy nhập ${wanted.vi}.`}`;
      const en = `The value "${text}" is not allowed in cell ${cell} (sheet "${sheet.name}"). ${alert || `Enter ${wanted.en}.`}`;
      if (entry.errorAlert.style === 'Stop') return refuse('validation', vi, en);
      warning = vi;
    }
  }
  const content =
    typed.formula !== null ? model.engine.checkFormula(typed.formula, 'userEdit') : typed.content;
  model.engine.setRow(sheet.engineId, row, col, [content], [typed.formula]);
  model.engine.resume();
  return warning === undefined ? { ok: true } : { ok: true, warning };
}

/** A person clicking a cell: activates its sheet and selects it. */
export function userSelect(model: WorkbookModel, sheetName: string, address: string): boolean {
  const sheet = model.findSheet(sheetName);
  const parsed = tryParseReference(address);
  if (!sheet || !parsed || sheet.visibility !== 'Visible') return false;
  model.activeSheetId = sheet.id;
  sheet.selection = parsed.rect;
  return true;
}
