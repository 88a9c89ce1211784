/** The template panel's own checks speak the pane's language and name the pane's sections as they are titled. */
import { CHECK_MESSAGES } from '../../../src/taskpane/panels/template/check-messages';
import { readCriterionForm } from '../../../src/taskpane/panels/template/criteria/criterion-form';
import { sampleDraft } from '../../../src/taskpane/panels/template/draft';
import { checkDraft } from '../../../src/taskpane/panels/template/draft-checks';
import { readPersonForm } from '../../../src/taskpane/panels/template/staff/person-form';
import { TEMPLATE_STRINGS } from '../../../src/taskpane/panels/template/strings';

describe('checks before building, in both languages', () => {
  const draft = sampleDraft(false);
  draft.info = { ...draft.info, name: ' ' };
  draft.config.rounds[0] = { ...draft.config.rounds[0], start: '2019-01-01' };

  test('Vietnamese by default: a round outside the school year points to "Đợt thi đua", the section\'s title', () => {
    const messages = checkDraft(draft).errors.map((issue) => issue.message);
    expect(messages).toContain(CHECK_MESSAGES.vi.schoolNameEmpty);
    const outside = messages.find((m) => m.includes('nằm ngoài năm học'));
    expect(outside).toContain('ở mục "Đợt thi đua"');
    expect(TEMPLATE_STRINGS.vi.sections.rounds(3)).toMatch(/^Đợt thi đua/);
  });

  test('English when the pane is in English', () => {
    const messages = checkDraft(draft, CHECK_MESSAGES.en).errors.map((issue) => issue.message);
    expect(messages).toContain(
      'No school name yet. Enter it under "School" (e.g. Trường Tiểu học Bình Hòa 2).',
    );
    expect(messages.some((m) => m.includes('is outside the school year') && m.includes('"Rounds"'))).toBe(
      true,
    );
  });

  test('a person without a name or team, in English', () => {
    const read = readPersonForm(
      {
        fullName: ' ',
        id: '',
        team: '',
        roleId: '',
        gender: 'nữ',
        position: '',
        hireDate: '',
        birthDate: '',
      },
      [],
      CHECK_MESSAGES.en.person,
    );
    expect('errors' in read && read.errors).toMatchObject({
      fullName: 'Enter the full name.',
      team: "Enter this person's team (e.g. Tổ 1, Tổ Văn phòng).",
      roleId: 'Choose a role.',
    });
  });

  test('a criterion with a maximum that is not a number names the field in English', () => {
    const config = sampleDraft(false).config;
    const read = readCriterionForm(
      {
        id: '9.9',
        sectionId: config.sections[0].id,
        label: 'Mới',
        kind: 'points',
        max: 'mười',
        step: '',
        floor: '',
        roles: 'all',
      },
      config,
      null,
      CHECK_MESSAGES.en.criterion,
    );
    expect('problems' in read && read.problems[0]).toMatch(/^Maximum: /);
  });
});
