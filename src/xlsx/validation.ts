import type { DataValidation, Worksheet } from 'exceljs';
import type { DataValidationSpec } from '../layout/grid';
import { listSourceText } from '../layout/sheet-rules';
import { cellsInRange } from './cells-in-range';

export function toExcelJsValidation(spec: DataValidationSpec): DataValidation {
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
  const validation = toExcelJsValidation(spec);
  for (const [row, col] of cellsInRange(spec.range)) {
    worksheet.getCell(row, col).dataValidation = { ...validation };
  }
}
