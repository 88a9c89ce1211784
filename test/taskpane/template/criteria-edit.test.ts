import fc from 'fast-check';
import { defaultScoringConfig } from '../../../src/domain/scoring';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';
import {
  addSection,
  criterionProblems,
  moveCriterion,
  newCriterion,
  nextCriterionId,
  removeSection,
  roleSums,
  romanNumeral,
  saveCriterion,
} from '../../../src/taskpane/panels/template/criteria/criteria-edit';
import {
  criterionFormText,
  readCriterionForm,
} from '../../../src/taskpane/panels/template/criteria/criterion-form';

describe('the sum per role, shown live', () => {
  test('the built-in set gives every role exactly 100', () => {
    expect(
      roleSums(defaultScoringConfig(), BUILT_IN_ROLES).every((sum) => sum.max === 100 && sum.matches),
    ).toBe(true);
  });

  test('raising 2.1 from 10 to 15 makes the three teaching roles 105, office staff stay at 100', () => {
    const config = defaultScoringConfig();
    const index = config.criteria.findIndex((c) => c.id === '2.1');
    const edited = saveCriterion(config, index, { ...config.criteria[index], max: 15 });
    const sums = Object.fromEntries(
      roleSums(edited, BUILT_IN_ROLES).map((s) => [s.role.id, [s.max, s.matches]]),
    );
    expect(sums['giao-vien']).toEqual([105, false]);
    expect(sums.gvcn).toEqual([105, false]);
    expect(sums['kiem-nhiem']).toEqual([105, false]);
    expect(sums['nhan-vien']).toEqual([100, true]);
  });

  test('a bonus criterion never counts in the sum', () => {
    const config = defaultScoringConfig();
    const bonus = { ...newCriterion(config, 'VIII'), label: 'Thưởng thêm', kind: 'bonus' as const, max: 5 };
    expect(roleSums(saveCriterion(config, null, bonus), BUILT_IN_ROLES).every((s) => s.max === 100)).toBe(
      true,
    );
  });
});

describe('editing sections and criteria', () => {
  test('sections are numbered in Roman numerals: the ninth is IX', () => {
    expect([1, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    const config = addSection(defaultScoringConfig(), 'IX. Công tác đoàn thể');
    expect(config.sections[8]).toEqual({ id: 'IX', label: 'IX. Công tác đoàn thể' });
  });

  test('a new criterion of section II is 2.7, placed after 2.6', () => {
    const config = defaultScoringConfig();
    expect(nextCriterionId(config, 'II')).toBe('2.7');
    const saved = saveCriterion(config, null, { ...newCriterion(config, 'II'), label: 'Hồ sơ điện tử' });
    const ids = saved.criteria.map((c) => c.id);
    expect(ids.indexOf('2.7')).toBe(ids.indexOf('2.6') + 1);
  });

  test('removing a section removes its criteria', () => {
    const config = removeSection(defaultScoringConfig(), 'III');
    expect(config.criteria.some((c) => c.sectionId === 'III')).toBe(false);
    expect(config.sections.map((s) => s.id)).not.toContain('III');
  });

  test('moving stays within the section: 1.1 cannot go up, 1.2 goes above 1.1', () => {
    const config = defaultScoringConfig();
    expect(moveCriterion(config, 0, -1)).toBe(config);
    expect(
      moveCriterion(config, 1, -1)
        .criteria.slice(0, 2)
        .map((c) => c.id),
    ).toEqual(['1.2', '1.1']);
    // 1.2 is last of section I: moving down skips nothing of section II.
    expect(moveCriterion(config, 1, 1)).toBe(config);
  });

  test('what stops a criterion being saved is said plainly', () => {
    const config = defaultScoringConfig();
    const problems = criterionProblems(
      config,
      { ...config.criteria[1], id: '1.1', label: ' ', max: -1, floor: 20 },
      1,
    );
    expect(problems).toEqual([
      'Mã tiêu chí "1.1" đã có. Hãy chọn một mã khác.',
      'Hãy nhập nội dung tiêu chí.',
      'Hãy nhập điểm tối đa lớn hơn 0.',
      'Điểm sàn phải nằm trong khoảng từ 0 đến điểm tối đa của tiêu chí.',
    ]);
  });
});

describe('the criterion form', () => {
  test('"0,5" per late arrival is read as 0.5; a deduction keeps its step, a points criterion drops it', () => {
    const config = defaultScoringConfig();
    const text = {
      ...criterionFormText(config.criteria[0]),
      id: '7.3',
      kind: 'deduction' as const,
      max: '4',
      step: '0,5',
      floor: '',
    };
    const read = readCriterionForm(text, config, null);
    expect(read).toEqual({
      criterion: expect.objectContaining({ kind: 'deduction', max: 4, deductionStep: 0.5 }),
    });
    const asPoints = readCriterionForm({ ...text, kind: 'points' }, config, null);
    if (!('criterion' in asPoints)) throw new Error(asPoints.problems.join(' '));
    expect(asPoints.criterion).not.toHaveProperty('deductionStep');
  });

  test('"mười" is not a number: the field is named', () => {
    const config = defaultScoringConfig();
    const read = readCriterionForm({ ...criterionFormText(config.criteria[0]), max: 'mười' }, config, 0);
    expect('problems' in read && read.problems[0]).toMatch(/^Điểm tối đa: /);
  });

  test('any criterion survives the form unchanged (property)', () => {
    const config = defaultScoringConfig();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: config.criteria.length - 1 }), (index) => {
        const criterion = config.criteria[index];
        expect(readCriterionForm(criterionFormText(criterion), config, index)).toEqual({ criterion });
      }),
    );
  });
});
