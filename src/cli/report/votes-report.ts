import { formatThresholdPercent, type MeetingTally } from '../../domain/votes';
import { TITLES } from '../../domain/titles';
import { textTable } from './table';

const STATUS: Record<string, string> = { passed: 'Đạt', failed: 'Không đạt', open: 'Chưa xong' };
const BASE: Record<string, string> = {
  present: 'người dự họp',
  allMembers: 'tổng số thành viên',
  validBallots: 'phiếu hợp lệ',
};

export function votesReport(tally: MeetingTally): string {
  const lines = ['BỎ PHIẾU BÌNH XÉT', tally.quorum.sentence];
  for (const round of tally.rounds) {
    lines.push(
      '',
      `Vòng ${round.round}: phát ra ${round.issued}, thu vào ${round.returned}, hợp lệ ${round.valid}, không hợp lệ ${round.invalid}` +
        (round.written > 0 ? `, ý kiến bằng văn bản ${round.written}` : ''),
      textTable(
        ['Danh hiệu', 'Ứng viên', 'Đồng ý', 'Cơ sở tính', 'Tỉ lệ', 'Ngưỡng', 'Kết quả', 'Căn cứ'],
        round.candidates.map((c) => [
          TITLES[c.titleId].shortLabel,
          c.candidate.name,
          c.agree,
          `${c.base} ${BASE[c.baseKind] ?? c.baseKind}`,
          c.percentText,
          `≥ ${formatThresholdPercent(c.thresholdPercent)}`,
          c.status === 'open' && c.needed !== null
            ? `Chưa xong (cần thêm ${c.needed} phiếu)`
            : STATUS[c.status],
          c.rule.source,
        ]),
        [false, false, true, false, true, false, false, false],
      ),
    );
  }
  return lines.join('\n');
}
