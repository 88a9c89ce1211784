import type { SchoolCase } from '../../domain/case';
import type { ScoringResult } from '../../domain/scoring';
import { formatVietnameseNumber } from '../../domain/text';
import { textTable } from './table';

const score = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : formatVietnameseNumber(n, 2);

export function scoringReport(schoolCase: SchoolCase, scoring: ScoringResult): string {
  const { roster, scoring: s } = schoolCase;
  const people = new Map(roster.staff.map((p) => [p.id, p]));
  const teams = new Map(roster.teams.map((t) => [t.id, t.name]));
  const bands = new Map(s.config.bands.map((b) => [b.id, b.label]));
  const rounds = s.config.rounds;
  const personRows = scoring.people.map((p, i) => [
    i + 1,
    p.personId,
    people.get(p.personId)?.fullName ?? p.personId,
    teams.get(p.teamId) ?? '—',
    ...rounds.map((r) => score(p.rounds.find((x) => x.roundId === r.id)?.total)),
    score(p.yearTotal),
    p.bandId ? `${p.bandId} (${bands.get(p.bandId) ?? ''})` : '—',
    p.rankOverall,
    p.rankInTeam ?? '—',
    p.missingCount > 0 ? `thiếu ${p.missingCount} ô` : '',
  ]);
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
