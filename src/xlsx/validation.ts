import type { DataValidation, Worksheet } from 'exceljs';
import type { DataValidationSpec } from '../layout/grid';
import { cellsInRange } from './cells-in-range';

/** Excel keeps an inline list in one formula string of at most 255 characters, items split by commas. */
const MAX_INLINE_LIST_LENGTH = 255;

/**
 * The items of an inline list as Excel stores them, "Tốt,Khá,Đạt"; refuses items that would split or break it.
 * Pure, so the Office.js adapter checks lists the same way.
 */
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

function toExcelJs(spec: DataValidationSpec): DataValidation {
  const messages = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    error: spec.errorMessage,
    ...(spec.prompt ? { showInputMessage: true, promptTitle: 'Hướng dẫn', prompt: spec.prompt } : {}),
  };
  if (spec.kind === 'list') return { type: 'list', formulae: [`"${listSourceText(spec)}"`], ...messages };
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) {
    return { type: spec.kind, operator: 'between', formulae: [min, max], ...messages };
  }
  if (min !== undefined)
    return { type: spec.kind, operator: 'greaterThanOrEqual', formulae: [min], ...messages };
  if (max !== undefined)
    return { type: spec.kind, operator: 'lessThanOrEqual', formulae: [max], ...messages };
  // No bound: any number of the kind; Excel still needs an operator, so span every finite double.
  return { type: spec.kind, operator: 'between', formulae: [-1e307, 1e307], ...messages };
}

/** ExcelJS keeps validations per cell and merges equal neighbours into one sqref when it writes. */
export function addDataValidation(worksheet: Worksheet, spec: DataValidationSpec): void {
  const validation = toExcelJs(spec);
  for (const [row, col] of cellsInRange(spec.range)) {
    worksheet.getCell(row, col).dataValidation = { ...validation };
  }
}
