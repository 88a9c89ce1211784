/**
 * `thidua new --from <năm-trước.xlsx> -o <năm-mới.xlsx>`: the new year's workbook from last year's, by the
 * domain's nextYearCase (the same call the pane's "Từ năm trước" makes): staff, tổ, roles, criteria and
 * the Quy chế carried over, rounds moved a year, and last year's titles added to "Lịch sử".
 */
import type { SchoolCase } from '../../domain/case';
import { evaluateCase } from '../../domain/case';
import { firstYearOf, nextYearCase, schoolYearLabel } from '../../domain/history';
import type { DomainIssue } from '../../domain/issues';
import { CliError } from '../files/cli-error';
import { loadCase } from '../load-case';

export interface NewFromLastYear {
  schoolCase: SchoolCase;
  /** "2021-2022 → 2022-2023", for the message. */
  years: string;
  /** Problems reading last year's file, then what carrying it over found. */
  issues: DomainIssue[];
  notices: string[];
}

/** `newYear` is the new school year's first calendar year; the year after the old one when absent. */
export async function newFromLastYear(file: string, newYear?: number): Promise<NewFromLastYear> {
  const loaded = await loadCase(file);
  // Last year's own flags (targets short, votes missing) are that year's business, not the new one's.
  const readIssues = loaded.issues.filter((i) => i.severity !== 'info');
  const next = nextYearCase(loaded.schoolCase, evaluateCase(loaded.schoolCase), newYear);
  if (!next.schoolCase) {
    throw new CliError(
      `Không lập được năm học mới từ "${file}": ${next.issues.map((i) => i.message).join(' ')}`,
    );
  }
  // A Phòng's workbook of schools has no staff titles: no "Lịch sử" of them (issue 13).
  const lastYear = firstYearOf(loaded.schoolCase.roster.info);
  const nextYear = firstYearOf(next.schoolCase.roster.info);
  return {
    schoolCase: next.schoolCase,
    years: `${lastYear === undefined ? '?' : schoolYearLabel(lastYear)} → ${nextYear === undefined ? '?' : schoolYearLabel(nextYear)}`,
    issues: [...readIssues, ...next.issues],
    notices: loaded.notices,
  };
}
