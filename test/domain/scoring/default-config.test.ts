import {
  applicableMax,
  defaultScoringConfig,
  seed000Rounds,
  validateScoringConfig,
} from '../../../src/domain/scoring';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';

describe('the built-in 100-point set', () => {
  const config = defaultScoringConfig();

  test.each(BUILT_IN_ROLES.map((role) => [role.label, role.id]))(
    '%s: the applicable maximum is exactly 100, so nobody is normalised',
    (_label, roleId) => {
      expect(applicableMax(config, roleId)).toBe(100);
    },
  );

  test('has no error or warning against the built-in roles', () => {
    expect(validateScoringConfig(config, BUILT_IN_ROLES)).toEqual([]);
  });

  test('homeroom criteria only for GVCN, office criteria only for nhân viên', () => {
    const section = (id: string) => config.criteria.filter((c) => c.sectionId === id);
    expect(section('III').every((c) => c.roles !== 'all' && c.roles.join() === 'gvcn')).toBe(true);
    expect(section('V').every((c) => c.roles !== 'all' && c.roles.join() === 'nhan-vien')).toBe(true);
    expect(config.sections.map((s) => s.label)).toEqual(
      expect.arrayContaining([
        'I. Phẩm chất chính trị, đạo đức, lối sống',
        'II. Thực hiện nhiệm vụ chuyên môn',
        'III. Công tác chủ nhiệm',
        'IV. Công tác kiêm nhiệm',
        'V. Nhân viên: thực hiện nhiệm vụ được giao',
        'VII. Ngày công, kỷ luật lao động',
        'VIII. Điểm thưởng',
      ]),
    );
  });

  test('deductions: unexcused absence −3 each, late −0,5 each; the bonus is capped', () => {
    const deductions = config.criteria.filter((c) => c.kind === 'deduction');
    expect(deductions.map((c) => c.deductionStep)).toEqual([3, 0.5]);
    const bonus = config.criteria.filter((c) => c.kind === 'bonus');
    expect(bonus).toHaveLength(1);
    expect(bonus[0].max).toBe(10);
  });

  test('bands of QĐ 366-QĐ/TW: ≥ 90, 70, 50, below 50; HTXSNV needs the floors', () => {
    expect(config.bands.map((b) => [b.id, b.min, b.requiresFloors])).toEqual([
      ['HTXSNV', 90, true],
      ['HTTNV', 70, false],
      ['HTNV', 50, false],
      ['KHTNV', 0, false],
    ]);
  });

  test('every call gives a fresh copy', () => {
    const a = defaultScoringConfig();
    a.criteria[0].max = 1;
    a.bands[0].min = 1;
    expect(defaultScoringConfig().criteria[0].max).toBe(10);
    expect(defaultScoringConfig().bands[0].min).toBe(90);
  });
});

test('seed 000 rounds: Đợt 1 01/9/2020–15/01/2021 (weight 1), Đợt 2 18/01/2021–28/5/2021 (weight 2)', () => {
  expect(seed000Rounds()).toEqual([
    { id: 'dot-1', label: 'Đợt 1', start: '2020-09-01', end: '2021-01-15', weight: 1 },
    { id: 'dot-2', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: 2 },
  ]);
  expect(defaultScoringConfig().rounds).toEqual(seed000Rounds());
});
