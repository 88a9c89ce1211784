/**
 * Bad input in the target table and the year: every problem a Vietnamese sentence naming the target and
 * saying what to do. Invalid targets are still evaluated and listed, never dropped.
 */
import type { DomainIssue } from '../issues';
import { TITLES } from '../titles';
import { formatVietnameseDate, parseIsoDate } from '../text';
import type { TargetProfile } from './profiles';
import { profileKnowsTitle } from './profiles';
import type { Target } from './types';

export function targetName(target: Target): string {
  return `«${target.awardLabel || target.id}»`;
}

function issue(
  target: Target,
  code: string,
  severity: DomainIssue['severity'],
  message: string,
  source?: string,
): DomainIssue {
  return {
    code,
    severity,
    message,
    ...(target.location ? { location: target.location } : {}),
    ...(source ? { source } : {}),
  };
}

export function validateYear(yearStart: string, yearEnd: string): DomainIssue[] {
  const start = parseIsoDate(yearStart);
  const end = parseIsoDate(yearEnd);
  if (!start || !end) {
    return [
      {
        code: 'targets.bad-year',
        severity: 'error',
        message: `Ngày bắt đầu hoặc kết thúc năm học ("${yearStart}", "${yearEnd}") không đọc được. Nhập lại trên sheet Quy chế theo dạng dd/mm/yyyy.`,
      },
    ];
  }
  if (yearStart > yearEnd) {
    return [
      {
        code: 'targets.bad-year',
        severity: 'error',
        message: `Năm học bắt đầu ${formatVietnameseDate(yearStart)} sau ngày kết thúc ${formatVietnameseDate(yearEnd)}. Sửa lại ngày trên sheet Quy chế.`,
      },
    ];
  }
  return [];
}

function validateCountAndOf(target: Target): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const name = targetName(target);
  if (!Number.isInteger(target.count) || target.count < 0) {
    issues.push(
      issue(
        target,
        'targets.bad-count',
        'error',
        `Chỉ tiêu ${name} là "${target.count}": cần một số nguyên từ 0 trở lên.`,
      ),
    );
  }
  if (target.of !== undefined) {
    if (!Number.isInteger(target.of) || target.of < 0) {
      issues.push(
        issue(
          target,
          'targets.bad-count',
          'error',
          `Chỉ tiêu ${name}: "trên tổng số" là "${target.of}", cần một số nguyên từ 0 trở lên.`,
        ),
      );
    } else if (target.count > target.of) {
      issues.push(
        issue(
          target,
          'targets.above-of',
          'error',
          `Chỉ tiêu ${name} là ${target.count}/${target.of}: số đạt không thể lớn hơn tổng số. Sửa một trong hai số.`,
        ),
      );
    }
  }
  return issues;
}

function validateTitle(target: Target, profile: TargetProfile): DomainIssue[] {
  const name = targetName(target);
  if (target.kind !== 'individual' && target.kind !== 'collective') return [];
  if (!target.titleId) {
    return [
      issue(
        target,
        'targets.missing-title',
        'error',
        `Chỉ tiêu ${name} thuộc loại ${target.kind === 'individual' ? 'cá nhân' : 'tập thể'} nhưng không gắn với danh hiệu nào. Ghi mã danh hiệu (LDTT, CSTDCS, CSTD_TINH, TTLDTT, TTLDXS) ở cột Mã.`,
      ),
    ];
  }
  const title = TITLES[target.titleId];
  const issues: DomainIssue[] = [];
  if (!profileKnowsTitle(profile, target.titleId)) {
    issues.push(
      issue(
        target,
        'targets.unknown-title',
        'error',
        `Chỉ tiêu ${name}: quy chế "${profile.label}" không có tiêu chuẩn cho danh hiệu ${title.label}, nên không tính được kết quả. Đổi danh hiệu hoặc chọn quy chế khác trên sheet Quy chế.`,
        profile.source,
      ),
    );
  }
  if (title.scope !== target.kind) {
    issues.push(
      issue(
        target,
        'targets.kind-mismatch',
        'error',
        `Chỉ tiêu ${name}: ${title.label} là danh hiệu ${title.scope === 'individual' ? 'cá nhân' : 'tập thể'} nhưng chỉ tiêu ghi loại ${target.kind === 'individual' ? 'cá nhân' : 'tập thể'}. Sửa cột Loại.`,
      ),
    );
  }
  return issues;
}

function validateHeadcount(target: Target, staffCount: number, teamCount: number): DomainIssue[] {
  const name = targetName(target);
  if (target.kind === 'individual' && target.count > staffCount) {
    return [
      issue(
        target,
        'targets.above-headcount',
        'error',
        `Chỉ tiêu ${name} là ${target.count} nhưng trường chỉ có ${staffCount} cán bộ, giáo viên, nhân viên. Giảm chỉ tiêu hoặc bổ sung danh sách.`,
      ),
    ];
  }
  if (target.kind === 'union' && target.count > staffCount) {
    // Union membership can include people outside the staff list, so this is a question, not a refusal.
    return [
      issue(
        target,
        'targets.above-headcount',
        'warning',
        `Chỉ tiêu ${name} là ${target.count}, nhiều hơn số cán bộ, giáo viên, nhân viên trong danh sách (${staffCount}). Kiểm tra lại nếu công đoàn không có thêm đoàn viên ngoài danh sách.`,
      ),
    ];
  }
  if (target.kind !== 'collective') return [];
  if ((target.scope ?? 'teams') === 'school') {
    return target.count > 1
      ? [
          issue(
            target,
            'targets.above-headcount',
            'error',
            `Chỉ tiêu ${name} tính cho cả đơn vị nên chỉ có thể là 0 hoặc 1 (đang là ${target.count}).`,
          ),
        ]
      : [];
  }
  const issues: DomainIssue[] = [];
  if (target.count > teamCount) {
    issues.push(
      issue(
        target,
        'targets.above-headcount',
        'error',
        `Chỉ tiêu ${name} là ${target.count} tổ nhưng trường chỉ có ${teamCount} tổ. Giảm chỉ tiêu hoặc bổ sung tổ.`,
      ),
    );
  }
  if (target.of !== undefined && Number.isInteger(target.of) && target.of !== teamCount) {
    issues.push(
      issue(
        target,
        'targets.of-mismatch',
        'warning',
        `Chỉ tiêu ${name} ghi ${target.count}/${target.of} tổ nhưng danh sách hiện có ${teamCount} tổ. Sửa tổng số tổ hoặc danh sách tổ.`,
      ),
    );
  }
  return issues;
}

export function validateTargets(
  targets: Target[],
  profile: TargetProfile,
  staffCount: number,
  teamCount: number,
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const name = targetName(target);
    if (!target.id.trim()) {
      issues.push(
        issue(
          target,
          'targets.missing-id',
          'error',
          `Chỉ tiêu ${name} chưa có mã. Ghi một mã riêng ở cột Mã.`,
        ),
      );
    } else if (seen.has(target.id)) {
      issues.push(
        issue(
          target,
          'targets.duplicate-id',
          'error',
          `Mã chỉ tiêu "${target.id}" dùng cho hai dòng (${name}). Đổi mã một dòng để mỗi chỉ tiêu có mã riêng.`,
        ),
      );
    }
    seen.add(target.id);
    if (!target.awardLabel.trim()) {
      issues.push(
        issue(
          target,
          'targets.missing-label',
          'error',
          `Chỉ tiêu mã "${target.id}" chưa có tên danh hiệu / hình thức. Ghi tên ở cột Danh hiệu.`,
        ),
      );
    }
    issues.push(...validateCountAndOf(target), ...validateTitle(target, profile));
    issues.push(...validateHeadcount(target, staffCount, teamCount));
  }
  return issues;
}
