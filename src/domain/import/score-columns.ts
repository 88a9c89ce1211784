/**
 * A score sheet's mapping checked against the template before any row is read: the round (and month)
 * exist, every mapped criterion and level is one the template has, and there is a name and a score column.
 */
import type { DomainIssue } from '../issues';
import { describeLevel } from '../scoring/describe';
import type { AssessmentLevel, Criterion, ScoringConfig, ScoringRound } from '../scoring/types';
import { A1_ORIGIN, columnLetter, type GridOrigin } from './grid';
import type { ColumnMapping } from './mapping';

/** Where the imported values go, as the import options say. */
export interface ColumnTarget {
  roundId: string;
  monthId?: string;
  level: AssessmentLevel;
  sourceSheet: string;
  origin?: GridOrigin;
}

export interface ScoreColumn {
  column: number;
  criterion: Criterion;
  level: AssessmentLevel;
}

export interface TotalColumnResolved {
  column: number;
  level: AssessmentLevel;
}

function sheetIssue(code: string, sheet: string, message: string): DomainIssue {
  return { code, severity: 'error', message: `Trang "${sheet}": ${message}` };
}

/** Checks the options and mapping against the config; returns the resolved columns or the problems. */
export function resolveColumns(
  mapping: ColumnMapping,
  config: ScoringConfig,
  options: ColumnTarget,
): { round?: ScoringRound; scores: ScoreColumn[]; totals: TotalColumnResolved[]; problems: DomainIssue[] } {
  const sheet = options.sourceSheet;
  const problems: DomainIssue[] = [];
  const round = config.rounds.find((r) => r.id === options.roundId);
  const roundNames = config.rounds.map((r) => `"${r.label}"`).join(', ');
  if (!round) {
    problems.push(
      sheetIssue(
        'import.unknown-round',
        sheet,
        `đợt "${options.roundId}" không có trong quy chế. Hãy chọn một đợt: ${roundNames}.`,
      ),
    );
  } else if (round.months && !round.months.some((m) => m.id === options.monthId)) {
    const months = round.months.map((m) => `"${m.label}"`).join(', ');
    problems.push(
      sheetIssue(
        'import.unknown-month',
        sheet,
        `${round.label} chấm theo tháng: hãy chọn tháng của điểm cần nhập (${months}).`,
      ),
    );
  } else if (!round.months && options.monthId !== undefined) {
    problems.push(
      sheetIssue('import.unknown-month', sheet, `${round.label} không chấm theo tháng. Hãy bỏ chọn tháng.`),
    );
  }
  if (mapping.name === undefined && mapping.staffCode === undefined) {
    problems.push(
      sheetIssue(
        'import.no-name-column',
        sheet,
        'chưa chọn cột họ và tên (hay mã cán bộ) nên không biết điểm của ai. Hãy chọn cột "Họ và tên".',
      ),
    );
  }
  if (mapping.criteria.length === 0 && mapping.totals.length === 0) {
    problems.push(
      sheetIssue(
        'import.no-score-column',
        sheet,
        'chưa chọn cột điểm nào. Hãy chọn cột của từng tiêu chí, hoặc cột tổng điểm.',
      ),
    );
  }
  const levelOk = (level: AssessmentLevel, column: number) => {
    if (config.levels.includes(level)) return true;
    problems.push(
      sheetIssue(
        'import.unknown-level',
        sheet,
        `cột ${columnLetter((options.origin ?? A1_ORIGIN).column + column)} là ${describeLevel(level)}, mức này không dùng trong quy chế. Hãy chọn một mức đang dùng.`,
      ),
    );
    return false;
  };
  const scores: ScoreColumn[] = [];
  for (const entry of mapping.criteria) {
    const criterion = config.criteria.find((c) => c.id === entry.criterionId);
    const level = entry.level ?? options.level;
    if (!criterion) {
      const letter = columnLetter((options.origin ?? A1_ORIGIN).column + entry.column);
      problems.push(
        sheetIssue(
          'import.unknown-criterion',
          sheet,
          `cột ${letter} được gán cho tiêu chí "${entry.criterionId}" không có trong bảng tiêu chí. Hãy chọn lại tiêu chí cho cột này.`,
        ),
      );
    } else if (levelOk(level, entry.column)) {
      scores.push({ column: entry.column, criterion, level });
    }
  }
  const totals: TotalColumnResolved[] = [];
  for (const entry of mapping.totals) {
    const level = entry.level ?? options.level;
    if (levelOk(level, entry.column)) totals.push({ column: entry.column, level });
  }
  return { round, scores, totals, problems };
}
