import { evaluateScoring } from '../../../src/domain/scoring';
import type { Criterion } from '../../../src/domain/scoring';
import { config, ONE_ROUND, person, points, roster, score, TWO_ROUNDS, WHOLE } from './fixtures';

const an = person('GV01', 'Nguyễn Văn An');

function only(result: ReturnType<typeof evaluateScoring>, id = 'GV01') {
  const found = result.people.find((p) => p.personId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

describe('the final score of a criterion is the highest level filled in', () => {
  const c = [points('1.1', 10), points('1.2', 90)];
  const inputs = [
    score('GV01', '1.1', 7, { level: 'self' }),
    score('GV01', '1.1', 8, { level: 'team' }),
    score('GV01', '1.1', 9, { level: 'council' }),
    score('GV01', '1.2', 80, { level: 'self' }),
    score('GV01', '1.2', 85, { level: 'team' }),
  ];
  const period = only(evaluateScoring(roster([an]), config(c), inputs)).rounds[0].periods[0];

  test('council 9 over tổ 8 over self 7', () => {
    expect(period.criteria[0]).toMatchObject({ level: 'council', typed: 9, score: 9 });
  });

  test('tổ 85 when the council has not scored', () => {
    expect(period.criteria[1]).toMatchObject({ level: 'team', typed: 85, score: 85 });
    expect(period.total).toBe(94);
  });

  test('self-assessment alone counts when nobody else scored', () => {
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', '1.1', 6, { level: 'self' })]);
    expect(only(result).rounds[0].periods[0].criteria[0]).toMatchObject({ level: 'self', score: 6 });
  });
});

describe('deductions and bonuses', () => {
  const absent: Criterion = {
    ...points('7.1', 6),
    kind: 'deduction',
    deductionStep: 3,
    label: 'Nghỉ không phép',
  };
  const late: Criterion = { ...points('7.2', 4), kind: 'deduction', deductionStep: 0.5, label: 'Đi trễ' };
  const bonus: Criterion = { ...points('8.1', 10), kind: 'bonus', label: 'Điểm thưởng' };
  const c = [points('1', 90), absent, late, bonus];

  test('3 unexcused absences at −3 each from 6 is floored at 0, not −3', () => {
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', '7.1', 3)]);
    expect(only(result).rounds[0].periods[0].criteria[1].score).toBe(0);
  });

  test('3 late arrivals at −0,5 each leave 2,5 of 4', () => {
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', '7.2', 3)]);
    expect(only(result).rounds[0].periods[0].criteria[2].score).toBe(2.5);
  });

  test('no event typed as 0 keeps the full 6 points', () => {
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', '7.1', 0)]);
    expect(only(result).rounds[0].periods[0].criteria[1].score).toBe(6);
  });

  test('a bonus of 12 is capped at 10 and added on top of the 100-point total', () => {
    const inputs = [
      score('GV01', '1', 85),
      score('GV01', '7.1', 0),
      score('GV01', '7.2', 1),
      score('GV01', '8.1', 12),
    ];
    const period = only(evaluateScoring(roster([an]), config(c), inputs)).rounds[0].periods[0];
    expect(period.bonus).toBe(10);
    expect(period.applicableMax).toBe(100);
    expect(period.total).toBe(85 + 6 + 3.5 + 10);
  });
});

describe('normalisation to the sheet total (DOMAIN.md §4)', () => {
  test('a nhân viên whose criteria add up to 80 and who scores 72 gets 90', () => {
    const c = [
      points('chung', 30),
      points('gv', 20, { roles: ['giao-vien'] }),
      points('nv', 50, { roles: ['nhan-vien'] }),
    ];
    const nv = person('NV01', 'Trần Thị Bình', { roleId: 'nhan-vien', teamId: 'to-vp' });
    const result = evaluateScoring(roster([nv]), config(c), [
      score('NV01', 'chung', 27),
      score('NV01', 'nv', 45),
    ]);
    const period = only(result, 'NV01').rounds[0].periods[0];
    expect(period.applicableMax).toBe(80);
    expect(period.rawSum).toBe(72);
    expect(period.total).toBe(90);
    expect(period.criteria.map((x) => x.criterionId)).toEqual(['chung', 'nv']);
  });

  test('the bonus is added after normalising, not normalised itself', () => {
    const c = [points('a', 80), { ...points('b', 5), kind: 'bonus' as const }];
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', 'a', 72), score('GV01', 'b', 3)]);
    expect(only(result).yearTotal).toBe(93);
  });

  test('the total is rounded to 2 decimals like Excel: 67/90 × 100 = 74,44', () => {
    const result = evaluateScoring(roster([an]), config([points('a', 90)]), [score('GV01', 'a', 67)]);
    expect(only(result).yearTotal).toBe(74.44);
  });
});

describe('missing criteria contribute 0 and are listed', () => {
  test('a teacher scored on 1 of 2 criteria gets only that criterion and one missing', () => {
    const result = evaluateScoring(roster([an]), config([points('a', 50), points('b', 50)]), [
      score('GV01', 'a', 45),
    ]);
    const p = only(result);
    expect(p.yearTotal).toBe(45);
    expect(p.missingCount).toBe(1);
    expect(p.rounds[0].periods[0].missing).toEqual(['b']);
    expect(p.rounds[0].periods[0].criteria[1]).toEqual({
      criterionId: 'b',
      level: null,
      typed: null,
      score: null,
      belowFloor: false,
    });
  });

  test('nobody scored yet: no band for anyone, status "unscored" (not 0,00 KHTNV)', () => {
    const b = person('GV02', 'Lê Thị Cúc');
    const result = evaluateScoring(roster([an, b]), config([WHOLE]), []);
    expect(result.people.map((p) => [p.yearTotal, p.bandId, p.status])).toEqual([
      [0, null, 'unscored'],
      [0, null, 'unscored'],
    ]);
  });

  test('only Đợt 1 scored: 89,50 is the year so far, "partial", not 29,83 KHTNV', () => {
    const inputs = [score('GV01', 'tong', 89.5)];
    const p = only(evaluateScoring(roster([an]), config([WHOLE], TWO_ROUNDS), inputs));
    expect([p.yearTotal, p.bandId, p.status]).toEqual([89.5, 'HTTNV', 'partial']);
    expect(p.rounds.map((r) => [r.scored, r.bandId])).toEqual([
      [true, 'HTTNV'],
      [false, null],
    ]);
  });
});

describe('rounds and the year', () => {
  test('HK I 80 and HK II 92 with weights 1 and 2 give (80 + 2 × 92) / 3 = 88', () => {
    const inputs = [score('GV01', 'tong', 80), score('GV01', 'tong', 92, { roundId: 'hk2' })];
    const p = only(evaluateScoring(roster([an]), config([WHOLE], TWO_ROUNDS), inputs));
    expect(p.rounds.map((r) => r.total)).toEqual([80, 92]);
    expect(p.yearTotal).toBe(88);
  });

  test('the year total is rounded: (81,5 + 2 × 90,25) / 3 = 87,33', () => {
    const inputs = [score('GV01', 'tong', 81.5), score('GV01', 'tong', 90.25, { roundId: 'hk2' })];
    const p = only(evaluateScoring(roster([an]), config([WHOLE], TWO_ROUNDS), inputs));
    expect(p.yearTotal).toBe(87.33); // 262 / 3 = 87,333…
  });

  test('a monthly round is the mean of its months: (90 + 85 + 82,5) / 3 = 85,83', () => {
    const monthly = [
      {
        ...ONE_ROUND[0],
        months: [
          { id: 't9', label: 'Tháng 9' },
          { id: 't10', label: 'Tháng 10' },
          { id: 't11', label: 'Tháng 11' },
        ],
      },
    ];
    const inputs = [
      score('GV01', 'tong', 90, { monthId: 't9' }),
      score('GV01', 'tong', 85, { monthId: 't10' }),
      score('GV01', 'tong', 82.5, { monthId: 't11' }),
    ];
    const p = only(evaluateScoring(roster([an]), config([WHOLE], monthly), inputs));
    expect(p.rounds[0].periods.map((x) => [x.monthId, x.total])).toEqual([
      ['t9', 90],
      ['t10', 85],
      ['t11', 82.5],
    ]);
    expect(p.rounds[0].total).toBe(85.83);
  });
});

describe('bands (QĐ 366-QĐ/TW 2025, 100-point model)', () => {
  const cases: [number, string][] = [
    [100, 'HTXSNV'],
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV'],
  ];
  test.each(cases)('a year total of %p is %s', (total, band) => {
    const result = evaluateScoring(roster([an]), config([WHOLE]), [score('GV01', 'tong', total)]);
    expect(only(result).bandId).toBe(band);
  });

  test('95 with one criterion below its floor falls from HTXSNV to HTTNV', () => {
    const c = [points('a', 10, { floor: 5 }), points('b', 90)];
    const result = evaluateScoring(roster([an]), config(c), [
      score('GV01', 'a', 4.5),
      score('GV01', 'b', 90),
    ]);
    const p = only(result);
    expect(p.yearTotal).toBe(94.5);
    expect(p.floorsMet).toBe(false);
    expect(p.rounds[0].periods[0].criteria[0].belowFloor).toBe(true);
    expect(p.bandId).toBe('HTTNV');
  });

  test('the floor must hold in every round: met in HK I, missed in HK II', () => {
    const c = [points('a', 10, { floor: 5 }), points('b', 90)];
    const inputs = [
      score('GV01', 'a', 10),
      score('GV01', 'b', 90),
      score('GV01', 'a', 4, { roundId: 'hk2' }),
      score('GV01', 'b', 90, { roundId: 'hk2' }),
    ];
    const p = only(evaluateScoring(roster([an]), config(c, TWO_ROUNDS), inputs));
    expect(p.rounds.map((r) => r.floorsMet)).toEqual([true, false]);
    expect(p.yearTotal).toBe(96);
    expect(p.bandId).toBe('HTTNV');
  });

  test('a floor exactly reached (5 of 10) is met', () => {
    const c = [points('a', 10, { floor: 5 }), points('b', 90)];
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', 'a', 5), score('GV01', 'b', 90)]);
    expect(only(result).bandId).toBe('HTXSNV');
  });

  test('a missing criterion with a floor counts as 0 against it', () => {
    const c = [points('a', 10, { floor: 5 }), points('b', 90)];
    const result = evaluateScoring(roster([an]), config(c), [score('GV01', 'b', 90)]);
    expect(only(result).floorsMet).toBe(false);
  });

  test('a deduction floored at 0 still fails a floor of 2', () => {
    const absent: Criterion = { ...points('k', 6), kind: 'deduction', deductionStep: 3, floor: 2 };
    const result = evaluateScoring(roster([an]), config([absent, points('b', 94)]), [
      score('GV01', 'k', 2),
      score('GV01', 'b', 94),
    ]);
    expect(only(result).floorsMet).toBe(false);
  });
});

describe('ranks: ties share a rank (1, 2, 2, 4)', () => {
  const staff = [
    person('A', 'Nguyễn Thị Ánh', { teamId: 'to-1' }),
    person('B', 'Trần Văn Bảo', { teamId: 'to-2' }),
    person('C', 'Lê Thị Chi', { teamId: 'to-1' }),
    person('D', 'Phạm Văn Dũng', { teamId: 'to-1' }),
  ];
  const inputs = [
    score('A', 'tong', 95),
    score('B', 'tong', 90),
    score('C', 'tong', 90),
    score('D', 'tong', 80),
  ];
  const result = evaluateScoring(roster(staff), config([WHOLE]), inputs);

  test('overall: 95, 90, 90, 80 rank 1, 2, 2, 4', () => {
    expect(result.people.map((p) => p.rankOverall)).toEqual([1, 2, 2, 4]);
  });

  test('within tổ: Tổ 1 has 95, 90, 80 → 1, 2, 3; Tổ 2 has 90 alone → 1', () => {
    expect(result.people.map((p) => p.rankInTeam)).toEqual([1, 1, 2, 3]);
  });

  test('tổ summary: members, mean of year totals, rank; an empty tổ has no mean', () => {
    expect(result.teams).toEqual([
      { teamId: 'to-1', memberCount: 3, mean: 88.33, rank: 2 },
      { teamId: 'to-2', memberCount: 1, mean: 90, rank: 1 },
      { teamId: 'to-vp', memberCount: 0, mean: null, rank: null },
    ]);
  });

  test('two tổ with the same mean share a rank', () => {
    const tied = evaluateScoring(roster(staff), config([WHOLE]), [
      score('A', 'tong', 90),
      score('B', 'tong', 90),
      score('C', 'tong', 90),
      score('D', 'tong', 90),
    ]);
    expect(tied.teams.map((t) => t.rank)).toEqual([1, 1, null]);
  });
});

describe('roles decide which criteria count', () => {
  test('a GVCN is scored on the homeroom criterion, a teacher is not', () => {
    const c = [
      points('chung', 80),
      points('cn', 20, { roles: ['gvcn'] }),
      points('gv', 20, { roles: ['giao-vien'] }),
    ];
    const gvcn = person('CN01', 'Đỗ Thị Hạnh', { roleId: 'gvcn' });
    const result = evaluateScoring(roster([an, gvcn]), config(c), [
      score('GV01', 'chung', 70),
      score('GV01', 'gv', 18),
      score('CN01', 'chung', 70),
      score('CN01', 'cn', 19),
    ]);
    expect(result.people.map((p) => p.rounds[0].periods[0].criteria.map((x) => x.criterionId))).toEqual([
      ['chung', 'gv'],
      ['chung', 'cn'],
    ]);
    expect(result.people.map((p) => p.yearTotal)).toEqual([88, 89]);
  });

  test('a score typed for a criterion that does not apply is not counted', () => {
    const c = [points('chung', 100), points('cn', 20, { roles: ['gvcn'] })];
    const result = evaluateScoring(roster([an]), config(c), [
      score('GV01', 'chung', 80),
      score('GV01', 'cn', 20),
    ]);
    expect(only(result).yearTotal).toBe(80);
    expect(result.issues.map((i) => i.code)).toContain('score.not-applicable');
  });
});

test('a person without a tổ is ranked overall but has no rank within a tổ', () => {
  const staff = [person('A', 'Nguyễn Văn An', { teamId: '' }), person('B', 'Lê Thị Bình')];
  const result = evaluateScoring(roster(staff), config([WHOLE]), [
    score('A', 'tong', 90),
    score('B', 'tong', 80),
  ]);
  expect(result.people.map((p) => [p.rankOverall, p.rankInTeam])).toEqual([
    [1, null],
    [2, 1],
  ]);
});
