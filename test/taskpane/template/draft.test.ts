import { sampleSchoolCase } from '../../../src/domain/sample';
import {
  draftCase,
  draftHasData,
  draftRoster,
  emptyDraft,
  ensureTeam,
  importStaff,
  liveInputs,
  nextStaffCode,
  removePerson,
  sampleDraft,
  savePerson,
} from '../../../src/taskpane/panels/template/draft';
import { checkDraft } from '../../../src/taskpane/panels/template/draft-checks';
import type { Person } from '../../../src/domain/school/types';

const person = (fullName: string, id: string): Omit<Person, 'teamId'> => ({
  id,
  fullName,
  gender: 'nữ',
  roleId: 'giao-vien',
  position: 'Giáo viên',
});

describe('the sample school fills the whole draft', () => {
  test('61 staff in 8 tổ, the built-in criteria, two rounds, and its seeded scores', () => {
    const draft = sampleDraft(true);
    const sample = sampleSchoolCase();
    expect(draft.staff).toHaveLength(61);
    expect(draftRoster(draft).teams).toHaveLength(8);
    expect(draft.config.rounds.map((r) => r.label)).toEqual(['Đợt 1', 'Đợt 2']);
    expect(draftCase(draft).scoring.inputs).toEqual(sample.scores);
  });

  test('without scores the case carries none', () => {
    expect(draftCase(sampleDraft(false)).scoring.inputs).toEqual([]);
  });

  test('the sample passes every check: nothing blocks "Lập bảng"', () => {
    expect(checkDraft(sampleDraft(true)).errors).toEqual([]);
  });

  test('an empty draft cannot be built: no school name, nobody to score', () => {
    const codes = checkDraft(emptyDraft()).errors.map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(['template.school-name-empty', 'template.no-staff']));
    expect(draftHasData(emptyDraft())).toBe(false);
    expect(draftHasData(sampleDraft(false))).toBe(true);
  });
});

describe('typing staff one by one', () => {
  test('a tổ typed by name is made once and found again whatever its case or Unicode form', () => {
    let draft = emptyDraft();
    draft = savePerson(draft, null, person('Nguyễn Văn An', 'GV01'), 'Tổ 1');
    draft = savePerson(draft, null, person('Trần Thị Bình', 'GV02'), 'tổ 1'.normalize('NFD'));
    expect(draft.teams).toEqual([{ id: 'to-1', name: 'Tổ 1' }]);
    expect(draft.staff.map((p) => p.teamId)).toEqual(['to-1', 'to-1']);
  });

  test('names are kept in NFC without stray spaces', () => {
    const draft = savePerson(emptyDraft(), null, person('  Lê   Thị Hà'.normalize('NFD'), 'GV01'), 'Tổ 2');
    expect(draft.staff[0].fullName).toBe('Lê Thị Hà');
    expect(draft.staff[0].fullName).toBe('Lê Thị Hà'.normalize('NFC'));
  });

  test('a new tổ id never repeats one already used', () => {
    const { teams, teamId } = ensureTeam(
      [
        { id: 'to-2', name: 'Tổ 2' },
        { id: 'to-1', name: 'Tổ 1' },
      ],
      'Tổ Văn phòng',
    );
    expect(teamId).toBe('to-3');
    expect(teams).toHaveLength(3);
  });

  test('correcting a code carries that person’s scores along; removing a person removes them', () => {
    const sample = sampleDraft(true);
    const first = sample.staff[0];
    const own = sample.inputs.filter((input) => input.personId === first.id).length;
    expect(own).toBeGreaterThan(0);
    const renamed = savePerson(sample, 0, { ...first, id: 'BH2-MOI' }, 'Tổ 1');
    expect(renamed.inputs.filter((input) => input.personId === 'BH2-MOI')).toHaveLength(own);
    const removed = removePerson(renamed, 0);
    expect(removed.staff).toHaveLength(60);
    expect(removed.inputs.some((input) => input.personId === 'BH2-MOI')).toBe(false);
  });

  test('a tổ left without members is not written to the workbook', () => {
    let draft = savePerson(emptyDraft(), null, person('Nguyễn Văn An', 'GV01'), 'Tổ 1');
    draft = savePerson(draft, 0, person('Nguyễn Văn An', 'GV01'), 'Tổ 2');
    expect(draft.teams.map((t) => t.name)).toEqual(['Tổ 1', 'Tổ 2']);
    expect(draftRoster(draft).teams.map((t) => t.name)).toEqual(['Tổ 2']);
  });

  test('generated codes skip those in use: CB-001 taken → CB-002', () => {
    const staff = [{ ...person('A', 'CB-001'), teamId: 't' }];
    expect(nextStaffCode(staff)).toBe('CB-002');
  });
});

describe('an imported staff list', () => {
  test('replacing drops the sample scores; appending keeps them', () => {
    const draft = sampleDraft(true);
    const newcomer: Person = { ...person('Phan Thị Mai', 'X1'), teamId: 'to-1' };
    expect(importStaff(draft, [newcomer], draft.teams, 'replace').inputs).toEqual([]);
    const appended = importStaff(draft, [newcomer], draft.teams, 'append');
    expect(appended.staff).toHaveLength(62);
    expect(appended.inputs).toHaveLength(draft.inputs.length);
  });
});

describe('scores that no longer fit the draft are not written', () => {
  test('removing criterion 2.1 and Đợt 2 leaves only the other scores', () => {
    const draft = sampleDraft(true);
    const edited = {
      ...draft,
      config: {
        ...draft.config,
        criteria: draft.config.criteria.filter((c) => c.id !== '2.1'),
        rounds: draft.config.rounds.filter((r) => r.id !== 'dot-2'),
      },
    };
    const live = liveInputs(edited);
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((input) => input.criterionId !== '2.1' && input.roundId === 'dot-1')).toBe(true);
    expect(checkDraft(edited).errors).toEqual([]);
  });

  test('switching off the council level drops the council scores', () => {
    const draft = sampleDraft(true);
    const edited = {
      ...draft,
      config: { ...draft.config, levels: draft.config.levels.filter((l) => l !== 'council') },
    };
    expect(liveInputs(edited).some((input) => input.level === 'council')).toBe(false);
  });
});
