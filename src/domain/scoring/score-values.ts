/**
 * Checks one typed score, whether it comes as a number (ScoreInput) or as a raw cell value from a sheet
 * or an import (text, blank, TRUE…). A value out of range is still used as typed, as the sheet's formulas
 * use it, and reported; text that is not a number is left out, as the formulas leave it out.
 */
import type { CellLocation, DomainIssue } from '../issues';
import { parseVietnameseNumber } from '../text';
import { cellPrefix, formatScore } from './describe';
import { isFiniteNumber } from './numeric';
import type { Criterion } from './types';

/** What a spreadsheet cell can hold, as the sheet readers hand it over. */
export type RawCellValue = string | number | boolean | null | undefined;

/** Who, when, what and at which level, already in words (see describe.ts), plus the cell when known. */
export interface ScoreContext {
  /** e.g. `Nguyễn Văn An (mã GV01), Đợt 1, tiêu chí 2.1 "…", mức hội đồng đánh giá`. */
  text: string;
  location?: CellLocation;
}

function issue(code: string, severity: DomainIssue['severity'], message: string, context: ScoreContext) {
  const result: DomainIssue = { code, severity, message };
  if (context.location) result.location = context.location;
  return result;
}

function head(context: ScoreContext): string {
  return `${cellPrefix(context.location)}${context.text}: `;
}

/** Range and kind checks of a numeric value. */
/** True when checkScoreValue has nothing to say: lets a caller skip building a message context. */
export function scoreValueFine(criterion: Criterion, value: number): boolean {
  return (
    isFiniteNumber(value) &&
    value >= 0 &&
    (criterion.kind === 'deduction' ? value % 1 === 0 : value <= criterion.max)
  );
}

export function checkScoreValue(criterion: Criterion, value: number, context: ScoreContext): DomainIssue[] {
  if (scoreValueFine(criterion, value)) return [];
  const at = head(context);
  if (!Number.isFinite(value)) {
    return [issue('score.not-a-number', 'error', `${at}giá trị không phải là số. Hãy nhập một số.`, context)];
  }
  const shown = formatScore(value);
  if (value < 0) {
    const what = criterion.kind === 'deduction' ? 'số lần vi phạm' : 'điểm';
    return [
      issue(
        'score.negative',
        'error',
        `${at}${what} ${shown} là số âm. Hãy nhập số từ 0 trở lên` +
          (criterion.kind === 'deduction' ? ' (điểm trừ được tính từ số lần).' : '.'),
        context,
      ),
    ];
  }
  switch (criterion.kind) {
    case 'points':
      return value > criterion.max
        ? [
            issue(
              'score.above-max',
              'error',
              `${at}điểm ${shown} vượt điểm tối đa ${formatScore(criterion.max)}. ` +
                `Hãy nhập điểm từ 0 đến ${formatScore(criterion.max)}.`,
              context,
            ),
          ]
        : [];
    case 'bonus':
      return value > criterion.max
        ? [
            issue(
              'score.bonus-above-cap',
              'warning',
              `${at}điểm thưởng ${shown} vượt mức tối đa ${formatScore(criterion.max)}; ` +
                `chỉ ${formatScore(criterion.max)} điểm được cộng. Hãy kiểm tra lại nếu gõ nhầm.`,
              context,
            ),
          ]
        : [];
    case 'deduction':
      return Number.isInteger(value)
        ? []
        : [
            issue(
              'score.events-not-whole',
              'error',
              `${at}số lần vi phạm ${shown} không phải số nguyên. ` +
                `Hãy nhập số lần (0, 1, 2…), không nhập số điểm bị trừ.`,
              context,
            ),
          ];
  }
}

/**
 * A raw cell value as a score: blank → null; a number → itself; text such as "9,5" or " 10 " → the number,
 * with a warning because the sheet's formulas ignore text; anything else → null with an error.
 */
export function readRawScore(
  criterion: Criterion,
  raw: RawCellValue,
  context: ScoreContext,
): { value: number | null; issues: DomainIssue[] } {
  if (raw === null || raw === undefined) return { value: null, issues: [] };
  if (typeof raw === 'number') return { value: raw, issues: checkScoreValue(criterion, raw, context) };
  const at = head(context);
  if (typeof raw === 'boolean') {
    return {
      value: null,
      issues: [
        issue(
          'score.not-a-number',
          'error',
          `${at}ô chứa giá trị đúng/sai (${raw ? 'TRUE' : 'FALSE'}), không phải là số. Hãy nhập một số.`,
          context,
        ),
      ],
    };
  }
  const parsed = parseVietnameseNumber(raw);
  if (parsed.ok && parsed.value === null) return { value: null, issues: [] };
  if (!parsed.ok || parsed.value === null) {
    return {
      value: null,
      issues: [
        issue(
          'score.not-a-number',
          'error',
          `${at}"${raw.trim()}" không phải là số nên không được tính. Hãy nhập một số (ví dụ 9,5) hoặc để trống.`,
          context,
        ),
      ],
    };
  }
  const value = parsed.value;
  const asText = issue(
    'score.text-number',
    'warning',
    `${at}"${raw.trim()}" được gõ dưới dạng chữ; đã đọc thành ${formatScore(value)} nhưng công thức trên ` +
      `trang chưa tính ô này. Hãy gõ lại ${formatScore(value)} dưới dạng số.`,
    context,
  );
  return { value, issues: [asText, ...checkScoreValue(criterion, value, context)] };
}
