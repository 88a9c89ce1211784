import type { SchoolCase } from '../../domain/case';
import type { ScoringResult } from '../../domain/scoring';
import { formatVietnameseNumber } from '../../domain/text';
import { unitKindOf } from '../../domain/school/units';
import { STATUS_TEXT } from '../../layout/scoring/year-summary-sheet';
import { textTable } from './table';

const score = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : formatVietnameseNumber(n, 2);

export function scoringReport(schoolCase: SchoolCase, scoring: ScoringResult): string {
  if (unitKindOf(schoolCase.roster) === 'school') return schoolsReport(schoolCase, scoring);
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

/**
 * A Phòng's workbook of schools: each school with its cấp học and cụm, ranked overall, within its cấp học
 * and within its cụm; then the cụm with their means.
 */
function schoolsReport(schoolCase: SchoolCase, scoring: ScoringResult): string {
  const { roster, scoring: s } = schoolCase;
  const schools = new Map(roster.staff.map((p) => [p.id, p]));
  const cum = new Map(roster.teams.map((t) => [t.id, t.name]));
  const levels = new Map(roster.roles.map((r) => [r.id, r.label]));
  const bands = new Map(s.config.bands.map((b) => [b.id, b.label]));
  const rounds = s.config.rounds;
  const rows = scoring.people.map((p, i) => {
    const unscored = p.status === 'unscored';
    const school = schools.get(p.personId);
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
      school?.fullName ?? p.personId,
      school ? (levels.get(school.roleId) ?? (school.roleId || '—')) : '—',
      cum.get(p.teamId) ?? '—',
      ...rounds.map((r) => roundTotal(r.id)),
      unscored ? '' : score(p.yearTotal),
      unscored ? '' : p.bandId ? (bands.get(p.bandId) ?? p.bandId) : '—',
      unscored ? '' : p.rankOverall,
      unscored ? '' : (p.rankInRole ?? '—'),
      unscored ? '' : (p.rankInTeam ?? '—'),
      note,
    ];
  });
  const cumRows = scoring.teams.map((t) => [
    cum.get(t.teamId) ?? t.teamId,
    t.memberCount,
    score(t.mean),
    t.rank ?? '—',
  ]);
  return [
    `CÁC TRƯỜNG (${scoring.people.length} trường)`,
    textTable(
      [
        'STT',
        'Mã trường',
        'Tên trường',
        'Cấp học',
        'Cụm',
        ...rounds.map((r) => r.label),
        'Cả năm',
        'Xếp loại',
        'Hạng chung',
        'Hạng trong cấp học',
        'Hạng trong cụm',
        'Ghi chú',
      ],
      rows,
      [true, false, false, false, false, ...rounds.map(() => true), true, false, true, true, true, false],
    ),
    '',
    `CỤM THI ĐUA (${scoring.teams.length} cụm)`,
    textTable(['Cụm', 'Số trường', 'Điểm trung bình', 'Hạng'], cumRows, [false, true, true, true]),
  ].join('\n');
}
