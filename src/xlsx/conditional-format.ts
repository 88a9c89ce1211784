import type { ConditionalFormattingOptions, Worksheet } from 'exceljs';
import type { ConditionalFormatSpec } from '../layout/grid';
import { toArgb } from './colors';
import { solidFill } from './cell-style';

/** A text constant as an Excel formula: "Đạt" → `"Đạt"`, inner quotes doubled. */
export function textFormula(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * "Cell value equal to" rather than "contains text": contains is case-insensitive, so "Đạt" would also colour
 * "Chưa đạt".
 */
export function toExcelJsConditionalFormat(spec: ConditionalFormatSpec): ConditionalFormattingOptions {
  return {
    ref: spec.range,
    rules: [
      {
        type: 'cellIs',
        operator: 'equal',
        priority: 1,
        formulae: [textFormula(spec.equals)],
        style: { fill: solidFill(spec.fill), font: { color: { argb: toArgb(spec.fontColor) } } },
      },
    ],
  };
}

export function addConditionalFormat(worksheet: Worksheet, spec: ConditionalFormatSpec): void {
  worksheet.addConditionalFormatting(toExcelJsConditionalFormat(spec));
}
