/**
 * A new school year from the last one: the same school, staff, tổ, roles, criteria and the school's own
 * Quy chế (vote and eligibility rules, caps, the targets plan as a starting point), the rounds moved to the
 * new year, nothing of last year's scores, registrations, records or ballots — and every person's titles
 * of last year added to the title history, where multi-year conditions (CSTĐ tỉnh) read them.
 */
import type { CaseResults } from '../case/evaluate';
import type { CaseTargets, CaseVotes, SchoolCase } from '../case/types';
import { unitKindOf } from '../school/units';
import type { DomainIssue } from '../issues';
import type { SchoolInfo } from '../school/types';
import type { ScoringConfig } from '../scoring/types';
import type { PersonRecord } from '../targets/types';
import { lastYearTitles, recordHistory } from './last-year-titles';
import { mergeHistories } from './lookup';
import { firstYearOf, shiftIsoDate } from './school-year';
import { schoolYearLabel } from './title-text';

export interface NextYearResult {
  /** Absent when the new year cannot be told (the last one has no readable dates and none was given). */
  schoolCase?: SchoolCase;
  issues: DomainIssue[];
}

function shifted(iso: string, years: number, what: string, issues: DomainIssue[]): string {
  const moved = shiftIsoDate(iso, years);
  if (moved !== undefined) return moved;
  issues.push({
    code: 'history.date-unreadable',
    severity: 'warning',
    message: `${what} "${iso}" không đọc được nên giữ nguyên; sửa ngày này trong bảng năm mới.`,
  });
  return iso;
}

function nextInfo(info: SchoolInfo, newYear: number, years: number, issues: DomainIssue[]): SchoolInfo {
  return {
    ...info,
    schoolYear: schoolYearLabel(newYear),
    yearStart: shifted(info.yearStart, years, 'Ngày đầu năm học', issues),
    yearEnd: shifted(info.yearEnd, years, 'Ngày cuối năm học', issues),
  };
}

function nextConfig(config: ScoringConfig, years: number, issues: DomainIssue[]): ScoringConfig {
  return {
    ...config,
    rounds: config.rounds.map((r) => ({
      ...r,
      start: shifted(r.start, years, `Ngày bắt đầu ${r.label}`, issues),
      end: shifted(r.end, years, `Ngày kết thúc ${r.label}`, issues),
    })),
  };
}

/**
 * What of a hồ sơ xét outlives its year: a discipline whose term has not ended by the new year's first day
 * (or whose end is not known), and a discipline case still under consideration.
 */
function carriedRecords(records: readonly PersonRecord[], newStart: string): PersonRecord[] {
  return records.flatMap((r): PersonRecord[] => {
    const discipline =
      r.discipline && (r.discipline.termEnd === undefined || r.discipline.termEnd >= newStart)
        ? r.discipline
        : undefined;
    if (!discipline && !r.disciplineUnderConsideration) return [];
    return [
      {
        personId: r.personId,
        ...(discipline ? { discipline } : {}),
        ...(r.disciplineUnderConsideration ? { disciplineUnderConsideration: true } : {}),
      },
    ];
  });
}

function nextTargets(targets: CaseTargets, newStart: string): CaseTargets {
  return {
    profile: targets.profile,
    // Last year's plan is where the new one starts; the school changes the numbers.
    targets: targets.targets.map(({ location: _location, ...t }) => t),
    registrations: [],
    records: carriedRecords(targets.records, newStart),
  };
}

function nextVotes(votes: CaseVotes, staffCount: number): CaseVotes {
  const { body, form, countingRule, seats } = votes.meeting;
  return {
    profile: votes.profile,
    meeting: {
      body,
      // The whole staff when all staff vote; a council keeps its size until the school says otherwise.
      totalMembers: body === 'allStaff' ? staffCount : votes.meeting.totalMembers,
      present: 0,
      form,
      candidates: [],
      ...(seats ? { seats } : {}),
      countingRule,
      rounds: [{ round: 1, issued: 0 }],
    },
    events: [],
  };
}

/**
 * The case of school year `newYear` (its first calendar year; the year after the last one when left out)
 * from the last year's case and its evaluation (`evaluateCase(lastCase)`).
 */
export function nextYearCase(
  lastCase: SchoolCase,
  lastResults: CaseResults,
  newYear?: number,
): NextYearResult {
  const issues: DomainIssue[] = [];
  const lastYear = firstYearOf(lastCase.roster.info);
  if (lastYear === undefined) {
    issues.push({
      code: 'history.year-unknown',
      severity: 'error',
      message: `Không đọc được năm học của bảng cũ (ngày đầu năm "${lastCase.roster.info.yearStart}", năm học "${lastCase.roster.info.schoolYear}"). Sửa ngày đầu năm học trên trang Quy chế của bảng cũ rồi làm lại.`,
    });
    return { issues };
  }
  const year = newYear ?? lastYear + 1;
  if (year <= lastYear) {
    issues.push({
      code: 'history.year-not-after',
      severity: 'error',
      message: `Năm học mới ${schoolYearLabel(year)} phải sau năm học của bảng cũ (${schoolYearLabel(lastYear)}).`,
    });
    return { issues };
  }
  const years = year - lastYear;
  const info = nextInfo(lastCase.roster.info, year, years, issues);
  const carried = lastYearTitles(lastCase, lastResults, lastYear);
  issues.push(...carried.issues);
  const history = mergeHistories(lastCase.history ?? [], recordHistory(lastCase), carried.history).map(
    ({ location: _location, ...entry }) => entry,
  );
  const schoolCase: SchoolCase = {
    roster: { ...lastCase.roster, info },
    scoring: { config: nextConfig(lastCase.scoring.config, years, issues), inputs: [] },
    ...(lastCase.votes ? { votes: nextVotes(lastCase.votes, lastCase.roster.staff.length) } : {}),
    ...(lastCase.targets ? { targets: nextTargets(lastCase.targets, info.yearStart) } : {}),
    // A Phòng's schools hold no staff titles: its next year gets no "Lịch sử" sheet.
    ...(unitKindOf(lastCase.roster) === 'school' ? {} : { history }),
  };
  return { schoolCase, issues };
}
