/**
 * Checks of the scoring settings: criteria, rounds, bands, levels. Errors make results unreliable;
 * warnings say what the product does about it (e.g. normalise totals).
 */
import type { DomainIssue } from '../issues';
import type { Role } from '../school/types';
import type { UnitKind } from '../school/units';
import { applicableMax } from './criteria';
import { describeCriterion, describePeriod, formatScore } from './describe';
import { nearlyEqual, round2 } from './numeric';
import type { ScoringConfig, ScoringRound } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** dd/mm/yyyy, as users read dates. */
function showDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function showRound(round: ScoringRound): string {
  return `${round.label} (${showDate(round.start)} – ${showDate(round.end)})`;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function validateCriteria(config: ScoringConfig, issues: DomainIssue[]): void {
  for (const group of duplicates(config.sections, (section) => section.id)) {
    issues.push({
      code: 'scoring.section-duplicate-id',
      severity: 'error',
      message:
        `Mã mục "${group[0].id}" bị trùng (${group.map((s) => `"${s.label}"`).join(', ')}). ` +
        'Hãy đặt cho mỗi mục một mã riêng.',
    });
  }
  for (const group of duplicates(config.criteria, (criterion) => criterion.id)) {
    issues.push({
      code: 'scoring.criterion-duplicate-id',
      severity: 'error',
      message:
        `Mã tiêu chí "${group[0].id}" bị trùng (${group.map((c) => `"${c.label}"`).join(', ')}). ` +
        'Mỗi tiêu chí cần một mã riêng; hãy đổi mã của một tiêu chí.',
    });
  }
  const sectionIds = new Set(config.sections.map((section) => section.id));
  for (const criterion of config.criteria) {
    const name = describeCriterion(criterion);
    if (!sectionIds.has(criterion.sectionId)) {
      issues.push({
        code: 'scoring.criterion-unknown-section',
        severity: 'warning',
        message: `${name} thuộc mục "${criterion.sectionId}" không có trong danh sách mục. Hãy chọn một mục có sẵn.`,
      });
    }
    if (!Number.isFinite(criterion.max) || criterion.max <= 0) {
      const what = criterion.kind === 'bonus' ? 'Điểm thưởng tối đa' : 'Điểm tối đa';
      issues.push({
        code: 'scoring.criterion-max-invalid',
        severity: 'error',
        message: `${name}: ${what.toLocaleLowerCase('vi')} ${formatScore(criterion.max)} không hợp lệ. Hãy nhập một số lớn hơn 0.`,
      });
    }
    if (
      criterion.kind === 'deduction' &&
      !(Number.isFinite(criterion.deductionStep) && (criterion.deductionStep ?? 0) > 0)
    ) {
      issues.push({
        code: 'scoring.deduction-step-invalid',
        severity: 'error',
        message: `${name} là tiêu chí trừ điểm nhưng chưa có số điểm trừ mỗi lần (bước trừ) lớn hơn 0. Hãy nhập bước trừ, ví dụ 3 hoặc 0,5.`,
      });
    }
    if (criterion.floor !== undefined) {
      if (criterion.kind === 'bonus') {
        issues.push({
          code: 'scoring.floor-on-bonus',
          severity: 'warning',
          message: `${name} là điểm thưởng nên điểm sàn ${formatScore(criterion.floor)} không được xét. Hãy xóa điểm sàn của tiêu chí này.`,
        });
      } else if (
        !Number.isFinite(criterion.floor) ||
        criterion.floor < 0 ||
        criterion.floor > criterion.max
      ) {
        issues.push({
          code: 'scoring.floor-invalid',
          severity: 'error',
          message: `${name}: điểm sàn ${formatScore(criterion.floor)} phải nằm trong khoảng 0 đến ${formatScore(criterion.max)}. Hãy sửa điểm sàn.`,
        });
      }
    }
  }
}

/** How a role is spoken of: a school's staff hold a vai trò, a Phòng's schools belong to a cấp học. */
const ROLE_WORDS: Record<UnitKind, { role: string; holders: string; this: string }> = {
  staff: { role: 'Vai trò', holders: 'người giữ vai trò này', this: 'vai trò này' },
  school: { role: 'Cấp học', holders: 'các trường thuộc cấp học này', this: 'cấp học này' },
};

/** Each role's non-bonus maxima should add up to the declared total; otherwise totals are normalised. */
function validateRoleMaxima(
  config: ScoringConfig,
  roles: readonly Role[],
  kind: UnitKind,
  issues: DomainIssue[],
): void {
  const words = ROLE_WORDS[kind];
  for (const role of roles) {
    const max = applicableMax(config, role.id);
    if (max === 0) {
      issues.push({
        code: 'scoring.role-no-criteria',
        severity: 'warning',
        message: `${words.role} "${role.label}" không có tiêu chí chấm điểm nào (ngoài điểm thưởng): tổng điểm của ${words.holders} chỉ gồm điểm thưởng. Hãy chọn tiêu chí áp dụng cho ${words.this}.`,
      });
    } else if (!nearlyEqual(max, config.totalPoints)) {
      const total = formatScore(config.totalPoints);
      // A worked example at 90% of the role's maximum, e.g. 72/80 → 90.
      const typed = formatScore(round2(max * 0.9));
      const example = formatScore(round2(config.totalPoints * 0.9));
      issues.push({
        code: 'scoring.role-max-mismatch',
        severity: 'warning',
        message:
          `${words.role} "${role.label}": điểm tối đa các tiêu chí áp dụng cộng lại là ${formatScore(max)}, khác tổng điểm ${total} của bảng. ` +
          `Tổng điểm của ${words.holders} sẽ được quy đổi về thang ${total} (ví dụ ${typed}/${formatScore(max)} → ${example}). ` +
          'Nếu không muốn quy đổi, hãy sửa điểm tối đa các tiêu chí cho đủ tổng điểm.',
      });
    }
  }
}

function validateRounds(config: ScoringConfig, issues: DomainIssue[]): void {
  if (config.rounds.length === 0) {
    issues.push({
      code: 'scoring.no-rounds',
      severity: 'error',
      message: 'Chưa có đợt thi đua nào. Hãy thêm ít nhất một đợt (ví dụ Đợt 1 từ 01/09 đến 15/01).',
    });
  }
  for (const group of duplicates(config.rounds, (round) => round.id)) {
    issues.push({
      code: 'scoring.round-duplicate-id',
      severity: 'error',
      message: `Mã đợt "${group[0].id}" bị trùng (${group.map((r) => r.label).join(', ')}). Hãy đặt cho mỗi đợt một mã riêng.`,
    });
  }
  const dated: ScoringRound[] = [];
  for (const round of config.rounds) {
    if (!Number.isFinite(round.weight) || round.weight <= 0) {
      issues.push({
        code: 'scoring.round-weight-invalid',
        severity: 'error',
        message: `${round.label}: trọng số ${formatScore(round.weight)} không hợp lệ. Hãy nhập trọng số lớn hơn 0 (ví dụ 1 cho học kỳ I, 2 cho học kỳ II).`,
      });
    }
    if (!isIsoDate(round.start) || !isIsoDate(round.end) || round.start > round.end) {
      issues.push({
        code: 'scoring.round-dates-invalid',
        severity: 'error',
        message: `${showRound(round)}: ngày bắt đầu và ngày kết thúc không hợp lệ hoặc ngày bắt đầu sau ngày kết thúc. Hãy sửa ngày của đợt.`,
      });
    } else {
      dated.push(round);
    }
    if (round.months) {
      if (round.months.length === 0) {
        issues.push({
          code: 'scoring.round-no-months',
          severity: 'warning',
          message: `${round.label} được chấm theo tháng nhưng chưa có tháng nào: tổng điểm đợt sẽ là 0. Hãy thêm các tháng hoặc bỏ chấm theo tháng.`,
        });
      }
      for (const group of duplicates(round.months, (month) => month.id)) {
        issues.push({
          code: 'scoring.month-duplicate-id',
          severity: 'error',
          message: `${round.label}: mã tháng "${group[0].id}" bị trùng (${group.map((m) => describePeriod(round, m)).join(', ')}). Hãy đặt cho mỗi tháng một mã riêng.`,
        });
      }
    }
  }
  const byStart = [...dated].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < byStart.length; i++) {
    const [previous, current] = [byStart[i - 1], byStart[i]];
    if (current.start <= previous.end) {
      issues.push({
        code: 'scoring.rounds-overlap',
        severity: 'error',
        message: `${showRound(previous)} và ${showRound(current)} trùng ngày nhau. Hãy sửa ngày bắt đầu hoặc kết thúc để các đợt không chồng lên nhau.`,
      });
    }
  }
}

function validateBands(config: ScoringConfig, issues: DomainIssue[]): void {
  if (config.bands.length === 0) {
    issues.push({
      code: 'scoring.no-bands',
      severity: 'error',
      message:
        'Chưa có mức xếp loại nào. Hãy thêm các mức (ví dụ HTXSNV từ 90, HTTNV từ 70, HTNV từ 50, KHTNV).',
    });
  }
  for (const group of duplicates(config.bands, (band) => band.id)) {
    issues.push({
      code: 'scoring.band-duplicate-id',
      severity: 'error',
      message: `Mức xếp loại "${group[0].id}" xuất hiện ${group.length} lần. Hãy giữ mỗi mức một lần.`,
    });
  }
  for (let i = 1; i < config.bands.length; i++) {
    const [higher, lower] = [config.bands[i - 1], config.bands[i]];
    if (!(lower.min < higher.min)) {
      issues.push({
        code: 'scoring.bands-not-decreasing',
        severity: 'error',
        message: `Mức "${lower.id}" (từ ${formatScore(lower.min)} điểm) phải có điểm tối thiểu thấp hơn mức đứng trước "${higher.id}" (từ ${formatScore(higher.min)} điểm). Hãy xếp các mức từ cao xuống thấp với điểm tối thiểu giảm dần.`,
      });
    }
  }
}

export function validateScoringConfig(
  config: ScoringConfig,
  roles: readonly Role[],
  kind: UnitKind = 'staff',
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (!Number.isFinite(config.totalPoints) || config.totalPoints <= 0) {
    issues.push({
      code: 'scoring.total-points-invalid',
      severity: 'error',
      message: `Tổng điểm của bảng lượng hóa ${formatScore(config.totalPoints)} không hợp lệ. Hãy nhập một số lớn hơn 0 (thường là 100).`,
    });
  }
  if (config.levels.length === 0) {
    issues.push({
      code: 'scoring.levels-empty',
      severity: 'error',
      message:
        'Chưa chọn mức đánh giá nào. Hãy chọn ít nhất một mức: tự đánh giá, tổ đánh giá hoặc hội đồng đánh giá.',
    });
  }
  validateCriteria(config, issues);
  validateRoleMaxima(config, roles, kind, issues);
  validateRounds(config, issues);
  validateBands(config, issues);
  return issues;
}
