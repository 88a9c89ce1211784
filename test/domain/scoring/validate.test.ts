import {
  readRawScore,
  validateRoster,
  validateScoreInputs,
  validateScoring,
  validateScoringConfig,
} from '../../../src/domain/scoring';
import type { Criterion, ScoringConfig } from '../../../src/domain/scoring';
import type { DomainIssue } from '../../../src/domain/issues';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';
import { config, person, points, roster, score, TWO_ROUNDS, WHOLE } from './fixtures';

const an = person('GV01', 'Nguyễn Văn An');
const absent: Criterion = {
  ...points('7.1', 6),
  kind: 'deduction',
  deductionStep: 3,
  label: 'Nghỉ không phép',
};
const bonus: Criterion = { ...points('8.1', 10), kind: 'bonus', label: 'Điểm thưởng' };
const c = config([points('2.1', 10, { label: 'Kế hoạch bài dạy' }), points('2.2', 90), absent, bonus]);

function codes(issues: DomainIssue[]): string[] {
  return issues.map((i) => i.code);
}

function one(issues: DomainIssue[], code: string): DomainIssue {
  const found = issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Every message: Vietnamese in NFC, a full sentence, and says what to do. */
function expectGoodMessage(issue: DomainIssue) {
  expect(issue.message.normalize('NFC')).toBe(issue.message);
  expect(issue.message).toMatch(/[Hh]ãy /);
  expect(issue.message.trim()).toMatch(/\.$/);
}

describe('typed scores', () => {
  const check = (value: number, criterionId = '2.1', extra = {}) =>
    validateScoreInputs(roster([an]), c, [score('GV01', criterionId, value, extra)]);

  test('above the maximum: names the person, the round, the criterion, the level and the limit', () => {
    const issue = one(check(12), 'score.above-max');
    expect(issue.severity).toBe('error');
    expect(issue.message).toBe(
      'Nguyễn Văn An (mã GV01), Học kỳ I, tiêu chí 2.1 "Kế hoạch bài dạy", mức hội đồng đánh giá: ' +
        'điểm 12 vượt điểm tối đa 10. Hãy nhập điểm từ 0 đến 10.',
    );
    expectGoodMessage(issue);
  });

  test('with a locator the message and the issue name the cell', () => {
    const locator = { sheet: 'Đợt 1', address: 'H7' };
    const issue = one(check(10.5, '2.1', { locator }), 'score.above-max');
    expect(issue.location).toEqual(locator);
    expect(issue.message).toMatch(/^Ô H7 trang "Đợt 1": Nguyễn Văn An/);
    expect(issue.message).toContain('điểm 10,5 vượt');
  });

  test('negative points and negative events', () => {
    expectGoodMessage(one(check(-1), 'score.negative'));
    expect(one(check(-2, '7.1'), 'score.negative').message).toContain('số lần vi phạm -2 là số âm');
  });

  test('deduction events must be whole: 1,5 absences is refused', () => {
    const issue = one(check(1.5, '7.1'), 'score.events-not-whole');
    expect(issue.message).toContain('số lần vi phạm 1,5 không phải số nguyên');
    expectGoodMessage(issue);
  });

  test('a bonus above its cap is a warning: it is counted as the cap', () => {
    const issue = one(check(12, '8.1'), 'score.bonus-above-cap');
    expect(issue.severity).toBe('warning');
    expect(issue.message).toContain('chỉ 10 điểm được cộng');
  });

  test('values in range raise nothing', () => {
    expect(check(10)).toEqual([]);
    expect(check(0)).toEqual([]);
    expect(check(9.75)).toEqual([]);
    expect(check(2, '7.1')).toEqual([]);
    expect(check(10, '8.1')).toEqual([]);
  });

  test('not a number', () => {
    expectGoodMessage(one(check(Number.NaN), 'score.not-a-number'));
  });

  test('unknown person, round, month, criterion and level', () => {
    const r = roster([an]);
    expectGoodMessage(one(validateScoreInputs(r, c, [score('XX', '2.1', 5)]), 'score.unknown-person'));
    expectGoodMessage(
      one(validateScoreInputs(r, c, [score('GV01', '2.1', 5, { roundId: 'hk9' })]), 'score.unknown-round'),
    );
    expectGoodMessage(
      one(validateScoreInputs(r, c, [score('GV01', '2.1', 5, { monthId: 't9' })]), 'score.unknown-month'),
    );
    expectGoodMessage(one(validateScoreInputs(r, c, [score('GV01', '9.9', 5)]), 'score.unknown-criterion'));
    const councilOnly: ScoringConfig = { ...c, levels: ['council'] };
    expectGoodMessage(
      one(
        validateScoreInputs(r, councilOnly, [score('GV01', '2.1', 5, { level: 'self' })]),
        'score.unknown-level',
      ),
    );
  });

  test('a monthly round needs the month', () => {
    const monthly = config([WHOLE], [{ ...TWO_ROUNDS[0], months: [{ id: 't9', label: 'Tháng 9' }] }]);
    const issue = one(
      validateScoreInputs(roster([an]), monthly, [score('GV01', 'tong', 5)]),
      'score.unknown-month',
    );
    expect(issue.message).toContain('được chấm theo tháng nhưng điểm không ghi tháng');
    const month = validateScoreInputs(roster([an]), monthly, [score('GV01', 'tong', 120, { monthId: 't9' })]);
    expect(one(month, 'score.above-max').message).toContain('Học kỳ I – Tháng 9');
  });

  test('a score typed twice: the later one is used and the duplicate reported', () => {
    const issues = validateScoreInputs(roster([an]), c, [score('GV01', '2.1', 5), score('GV01', '2.1', 6)]);
    expect(one(issues, 'score.duplicate').message).toContain('giá trị sau cùng (6) được dùng');
  });

  test('a criterion not applying to the role', () => {
    const only = config([points('cn', 100, { roles: ['gvcn'] })]);
    const issue = one(
      validateScoreInputs(roster([an]), only, [score('GV01', 'cn', 5)]),
      'score.not-applicable',
    );
    expect(issue.severity).toBe('warning');
    expectGoodMessage(issue);
  });
});

describe('raw cell values from sheets and imports', () => {
  const context = {
    text: 'Nguyễn Văn An (mã GV01), Đợt 1, tiêu chí 2.1',
    location: { sheet: 'Đợt 1', address: 'F12' },
  };
  const criterion = points('2.1', 10);

  test('"9,5" typed as text is read as 9,5 with a warning that the sheet ignores it', () => {
    const read = readRawScore(criterion, '9,5', context);
    expect(read.value).toBe(9.5);
    expect(codes(read.issues)).toEqual(['score.text-number']);
    expect(read.issues[0].location).toEqual(context.location);
    expectGoodMessage(read.issues[0]);
  });

  test('"abc" is not a number: an error naming the cell, and no value', () => {
    const read = readRawScore(criterion, 'abc', context);
    expect(read.value).toBeNull();
    expect(read.issues[0].message).toBe(
      'Ô F12 trang "Đợt 1": Nguyễn Văn An (mã GV01), Đợt 1, tiêu chí 2.1: "abc" không phải là số nên không được tính. Hãy nhập một số (ví dụ 9,5) hoặc để trống.',
    );
  });

  test('blank, spaces and null are simply blank', () => {
    for (const raw of [null, undefined, '', '   '])
      expect(readRawScore(criterion, raw, context)).toEqual({ value: null, issues: [] });
  });

  test('numbers pass through and are range-checked; text numbers are range-checked too', () => {
    expect(readRawScore(criterion, 8, context)).toEqual({ value: 8, issues: [] });
    expect(codes(readRawScore(criterion, 11, context).issues)).toEqual(['score.above-max']);
    expect(codes(readRawScore(criterion, '-1', context).issues)).toEqual([
      'score.text-number',
      'score.negative',
    ]);
  });

  test('TRUE is not a score', () => {
    expect(codes(readRawScore(criterion, true, context).issues)).toEqual(['score.not-a-number']);
  });
});

describe('the staff list', () => {
  test('a person without a tổ, in an unknown tổ, with an unknown role, a code used twice', () => {
    const issues = validateRoster(
      roster([
        person('GV01', 'Nguyễn Văn An', { teamId: '' }),
        person('GV02', 'Lê Thị Bích', { teamId: 'to-9' }),
        person('GV03', 'Trần Văn Cường', { roleId: 'bao-ve' }),
        person('GV03', 'Phạm Thị Dung'),
      ]),
    );
    expect(one(issues, 'roster.person-without-team').message).toBe(
      'Nguyễn Văn An (mã GV01) chưa thuộc tổ nào. Hãy chọn tổ cho người này trong danh sách cán bộ, giáo viên, nhân viên.',
    );
    expect(one(issues, 'roster.unknown-team').message).toContain('Lê Thị Bích (mã GV02) thuộc tổ "to-9"');
    expect(one(issues, 'roster.unknown-role').message).toContain(
      'Trần Văn Cường (mã GV03) có vai trò "bao-ve"',
    );
    expect(one(issues, 'roster.duplicate-id').message).toContain(
      'Mã GV03 được dùng cho cả Trần Văn Cường và Phạm Thị Dung',
    );
    issues.forEach(expectGoodMessage);
  });

  test('namesakes told apart by birth date are fine', () => {
    const issues = validateRoster(
      roster([
        person('GV01', 'Nguyễn Thị Lan', { birthDate: '1985-03-02' }),
        person('GV02', 'Nguyễn Thị Lan', { birthDate: '1990-11-20' }),
      ]),
    );
    expect(issues).toEqual([]);
  });

  test('namesakes without birth dates (one typed NFD) get a warning naming both codes', () => {
    const issues = validateRoster(
      roster([person('GV01', 'Nguyễn Thị Lan'), person('GV07', 'Nguyễn  Thị Lan'.normalize('NFD'))]),
    );
    const issue = one(issues, 'roster.namesakes');
    expect(issue.severity).toBe('warning');
    expect(issue.message).toContain('mã GV01, GV07');
    expectGoodMessage(issue);
  });

  test('tổ names used twice, tổ keys used twice or unsafe; any name is fine (the sheets count by key)', () => {
    const issues = validateRoster(
      roster(
        [person('GV01', 'Nguyễn Văn An')],
        [
          { id: 'to-1', name: 'Tổ 1' },
          { id: 'to-1b', name: 'tổ 1' },
          { id: 'to-x', name: 'Tổ Anh*Tin' },
          { id: 'TO-X', name: 'Tổ X' },
          { id: 'to *', name: '=HYPERLINK("x")' },
        ],
      ),
    );
    expect(codes(issues).sort()).toEqual([
      'roster.duplicate-team-id',
      'roster.duplicate-team-name',
      'roster.unsafe-team-key',
    ]);
    issues.forEach(expectGoodMessage);
  });

  test('a mã cán bộ a lookup would read as a wildcard, or used twice up to case, is an error', () => {
    const issues = validateRoster(
      roster([person('GV*', 'Nguyễn Văn An'), person('gv01', 'Lê Thị Bích'), person('GV01', 'Trần Văn C')]),
    );
    expect(codes(issues).sort()).toEqual(['roster.duplicate-id', 'roster.unsafe-person-key']);
    issues.forEach(expectGoodMessage);
  });
});

describe('the settings', () => {
  const roles = BUILT_IN_ROLES;

  test('criteria maxima of a role not adding up to the total: a warning that totals are normalised', () => {
    const cfg = config([
      points('chung', 30),
      points('nv', 50, { roles: ['nhan-vien'] }),
      points('gv', 70, { roles: ['giao-vien', 'gvcn', 'kiem-nhiem', 'can-bo-quan-ly'] }),
    ]);
    const issue = one(validateScoringConfig(cfg, roles), 'scoring.role-max-mismatch');
    expect(issue.severity).toBe('warning');
    expect(issue.message).toContain(
      'Vai trò "Nhân viên": điểm tối đa các tiêu chí áp dụng cộng lại là 80, khác tổng điểm 100',
    );
    expect(issue.message).toContain('(ví dụ 72/80 → 90)');
    expectGoodMessage(issue);
  });

  test('a role with no criteria at all', () => {
    const cfg = config([points('gv', 100, { roles: ['giao-vien', 'gvcn', 'kiem-nhiem', 'can-bo-quan-ly'] })]);
    expectGoodMessage(one(validateScoringConfig(cfg, roles), 'scoring.role-no-criteria'));
  });

  test('duplicate criterion ids, bad maxima, steps and floors', () => {
    const cfg = config([
      points('1', 50, { label: 'Đạo đức' }),
      points('1', 50, { label: 'Chuyên môn', floor: 60 }),
      { ...points('2', 0), kind: 'deduction' },
      { ...bonus, floor: 1 },
      points('3', 10, { sectionId: 'ZZ' }),
    ]);
    const issues = validateScoringConfig(cfg, []);
    expect(one(issues, 'scoring.criterion-duplicate-id').message).toContain(
      'Mã tiêu chí "1" bị trùng ("Đạo đức", "Chuyên môn")',
    );
    one(issues, 'scoring.criterion-max-invalid');
    one(issues, 'scoring.deduction-step-invalid');
    one(issues, 'scoring.floor-invalid');
    one(issues, 'scoring.floor-on-bonus');
    one(issues, 'scoring.criterion-unknown-section');
    issues.forEach(expectGoodMessage);
  });

  test('round weights ≤ 0, bad dates, overlapping rounds', () => {
    const cfg = config(
      [WHOLE],
      [
        { id: 'a', label: 'Đợt 1', start: '2020-09-01', end: '2021-01-20', weight: 1 },
        { id: 'b', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: 0 },
        { id: 'c', label: 'Đợt 3', start: '2021-06-30', end: '2021-06-01', weight: 1 },
        { id: 'd', label: 'Đợt 4', start: '2021-02-31', end: '2021-06-01', weight: -1 },
      ],
    );
    const issues = validateScoringConfig(cfg, []);
    expect(codes(issues).filter((x) => x === 'scoring.round-weight-invalid')).toHaveLength(2);
    expect(codes(issues).filter((x) => x === 'scoring.round-dates-invalid')).toHaveLength(2);
    expect(one(issues, 'scoring.rounds-overlap').message).toContain(
      'Đợt 1 (01/09/2020 – 20/01/2021) và Đợt 2 (18/01/2021 – 28/05/2021) trùng ngày nhau',
    );
    issues.forEach(expectGoodMessage);
  });

  test('bands not strictly decreasing, duplicated, or missing', () => {
    const base = config([WHOLE]);
    const swapped = { ...base, bands: [base.bands[1], base.bands[0], base.bands[2], base.bands[2]] };
    const issues = validateScoringConfig(swapped, []);
    expect(codes(issues).filter((x) => x === 'scoring.bands-not-decreasing')).toHaveLength(2);
    one(issues, 'scoring.band-duplicate-id');
    expectGoodMessage(one(validateScoringConfig({ ...base, bands: [] }, []), 'scoring.no-bands'));
    issues.forEach(expectGoodMessage);
  });

  test('total points, levels, rounds and months', () => {
    const base = config([WHOLE]);
    expectGoodMessage(
      one(validateScoringConfig({ ...base, totalPoints: 0 }, []), 'scoring.total-points-invalid'),
    );
    expectGoodMessage(one(validateScoringConfig({ ...base, levels: [] }, []), 'scoring.levels-empty'));
    expectGoodMessage(one(validateScoringConfig({ ...base, rounds: [] }, []), 'scoring.no-rounds'));
    const months = {
      ...base,
      rounds: [
        { ...TWO_ROUNDS[0], months: [] },
        {
          ...TWO_ROUNDS[1],
          months: [
            { id: 't1', label: 'Tháng 1' },
            { id: 't1', label: 'Tháng 2' },
          ],
        },
        { ...TWO_ROUNDS[1], id: 'hk2', start: '2021-06-01', end: '2021-06-30' },
      ],
    };
    const issues = validateScoringConfig(months, []);
    one(issues, 'scoring.round-no-months');
    one(issues, 'scoring.month-duplicate-id');
    one(issues, 'scoring.round-duplicate-id');
    issues.forEach(expectGoodMessage);
  });
});

test('validateScoring lists settings, staff and scores problems together', () => {
  const issues = validateScoring(roster([person('GV01', 'Nguyễn Văn An', { teamId: '' })]), c, [
    score('GV01', '2.1', 11),
  ]);
  expect(codes(issues)).toEqual(expect.arrayContaining(['roster.person-without-team', 'score.above-max']));
});
