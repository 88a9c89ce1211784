import type { SchoolCase } from '../../domain/case';
import type { ScoringResult } from '../../domain/scoring';
import { formatVietnameseNumber } from '../../domain/text';
import { STATUS_TEXT } from '../../layout/scoring/year-summary-sheet';
import { textTable } from './table';

const score = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : formatVietnameseNumber(n, 2);

export function scoringReport(schoolCase: SchoolCase, scoring: ScoringResult): string {
  const { roster, scoring: s } = schoolCase;
  const people = new Map(roster.staff.map((p) => [p.id, p]));
  const teams = new Map(roster.teams.map((t) => [t.id, t.name]));
  const bands = new Map(s.config.bands.map((b) => [b.id, b.label]));
  const rounds = s.config.rounds;
  // As the sheets and the pane: nothing typed yet shows no total, band or rank ("Chưa chấm"); a year with
  // rounds still to score is "Tạm tính"; a round not scored yet is blank, not 0.
  const personRows = scoring.people.map((p, i) => {
    const unscored = p.status === 'unscored';
    const roundTotal = (id: string) => {
      const round = p.rounds.find((x) => x.roundId === id);
      return round?.scored ? score(round.total) : '';
    };
    const note = [STATUS_TEXT[p.status], p.missingCount > 0 && !unscored ? `thiếu ${p.missingCount} ô` : '']
      .filter(Boolean)
      .join('; ');
    return [
      i + 1,
      p.personId,
      people.get(p.personId)?.fullName ?? p.personId,
      teams.get(p.teamId) ?? '—',
      ...rounds.map((r) => roundTotal(r.id)),
      unscored ? '' : score(p.yearTotal),
      unscored ? '' : p.bandId ? `${p.bandId} (${bands.get(p.bandId) ?? ''})` : '—',
      unscored ? '' : p.rankOverall,
      unscored ? '' : (p.rankInTeam ?? '—'),
      note,
    ];
  });
  const teamRows = scoring.teams.map((t) => [
    teams.get(t.teamId) ?? t.teamId,
    t.memberCount,
    score(t.mean),
    t.rank ?? '—',
  ]);
  return [
    `CÁ NHÂN (${scoring.people.length} người)`,
    textTable(
      [
        'STT',
        'Mã',
        'Họ và tên',
        'Tổ',
        ...rounds.map((r) => r.label),
        'Cả năm',
        'Xếp loại',
        'Hạng',
        'Hạng trong tổ',
        'Ghi chú',
      ],
      personRows,
      [true, false, false, false, ...rounds.map(() => true), true, false, true, true, false],
    ),
    '',
    `TỔ (${scoring.teams.length} tổ)`,
    textTable(['Tổ', 'Số người', 'Điểm trung bình', 'Hạng'], teamRows, [false, true, true, true]),
  ].join('\n');
}
