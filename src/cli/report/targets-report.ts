import type { TargetsEvaluation } from '../../domain/targets';
import { textTable } from './table';

const OUTCOME: Record<string, string> = {
  met: 'Đạt',
  short: 'Thiếu',
  over: 'Vượt',
  unreachable: 'Không thể đạt',
};

export function targetsReport(evaluation: TargetsEvaluation): string {
  const rows = evaluation.targets.map((t, i) => [
    i + 1,
    t.target.awardLabel,
    t.target.level || '—',
    t.target.count,
    t.result,
    t.gap > 0 ? `+${t.gap}` : String(t.gap),
    t.pool ?? '—',
    t.status === 'short' ? `Thiếu ${-t.gap}` : (OUTCOME[t.status] ?? t.status),
  ]);
  return [
    'CHỈ TIÊU',
    textTable(
      [
        'STT',
        'Danh hiệu / hình thức',
        'Cấp công nhận',
        'Chỉ tiêu',
        'Kết quả',
        'Chênh lệch',
        'Có thể đạt',
        'Trạng thái',
      ],
      rows,
      [true, false, false, true, true, true, true, false],
    ),
  ].join('\n');
}
