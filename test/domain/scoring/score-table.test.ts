/**
 * The score table: a school's sheet as data (criterion ids once, one row per person, period and level). It
 * must mean exactly what the same values typed one by one mean, and say what is wrong by row and column.
 */
import fc from 'fast-check';
import {
  evaluateScoring,
  scoreInputsFromTable,
  scoreTableFromInputs,
  validateScoreInputs,
} from '../../../src/domain/scoring';
import type { Criterion, ScoreTable } from '../../../src/domain/scoring';
import type { DomainIssue } from '../../../src/domain/issues';
import { config, person, points, roster, score, TWO_ROUNDS } from './fixtures';
import { messySchoolArb } from './messy-school';

const an = person('GV01', 'Nguyễn Văn An');
const binh = person('GV02', 'Trần Thị Bình', { teamId: 'to-2' });
const absent: Criterion = {
  ...points('7.1', 6),
  kind: 'deduction',
  deductionStep: 3,
  label: 'Nghỉ không phép',
};
const c = config([points('2.1', 10, { label: 'Kế hoạch bài dạy' }), points('2.2', 84), absent], TWO_ROUNDS);

/** Học kỳ I and II for An and Bình, as the thư ký would fill the sheet; the council re-scores An in HK II. */
const sheet: ScoreTable = {
  criteria: ['2.1', '2.2', '7.1'],
  rows: [
    { personId: 'GV01', roundId: 'hk1', level: 'self', values: [9, 80, 0] },
    { personId: 'GV02', roundId: 'hk1', level: 'self', values: [8.5, 75, 1] },
    { personId: 'GV01', roundId: 'hk2', level: 'self', values: [10, 84, 0] },
    { personId: 'GV01', roundId: 'hk2', level: 'council', values: [9.5, null, null] },
    { personId: 'GV02', roundId: 'hk2', level: 'self', values: [7, 70, null] },
  ],
};

function one(issues: DomainIssue[], code: string): DomainIssue {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

function expectGoodMessage(issue: DomainIssue) {
  expect(issue.message.normalize('NFC')).toBe(issue.message);
  expect(issue.message).toMatch(/[Hh]ãy /);
  expect(issue.message.trim()).toMatch(/\.$/);
}

describe('a sheet of two teachers over two semesters', () => {
  const result = evaluateScoring(roster([an, binh]), c, [], { table: sheet });
  const [a, b] = result.people;

  test('An: HK I 9 + 80 + 6 = 95; HK II the council’s 9,5 over his own 10, 99,5; year (95 + 2 × 99,5) / 3 = 98', () => {
    expect(result.issues).toEqual([]);
    expect(a.rounds[0].total).toBe(95);
    expect(a.rounds[1].periods[0].criteria[0]).toMatchObject({ level: 'council', typed: 9.5, score: 9.5 });
    expect(a.rounds[1].total).toBe(99.5);
    expect(a.yearTotal).toBe(98);
  });

  test('Bình: one absence costs 3 of 6; a blank absence count in HK II is missing, not zero events', () => {
    expect(b.rounds[0].periods[0].rawSum).toBe(8.5 + 75 + 3);
    expect(b.rounds[1].periods[0].missing).toEqual(['7.1']);
    expect(b.missingCount).toBe(1);
  });

  test('the same values typed one by one give the same results', () => {
    const oneByOne = evaluateScoring(roster([an, binh]), c, scoreInputsFromTable(sheet));
    expect(oneByOne).toEqual(result);
    expect(scoreInputsFromTable(sheet)).toHaveLength(3 + 3 + 3 + 1 + 2);
  });

  test('a value typed one by one after the table replaces the table’s, and is reported as typed twice', () => {
    const later = evaluateScoring(roster([an, binh]), c, [score('GV01', '2.1', 10, { level: 'self' })], {
      table: sheet,
    });
    expect(later.people[0].rounds[0].periods[0].criteria[0].typed).toBe(10);
    expect(one(later.issues, 'score.duplicate').message).toContain('giá trị sau cùng (10) được dùng');
  });
});

describe('what is wrong is named by row and column', () => {
  const check = (table: ScoreTable, cfg = c) => validateScoreInputs(roster([an, binh]), cfg, [], table);
  const row = (values: (number | null)[], extra = {}) => ({
    personId: 'GV01',
    roundId: 'hk1',
    level: 'self' as const,
    values,
    ...extra,
  });

  test('a score above the maximum: row, column, person, round, criterion, level and the limit', () => {
    const issue = one(
      check({
        criteria: ['2.1', '2.2', '7.1'],
        rows: [row([9, 80, 0]), row([12, 80, 0], { level: 'council' })],
      }),
      'score.above-max',
    );
    expect(issue.message).toBe(
      'Bảng điểm, hàng 2, cột 1: Nguyễn Văn An (mã GV01), Học kỳ I, tiêu chí 2.1 "Kế hoạch bài dạy", ' +
        'mức hội đồng đánh giá: điểm 12 vượt điểm tối đa 10. Hãy nhập điểm từ 0 đến 10.',
    );
  });

  test('events that are not whole, and a negative score', () => {
    const issues = check({ criteria: ['2.1', '7.1'], rows: [row([-1, 1.5])] });
    expect(one(issues, 'score.negative').message).toMatch(/^Bảng điểm, hàng 1, cột 1: /);
    expect(one(issues, 'score.events-not-whole').message).toMatch(/^Bảng điểm, hàng 1, cột 2: /);
  });

  test('an unknown person, round or month is reported once for the whole row', () => {
    const issues = check({
      criteria: ['2.1', '2.2'],
      rows: [
        row([1, 2], { personId: 'GV99' }),
        row([1, 2], { roundId: 'hk9' }),
        row([1, 2], { monthId: 't9' }),
      ],
    });
    expect(issues.map((i) => i.code)).toEqual([
      'score.unknown-person',
      'score.unknown-round',
      'score.unknown-month',
    ]);
    expect(issues[0].message).toBe(
      'Bảng điểm, hàng 1: điểm của mã "GV99" không thuộc ai trong danh sách. Hãy kiểm tra mã hoặc thêm người này vào danh sách.',
    );
    expect(issues[1].message).toMatch(/^Bảng điểm, hàng 2: Nguyễn Văn An \(mã GV01\): điểm thuộc đợt "hk9"/);
    expect(issues[2].message).toContain('không chấm theo tháng nhưng điểm ghi tháng "t9"');
    issues.forEach(expectGoodMessage);
  });

  test('a level the rules do not use is reported once for the row', () => {
    const councilOnly = { ...c, levels: ['council' as const] };
    const issue = one(check({ criteria: ['2.1'], rows: [row([5])] }, councilOnly), 'score.unknown-level');
    expect(issue.message).toMatch(
      /^Bảng điểm, hàng 1: Nguyễn Văn An \(mã GV01\): mức tự đánh giá không được dùng/,
    );
    expectGoodMessage(issue);
  });

  test('an unknown or repeated criterion column is reported once, not once per row', () => {
    const issues = check({
      criteria: ['2.1', '9.9', '2.1'],
      rows: [row([1, 2, 3]), row([1, 2, 3], { roundId: 'hk2' })],
    });
    expect(one(issues, 'score.unknown-criterion').message).toBe(
      'Bảng điểm, cột 2: tiêu chí "9.9" không có trong bảng tiêu chí nên cả cột không được tính. Hãy kiểm tra mã tiêu chí.',
    );
    expect(one(issues, 'score.table-duplicate-column').message).toContain('tiêu chí "2.1" đã có ở cột 1');
    issues.forEach(expectGoodMessage);
  });

  test('a repeated column is not counted: the first column’s value is used', () => {
    const table = { criteria: ['2.1', '2.1'], rows: [row([4, 9])] };
    const result = evaluateScoring(roster([an]), c, [], { table });
    expect(result.people[0].rounds[0].periods[0].criteria[0].typed).toBe(4);
    expect(scoreInputsFromTable(table).map((i) => i.value)).toEqual([4]);
  });

  test('a row shorter or longer than the header', () => {
    const issues = check({ criteria: ['2.1', '2.2'], rows: [row([1]), row([1, 2, 3], { roundId: 'hk2' })] });
    const [short, long] = issues.filter((i) => i.code === 'score.table-row-length');
    expect(short.message).toContain(
      'Bảng điểm, hàng 1 (Nguyễn Văn An (mã GV01)): có 1 giá trị nhưng bảng có 2 cột',
    );
    expect(short.message).toContain('các cột thiếu được coi là để trống');
    expect(long.message).toContain('các giá trị thừa không được tính');
    expectGoodMessage(short);
  });

  test('the same person, period and level twice: one warning for the row, not one per cell', () => {
    const issues = check({ criteria: ['2.1', '2.2'], rows: [row([1, 2]), row([3, 4])] });
    const issue = one(issues, 'score.duplicate');
    expect(issue.severity).toBe('warning');
    expect(issue.message).toBe(
      'Bảng điểm, hàng 2: lặp lại hàng 1 (Nguyễn Văn An (mã GV01), Học kỳ I, mức tự đánh giá); ở mỗi cột có số, ' +
        'giá trị của hàng 2 được dùng. Hãy gộp hai hàng làm một.',
    );
  });

  test('a value for a criterion that does not apply to the role', () => {
    const cn = config([points('cn', 100, { roles: ['gvcn'] }), points('all', 100)]);
    const issue = one(check({ criteria: ['cn', 'all'], rows: [row([5, null])] }, cn), 'score.not-applicable');
    expect(issue.message).toMatch(/^Bảng điểm, hàng 1, cột 1: Nguyễn Văn An/);
    expect(issue.severity).toBe('warning');
    expect(check({ criteria: ['cn', 'all'], rows: [row([null, 50])] }, cn)).toEqual([]);
  });
});

describe('inputs into a table and back', () => {
  test('property: the table and the inputs it cannot hold give the same results as the inputs alone', () => {
    fc.assert(
      fc.property(messySchoolArb, ({ roster: r, config: cfg, inputs }) => {
        const { table, rest } = scoreTableFromInputs(cfg, inputs);
        const direct = evaluateScoring(r, cfg, inputs);
        const viaTable = evaluateScoring(r, cfg, rest, { table });
        expect(viaTable.people).toEqual(direct.people);
        expect(viaTable.teams).toEqual(direct.teams);
        // Expanded again, the table gives the same results too.
        const expanded = evaluateScoring(r, cfg, [...scoreInputsFromTable(table), ...rest]);
        expect(expanded.people).toEqual(direct.people);
      }),
      { numRuns: 300 },
    );
  });

  test('property: every problem is still reported once a school is written as a table', () => {
    fc.assert(
      fc.property(messySchoolArb, ({ roster: r, config: cfg, inputs }) => {
        const { table, rest } = scoreTableFromInputs(cfg, inputs);
        const codes = (issues: DomainIssue[]) => new Set(issues.map((i) => i.code));
        expect(codes(validateScoreInputs(r, cfg, rest, table))).toEqual(
          codes(validateScoreInputs(r, cfg, inputs)),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('one row per person, period and level, the config’s criteria as columns, null for blanks', () => {
    const monthly = config(
      [points('1.1', 50), points('1.2', 50)],
      [{ ...TWO_ROUNDS[0], months: [{ id: 't9', label: 'Tháng 9' }] }],
    );
    const { table, rest } = scoreTableFromInputs(monthly, [
      score('GV01', '1.2', 40, { monthId: 't9', level: 'self' }),
      score('GV01', '1.1', 45, { monthId: 't9', level: 'self' }),
      score('GV01', '1.1', 44, { monthId: 't9', level: 'team' }),
      score('GV01', '1.1', 46, { monthId: 't9', level: 'team' }),
      score('GV01', '9.9', 1, { monthId: 't9' }),
    ]);
    expect(table).toEqual({
      criteria: ['1.1', '1.2'],
      rows: [
        { personId: 'GV01', roundId: 'hk1', monthId: 't9', level: 'self', values: [45, 40] },
        { personId: 'GV01', roundId: 'hk1', monthId: 't9', level: 'team', values: [44, null] },
      ],
    });
    // The second 1.1 at tổ level and the unknown criterion stay as inputs, after the table.
    expect(rest.map((i) => [i.criterionId, i.value])).toEqual([
      ['1.1', 46],
      ['9.9', 1],
    ]);
  });
});
