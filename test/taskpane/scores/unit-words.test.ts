import { SCORES_STRINGS } from '../../../src/taskpane/panels/scores/strings';
import { scoresWords } from '../../../src/taskpane/panels/scores/unit-words';

describe('"Bảng điểm" speaks the workbook’s words', () => {
  test('a school’s workbook: người, tổ and the staff levels, as before', () => {
    const t = scoresWords(SCORES_STRINGS.vi, 'staff');
    expect(t.overview(61, 8)).toBe('61 người, 8 tổ.');
    expect(t.team.name).toBe('Tổ');
    expect(t.person.ranks(3, 1, 'Tổ 1', null, 'Giáo viên')).toBe('Hạng toàn trường: 3; hạng trong Tổ 1: 1.');
  });

  test('a Phòng’s 30 schools in 5 cụm: trường, cụm, and the Phòng’s levels', () => {
    const t = scoresWords(SCORES_STRINGS.vi, 'school');
    expect(t.overview(30, 5)).toBe('30 trường, 5 cụm.');
    expect(t.missingTotal(4, 2)).toBe('Còn 4 tiêu chí chưa chấm ở 2 trường.');
    expect(t.teamsTitle).toBe('Theo cụm');
    expect(t.peopleTitle(6, 30)).toBe('Từng trường (6/30)');
    expect([t.filterTeam, t.allTeams, t.team.name, t.team.members]).toEqual([
      'Cụm',
      'Tất cả các cụm',
      'Cụm',
      'Số trường',
    ]);
    expect(t.team.rank).toBe(SCORES_STRINGS.vi.team.rank);
    expect(t.levels).toEqual({ self: 'Trường tự chấm', team: 'Cụm chấm', council: 'Phòng chấm' });
    // Strings the schools' words do not replace stay the panel's own.
    expect(t.person.headline('90,00', 'HTXSNV', 2)).toBe(
      SCORES_STRINGS.vi.person.headline('90,00', 'HTXSNV', 2),
    );
  });

  test('a school’s ranks: overall, within its cụm, and within its cấp học when the results carry it', () => {
    const t = scoresWords(SCORES_STRINGS.vi, 'school');
    expect(t.person.ranks(7, 2, 'Cụm 1', null, 'Tiểu học')).toBe('Hạng chung: 7; hạng trong Cụm 1: 2.');
    expect(t.person.ranks(7, 2, 'Cụm 1', 3, 'Tiểu học')).toBe(
      'Hạng chung: 7; hạng trong Cụm 1: 2; hạng trong cấp Tiểu học: 3.',
    );
  });

  test('the English pane says schools and clusters', () => {
    const t = scoresWords(SCORES_STRINGS.en, 'school');
    expect(t.overview(30, 5)).toBe('30 schools, 5 clusters.');
    expect(t.person.ranks(7, null, '', 3, 'Tiểu học')).toBe(
      'Overall rank: 7; rank among Tiểu học schools: 3.',
    );
  });
});
