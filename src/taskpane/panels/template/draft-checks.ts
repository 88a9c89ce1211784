/**
 * Everything checked before "Lập bảng": the domain's own checks of settings, staff and scores
 * (validateScoring), plus what the pane needs to build a usable workbook (a school name, someone to score,
 * round names Excel accepts as sheet names). Errors block the build; warnings are shown and allowed.
 */
import type { DomainIssue } from '../../../domain/issues';
import { validateScoring } from '../../../domain/scoring';
import { parseIsoDate, sanitizeSheetName, validateSheetName } from '../../../domain/text';
import { CHECK_MESSAGES, type CheckMessages } from './check-messages';
import { roundsOutsideYear } from './rounds/rounds-year';
import { draftCase, draftUnitKind, type TemplateDraft } from './draft';

export interface DraftChecks {
  errors: DomainIssue[];
  warnings: DomainIssue[];
  infos: DomainIssue[];
}

function schoolChecks(draft: TemplateDraft, m: CheckMessages): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const { info } = draft;
  // A Phòng's form says "Phòng" and "trường" where a school's says "trường" and "cán bộ".
  const phong = draftUnitKind(draft) === 'school';
  if (info.name.trim() === '') {
    issues.push({
      code: 'template.school-name-empty',
      severity: 'error',
      message: phong ? m.phong.nameEmpty : m.schoolNameEmpty,
    });
  }
  if (info.schoolYear.trim() === '') {
    issues.push({
      code: 'template.school-year-empty',
      severity: 'warning',
      message: phong ? m.phong.yearEmpty : m.schoolYearEmpty,
    });
  }
  const dates: [string, string][] = [
    [info.yearStart, m.yearStart],
    [info.yearEnd, m.yearEnd],
  ];
  for (const [value, what] of dates) {
    if (value !== '' && parseIsoDate(value) === null) {
      issues.push({
        code: 'template.school-date-invalid',
        severity: 'error',
        message: phong ? m.phong.dateInvalid(what) : m.dateInvalid(what),
      });
    }
  }
  if (info.yearStart !== '' && info.yearEnd !== '' && info.yearStart > info.yearEnd) {
    issues.push({
      code: 'template.school-dates-order',
      severity: 'error',
      message: phong ? m.phong.datesOrder : m.datesOrder,
    });
  }
  if (draft.staff.length === 0) {
    issues.push({
      code: 'template.no-staff',
      severity: 'error',
      message: phong ? m.phong.noSchools : m.noStaff,
    });
  }
  if (phong && draft.config.criteria.length === 0) {
    issues.push({
      code: 'template.no-criteria',
      severity: 'error',
      message: m.phong.noCriteria,
    });
  }
  return issues;
}

/** A round label becomes a sheet name: say what Excel would refuse and the name that will be used. */
function roundNameChecks(draft: TemplateDraft, m: CheckMessages): DomainIssue[] {
  return draft.config.rounds.flatMap((round) => {
    const labels = round.months
      ? round.months.map((month) => `${round.label} – ${month.label}`)
      : [round.label];
    return labels.flatMap((label) => {
      const problems = validateSheetName(label);
      if (problems.length === 0) return [];
      return [
        {
          code: 'template.round-sheet-name',
          severity: 'warning' as const,
          message: m.roundSheetName(problems.map((p) => p.message).join(' '), sanitizeSheetName(label)),
        },
      ];
    });
  });
}

export function checkDraft(draft: TemplateDraft, m: CheckMessages = CHECK_MESSAGES.vi): DraftChecks {
  const schoolCase = draftCase(draft);
  const all = [
    ...schoolChecks(draft, m),
    ...validateScoring(schoolCase.roster, schoolCase.scoring.config, schoolCase.scoring.inputs),
    ...roundNameChecks(draft, m),
    ...roundsOutsideYear(draft.config.rounds, draft.info.yearStart, draft.info.yearEnd, m),
  ];
  return {
    errors: all.filter((issue) => issue.severity === 'error'),
    warnings: all.filter((issue) => issue.severity === 'warning'),
    infos: all.filter((issue) => issue.severity === 'info'),
  };
}
