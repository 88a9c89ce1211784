/** One flag per target: met, over, short by N, or above the pool of those who can still get it. */
import type { DomainIssue } from '../issues';
import { SOURCES } from './sources';
import type { TargetStatus } from './types';
import { targetName } from './validate-targets';

function poolWords(status: TargetStatus): string {
  const t = status.target;
  if (t.kind === 'collective') return (t.scope ?? 'teams') === 'school' ? 'đơn vị' : 'tổ';
  return 'người';
}

function whatToDo(status: TargetStatus): string {
  const t = status.target;
  if (t.kind === 'individual' || t.kind === 'collective') {
    return 'Xem người hoặc tổ chưa đạt và lý do trong bảng điều khiển và trên sheet Đăng ký.';
  }
  return 'Nhập kết quả ở cột Kết quả của sheet Chỉ tiêu khi có.';
}

export function targetFlag(status: TargetStatus): DomainIssue {
  const t = status.target;
  const name = targetName(t);
  const base = { source: SOURCES.targets, ...(t.location ? { location: t.location } : {}) };
  switch (status.status) {
    case 'met':
      return {
        code: 'targets.met',
        severity: 'info',
        message: `Chỉ tiêu ${name}: đạt ${status.result}/${t.count}.`,
        ...base,
      };
    case 'over':
      return {
        code: 'targets.over',
        severity: 'info',
        message: `Chỉ tiêu ${name}: vượt, kết quả ${status.result}, chỉ tiêu ${t.count} (hơn ${status.gap}).`,
        ...base,
      };
    case 'short': {
      const pool = status.pool === null ? '' : `; còn ${status.pool} ${poolWords(status)} có thể đạt`;
      return {
        code: 'targets.short',
        severity: 'warning',
        message: `Chỉ tiêu ${name}: còn thiếu ${-status.gap} (kết quả ${status.result}/${t.count}${pool}). ${whatToDo(status)}`,
        ...base,
      };
    }
    case 'unreachable':
      return {
        code: 'targets.unreachable',
        severity: 'error',
        message: `Chỉ tiêu ${name} là ${t.count} nhưng chỉ còn ${status.pool ?? 0} ${poolWords(status)} đã đăng ký và còn khả năng đạt: không thể đạt. Bổ sung đăng ký hoặc giảm chỉ tiêu.`,
        ...base,
      };
  }
}
