/**
 * What a Phòng's workbook of schools (issue 13) prints: its one paper, the report on the schools' scores,
 * grouped by cấp học with each school's cụm, score, band and ranks, as the evaluation decided them. A
 * workbook of schools has no vote, targets or staff titles, so none of the school's notes about them.
 */
import type { CaseResults } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { ExportInput, SchoolsReport } from '../export';
import type { ReadCaseResult } from '../workbook';
import { defaultExportSettings } from './defaults';
import type { ExportSettings } from './types';

/** How many error flags are listed one by one on "Lưu ý" before the rest are only counted. */
const MAX_LISTED_ERRORS = 20;

export function schoolsReportFromCase(read: ReadCaseResult, results: CaseResults): SchoolsReport {
  const { roster, scoring } = read.schoolCase;
  const scored = new Map(results.scoring.people.map((p) => [p.personId, p]));
  const groups = new Map(roster.teams.map((t) => [t.id, t.name]));
  const bands = new Map(scoring.config.bands.map((b) => [b.id, b.label]));
  const levels = [...roster.roles];
  // A cấp học the list names but "Quy chế" does not is still printed, under its code.
  for (const school of roster.staff) {
    if (!levels.some((level) => level.id === school.roleId))
      levels.push({ id: school.roleId, label: school.roleId || 'Chưa có cấp học' });
  }
  const sections = levels.map((level) => ({
    levelLabel: level.label,
    rows: roster.staff
      .filter((school) => school.roleId === level.id)
      .map((school) => {
        const result = scored.get(school.id);
        const shown = result && result.status !== 'unscored';
        return {
          name: school.fullName,
          groupName: groups.get(school.teamId) ?? school.teamId,
          ...(shown
            ? {
                score: result.yearTotal,
                ...(result.bandId ? { bandLabel: bands.get(result.bandId) ?? result.bandId } : {}),
                ...(result.rankInRole !== null ? { rankInLevel: result.rankInRole } : {}),
                ...(result.rankInTeam !== null ? { rankInGroup: result.rankInTeam } : {}),
              }
            : {}),
        };
      }),
  }));
  const partial = results.scoring.people.some((p) => p.status !== 'complete');
  return { sections, ...(partial ? { note: '(Kết quả tạm tính: còn trường hoặc đợt chưa chấm xong)' } : {}) };
}

/** The case's open errors, as the school's export lists them first. */
function flagSentences(issues: readonly DomainIssue[]): string[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const where = (i: DomainIssue) => (i.location ? ` (ô ${i.location.sheet}!${i.location.address})` : '');
  const out = errors.slice(0, MAX_LISTED_ERRORS).map((i) => `Lỗi chưa xử lý: ${i.message}${where(i)}`);
  if (errors.length > MAX_LISTED_ERRORS) {
    out.push(`Còn ${errors.length - MAX_LISTED_ERRORS} lỗi khác; xem danh sách đầy đủ trong ngăn Thi Đua.`);
  }
  return out;
}

/** exportInputFromCase for a workbook of schools: the Phòng signs (TRƯỞNG PHÒNG) and reports its schools. */
export function schoolsExportInput(
  read: ReadCaseResult,
  results: CaseResults,
  given: Partial<ExportSettings> = {},
): ExportInput {
  const settings: ExportSettings = { ...defaultExportSettings(read.schoolCase, ''), ...given };
  const { info } = read.schoolCase.roster;
  const unscored = results.scoring.people.filter((p) => p.status === 'unscored').length;
  return {
    school: { name: info.name, parentBody: info.parentBody, place: info.place, schoolYear: info.schoolYear },
    recipient: settings.recipient,
    signer: settings.signer,
    date: settings.date,
    ...(settings.documentNumbers ? { documentNumbers: settings.documentNumbers } : {}),
    schoolsReport: schoolsReportFromCase(read, results),
    unitLabel: 'Trường',
    incompleteness: [
      ...(unscored > 0
        ? [`Còn ${unscored} trường chưa được chấm điểm: báo cáo ghi "Chưa chấm" cho các trường này.`]
        : []),
      ...flagSentences([...read.issues, ...results.issues]),
    ],
  };
}
