import { sampleDraft } from '../../../src/taskpane/panels/template/draft';
import { checkDraft } from '../../../src/taskpane/panels/template/draft-checks';

describe('checks before building', () => {
  test('a round named "HK I/2024" is not a valid sheet name: a warning says the name that will be used', () => {
    const draft = sampleDraft(false);
    draft.config.rounds[0] = { ...draft.config.rounds[0], label: 'HK I/2024' };
    const warning = checkDraft(draft).warnings.find((issue) => issue.code === 'template.round-sheet-name');
    expect(warning?.message).toContain('"HK I-2024"');
    expect(checkDraft(draft).errors).toEqual([]);
  });

  test('a school year ending before it starts blocks the build', () => {
    const draft = sampleDraft(false);
    draft.info = { ...draft.info, yearStart: '2021-06-01', yearEnd: '2020-09-01' };
    expect(checkDraft(draft).errors.map((issue) => issue.code)).toContain('template.school-dates-order');
  });

  test('the domain’s own checks are included: a criterion max of 0 is an error naming the criterion', () => {
    const draft = sampleDraft(false);
    draft.config.criteria[0] = { ...draft.config.criteria[0], max: 0 };
    const error = checkDraft(draft).errors.find((issue) => issue.code === 'scoring.criterion-max-invalid');
    expect(error?.message).toContain('1.1');
  });

  test('an out-of-range sample score is reported before anything is written', () => {
    const draft = sampleDraft(true);
    const index = draft.inputs.findIndex((input) => input.criterionId === '1.1');
    draft.inputs[index] = { ...draft.inputs[index], value: 12 };
    const error = checkDraft(draft).errors.find((issue) => issue.code === 'score.above-max');
    expect(error?.message).toContain('12');
  });
});
