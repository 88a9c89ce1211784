/**
 * Everything checked before "Lập bảng": the domain's own checks of settings, staff and scores
 * (validateScoring), plus what the pane needs to build a usable workbook (a school name, someone to score,
 * round names Excel accepts as sheet names). Errors block the build; warnings are shown and allowed.
 */
import type { DomainIssue } from '../../../domain/issues';
import { validateScoring } from '../../../domain/scoring';
import { parseIsoDate, sanitizeSheetName, validateSheetName } from '../../../domain/text';
import { roundsOutsideYear } from './rounds/rounds-year';
import { draftCase, type TemplateDraft } from './draft';

export interface DraftChecks {
  errors: DomainIssue[];
  warnings: DomainIssue[];
  infos: DomainIssue[];
}

function schoolChecks(draft: TemplateDraft): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const { info } = draft;
  if (info.name.trim() === '') {
    issues.push({
      code: 'template.school-name-empty',
      severity: 'error',
      message: 'Chưa có tên trường. Hãy nhập tên trường ở mục "Trường" (ví dụ Trường Tiểu học Bình Hòa 2).',
    });
  }
  if (info.schoolYear.trim() === '') {
    issues.push({
      code: 'template.school-year-empty',
      severity: 'warning',
      message:
        'Chưa có năm học. Hãy nhập năm học ở mục "Trường" (ví dụ 2024-2025) để tiêu đề các bảng ghi đúng.',
    });
  }
  const dates: [string, string][] = [
    [info.yearStart, 'ngày bắt đầu năm học'],
    [info.yearEnd, 'ngày kết thúc năm học'],
  ];
  for (const [value, what] of dates) {
    if (value !== '' && parseIsoDate(value) === null) {
      issues.push({
        code: 'template.school-date-invalid',
        severity: 'error',
        message: `Ô ${what} ở mục "Trường" không phải một ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024.`,
      });
    }
  }
  if (info.yearStart !== '' && info.yearEnd !== '' && info.yearStart > info.yearEnd) {
    issues.push({
      code: 'template.school-dates-order',
      severity: 'error',
      message: 'Ngày bắt đầu năm học đang sau ngày kết thúc. Hãy sửa hai ngày này ở mục "Trường".',
    });
  }
  if (draft.staff.length === 0) {
    issues.push({
      code: 'template.no-staff',
      severity: 'error',
      message:
        'Danh sách cán bộ đang trống. Hãy thêm cán bộ ở mục "Cán bộ": gõ từng người, dán từ Excel hoặc lấy từ vùng đang chọn.',
    });
  }
  return issues;
}

/** A round label becomes a sheet name: say what Excel would refuse and the name that will be used. */
function roundNameChecks(draft: TemplateDraft): DomainIssue[] {
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
          message: `${problems.map((p) => p.message).join(' ')} Trang của đợt sẽ mang tên "${sanitizeSheetName(label)}"; muốn tên khác thì hãy sửa tên đợt ở mục "Đợt thi đua".`,
        },
      ];
    });
  });
}

export function checkDraft(draft: TemplateDraft): DraftChecks {
  const schoolCase = draftCase(draft);
  const all = [
    ...schoolChecks(draft),
    ...validateScoring(schoolCase.roster, schoolCase.scoring.config, schoolCase.scoring.inputs),
    ...roundNameChecks(draft),
    ...roundsOutsideYear(draft.config.rounds, draft.info.yearStart, draft.info.yearEnd),
  ];
  return {
    errors: all.filter((issue) => issue.severity === 'error'),
    warnings: all.filter((issue) => issue.severity === 'warning'),
    infos: all.filter((issue) => issue.severity === 'info'),
  };
}
