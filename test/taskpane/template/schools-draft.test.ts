import { SCHOOL_LEVELS } from '../../../src/domain/school/units';
import { CHECK_MESSAGES } from '../../../src/taskpane/panels/template/check-messages';
import {
  draftRoster,
  emptyDraft,
  sampleDraft,
  importStaff,
  savePerson,
  type TemplateDraft,
} from '../../../src/taskpane/panels/template/draft';
import { checkDraft } from '../../../src/taskpane/panels/template/draft-checks';
import { draftFromCase } from '../../../src/taskpane/panels/template/draft-from-case';
import {
  clashingSchoolCodes,
  levelFromText,
  readSchoolForm,
  readSchoolsPaste,
  schoolFormText,
} from '../../../src/taskpane/panels/template/schools/school-units';

const LEVELS = ['MN', 'TH', 'THCS'];

/** 30 schools as a Phòng copies them from its own sheet: heading row, then one school a row. */
function thirtySchools(): string {
  const rows = ['Mã trường\tTên trường\tCấp học\tCụm\tHiệu trưởng'];
  for (let i = 1; i <= 30; i++) {
    const level = LEVELS[i % 3];
    rows.push(
      `TR${String(i).padStart(2, '0')}\tTrường ${level} số ${i}\t${level}\tCụm ${(i % 5) + 1}\tHiệu trưởng ${i}`,
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

function phongWithSchools(text: string): TemplateDraft {
  const draft = emptyDraft('school');
  const paste = readSchoolsPaste(text, draft, 'replace');
  return importStaff(draft, paste.schools, paste.teams, 'replace');
}

describe('a Phòng lists its schools', () => {
  test('30 schools pasted from Excel: 3 cấp học, 5 cụm, no gender asked', () => {
    const draft = emptyDraft('school');
    const paste = readSchoolsPaste(thirtySchools(), draft, 'replace');
    expect(paste.issues).toEqual([]);
    expect(paste.headerRows).toBe(1);
    expect(paste.schools).toHaveLength(30);
    const roster = draftRoster(importStaff(draft, paste.schools, paste.teams, 'replace'));
    expect(roster.unitKind).toBe('school');
    expect(roster.roles.map((level) => level.id)).toEqual(['mam-non', 'tieu-hoc', 'thcs']);
    expect(roster.teams.map((cluster) => cluster.name).sort()).toEqual([
      'Cụm 1',
      'Cụm 2',
      'Cụm 3',
      'Cụm 4',
      'Cụm 5',
    ]);
    expect(roster.teams.every((cluster) => /^cum-\d+$/.test(cluster.id))).toBe(true);
    const first = roster.staff.find((school) => school.id === 'TR01');
    expect(first).toEqual({
      id: 'TR01',
      fullName: 'Trường TH số 1',
      roleId: 'tieu-hoc',
      teamId: roster.teams.find((cluster) => cluster.name === 'Cụm 2')?.id,
      position: 'Hiệu trưởng 1',
    });
    for (const school of roster.staff) {
      expect(school).not.toHaveProperty('gender');
      expect(school).not.toHaveProperty('birthDate');
      expect(school).not.toHaveProperty('hireDate');
    }
  });

  test('a Phòng whose schools are all Tiểu học ranks one cấp học: the roster keeps only the cấp học used', () => {
    const draft = phongWithSchools('A1\tTrường TH A\tTiểu học\tCụm 1\nA2\tTrường TH B\ttieu hoc\tCụm 1\n');
    expect(draftRoster(draft).roles).toEqual([{ id: 'tieu-hoc', label: 'Tiểu học' }]);
    expect(draft.roles).toHaveLength(SCHOOL_LEVELS.length);
  });

  test('a school staff roster is unchanged: no unit kind, every role kept', () => {
    const roster = draftRoster(emptyDraft());
    expect(roster).not.toHaveProperty('unitKind');
    expect(roster.roles.length).toBeGreaterThan(1);
  });

  test('cấp học are read by name, without accents, or by abbreviation; Liên cấp too', () => {
    expect(levelFromText('Trung học cơ sở', SCHOOL_LEVELS)?.id).toBe('thcs');
    expect(levelFromText('thcs', SCHOOL_LEVELS)?.id).toBe('thcs');
    expect(levelFromText('MẦM NON', SCHOOL_LEVELS)?.id).toBe('mam-non');
    expect(levelFromText('MN', SCHOOL_LEVELS)?.id).toBe('mam-non');
    expect(levelFromText('Liên cấp', SCHOOL_LEVELS)?.id).toBe('lien-cap');
    expect(levelFromText('THPT', SCHOOL_LEVELS)).toBeUndefined();
    expect(levelFromText('', SCHOOL_LEVELS)).toBeUndefined();
  });

  test('rows without cấp học, with an unknown one, without cụm or with a repeated mã are named by row; the rest are read', () => {
    const text = [
      'Mã trường\tTên trường\tCấp học\tCụm',
      'T1\tTrường MN Hoa Sen\tMN\tCụm 1',
      'T2\tTrường THPT Lê Lợi\tTHPT\tCụm 1',
      'T3\tTrường TH An Bình\t\tCụm 2',
      'T4\tTrường THCS Bình Minh\tTHCS\t',
      'T1\tTrường TH Phú Hòa\tTH\tCụm 2',
      '\t\t\t',
      'T6\t\tTH\tCụm 2',
      'T 7\tTrường TH Tân Đông\tTH\tCụm 3',
      'T8\tTrường TH Tân Tây\tTH\tCụm 3',
    ].join('\n');
    const paste = readSchoolsPaste(text, emptyDraft('school'), 'replace');
    expect(paste.schools.map((school) => school.id)).toEqual(['T1', 'T8']);
    expect(paste.issues.map((issue) => issue.message)).toEqual([
      'Dòng 3 (Trường THPT Lê Lợi): cấp học "THPT" không có. Hãy ghi một trong: Mầm non, Tiểu học, Trung học cơ sở, Liên cấp.',
      'Dòng 4 (Trường TH An Bình): chưa có cấp học. Hãy ghi một trong: Mầm non, Tiểu học, Trung học cơ sở, Liên cấp.',
      'Dòng 5 (Trường THCS Bình Minh): chưa có cụm thi đua. Hãy ghi cụm của trường (ví dụ Cụm 1).',
      'Dòng 6 (Trường TH Phú Hòa): mã trường "T1" trùng với dòng 2 (Trường MN Hoa Sen). Hãy đặt cho mỗi trường một mã riêng.',
      'Dòng 8: chưa có tên trường. Dòng này không được thêm.',
      expect.stringContaining('Dòng 9 (Trường TH Tân Đông): mã trường "T 7" không dùng được'),
    ]);
    expect(paste.issues.every((issue) => issue.severity === 'error')).toBe(true);
  });

  test('without a heading row the columns are Mã, Tên, Cấp học, Cụm, Hiệu trưởng; blank codes get a free TR- code', () => {
    const text = '\tTrường TH A\tTH\tCụm 1\tNguyễn Văn An\nTR-001\tTrường TH B\tTH\tCụm 1\t\n';
    const paste = readSchoolsPaste(text, emptyDraft('school'), 'replace');
    expect(paste.headerRows).toBe(0);
    expect(paste.issues).toEqual([]);
    expect(paste.schools.map((school) => [school.id, school.fullName, school.position])).toEqual([
      ['TR-002', 'Trường TH A', 'Nguyễn Văn An'],
      ['TR-001', 'Trường TH B', ''],
    ]);
  });

  test('headings in another order, with a TT column, place the columns by their names', () => {
    const text =
      'TT\tTên trường\tMã trường\tCụm thi đua\tCấp học\n1\tTrường MN Sơn Ca\tMN01\tCụm Bắc\tMầm non\n';
    const paste = readSchoolsPaste(text, emptyDraft('school'), 'replace');
    expect(paste.issues).toEqual([]);
    expect(paste.schools).toEqual([
      { id: 'MN01', fullName: 'Trường MN Sơn Ca', roleId: 'mam-non', teamId: 'cum-1', position: '' },
    ]);
  });

  test('a single pasted column is not a list of schools', () => {
    const paste = readSchoolsPaste('Trường TH A\nTrường TH B\n', emptyDraft('school'), 'replace');
    expect(paste.schools).toEqual([]);
    expect(paste.issues.map((issue) => issue.message)).toEqual([CHECK_MESSAGES.vi.phong.paste.oneColumn]);
  });

  test('appending keeps the cụm already named and refuses a mã the list holds', () => {
    const draft = phongWithSchools('A1\tTrường TH A\tTH\tCụm 1\n');
    const paste = readSchoolsPaste('A1\tTrường TH B\tTH\tcụm 1\n\tTrường TH C\tTH\tCụm 2\n', draft, 'append');
    expect(paste.teams.map((cluster) => [cluster.id, cluster.name])).toEqual([
      ['cum-1', 'Cụm 1'],
      ['cum-2', 'Cụm 2'],
    ]);
    expect(paste.schools[0].teamId).toBe('cum-1');
    expect(clashingSchoolCodes(paste, draft)).toEqual(['A1']);
    expect(paste.schools[1].id).toMatch(/^TR-\d{3}$/);
  });

  test('the English pane names the row in English', () => {
    const paste = readSchoolsPaste(
      'A1\tTrường X\tTHPT\tCụm 1\n',
      emptyDraft('school'),
      'replace',
      CHECK_MESSAGES.en.phong.paste,
    );
    expect(paste.issues[0].message).toMatch(/^Row 1 \(Trường X\): there is no school level "THPT"/);
  });
});

describe('one school typed in the form', () => {
  const others = [{ id: 'TH01', fullName: 'Trường TH A', roleId: 'tieu-hoc', teamId: 'cum-1', position: '' }];

  test('a school without name or cụm, or with a mã another school has, is refused in the Phòng’s words', () => {
    const read = readSchoolForm(
      { name: ' ', id: 'th01', levelId: 'tieu-hoc', cluster: '', principal: '' },
      others,
    );
    expect(read).toEqual({
      errors: {
        name: 'Hãy nhập tên trường.',
        id: 'Mã trường "th01" đã là mã của Trường TH A. Hãy chọn mã khác hoặc để trống để tự đặt mã.',
        cluster: 'Hãy nhập cụm thi đua của trường này (ví dụ Cụm 1).',
      },
    });
  });

  test('a school saved from the form has no gender, birth date or hiring date, and joins its cụm', () => {
    const read = readSchoolForm(
      {
        ...schoolFormText(undefined, 'Cụm 3', 'thcs'),
        name: 'Trường THCS Lê Lợi',
        principal: 'Trần Thị Bình',
      },
      others,
    );
    if ('errors' in read) throw new Error('refused');
    expect(read.school).toEqual({
      id: 'TR-002',
      fullName: 'Trường THCS Lê Lợi',
      roleId: 'thcs',
      position: 'Trần Thị Bình',
    });
    const draft = savePerson(emptyDraft('school'), null, read.school, read.cluster);
    expect(draft.teams).toEqual([{ id: 'cum-1', name: 'Cụm 3' }]);
    expect(draft.staff[0]).toEqual({ ...read.school, teamId: 'cum-1' });
  });
});

describe('a Phòng’s draft is checked in its own words', () => {
  test('choosing "Các trường" starts from the cấp học as roles and no criteria: the built-in set scores staff', () => {
    const draft = emptyDraft('school');
    expect(draft.unitKind).toBe('school');
    expect(draft.roles).toEqual(SCHOOL_LEVELS);
    expect(draft.config.criteria).toEqual([]);
    expect(draft.config.rounds.length).toBeGreaterThan(0);
  });

  test('an empty Phòng form: no Phòng name, no schools, no criteria, said with Phòng and trường', () => {
    const messages = checkDraft(emptyDraft('school')).errors.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        CHECK_MESSAGES.vi.phong.nameEmpty,
        CHECK_MESSAGES.vi.phong.noSchools,
        CHECK_MESSAGES.vi.phong.noCriteria,
      ]),
    );
    expect(messages.join(' ')).not.toMatch(/cán bộ|tên trường\. Hãy nhập tên trường ở mục "Trường"/);
  });

  test('a Phòng with 6 schools, its name and one 100-point criterion has nothing blocking "Lập bảng"', () => {
    const rows = ['Mã trường\tTên trường\tCấp học\tCụm'];
    for (let i = 1; i <= 6; i++) rows.push(`T${i}\tTrường số ${i}\t${LEVELS[i % 3]}\tCụm ${(i % 2) + 1}`);
    const base = phongWithSchools(rows.join('\n'));
    const draft: TemplateDraft = {
      ...base,
      info: { ...base.info, name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An', schoolYear: '2024-2025' },
      config: {
        ...base.config,
        sections: [{ id: 'I', label: 'I. Công tác quản lý' }],
        criteria: [
          { id: '1.1', sectionId: 'I', label: 'Kế hoạch năm học', kind: 'points', max: 100, roles: 'all' },
        ],
      },
    };
    expect(checkDraft(draft).errors).toEqual([]);
  });

  test('a Phòng’s workbook opens as a Phòng’s form', () => {
    const draft = phongWithSchools('A1\tTrường TH A\tTH\tCụm 1\n');
    const roster = draftRoster(draft);
    const reopened = draftFromCase({ roster, scoring: { config: draft.config, inputs: [] } });
    expect(reopened.unitKind).toBe('school');
    expect(
      draftFromCase({ roster: draftRoster(emptyDraft()), scoring: { config: draft.config, inputs: [] } }),
    ).not.toHaveProperty('unitKind');
  });
});

describe('the sample Phòng in Lập bảng', () => {
  test('30 schools in 3 cấp học and 5 cụm, with scores, ready to build without an error', () => {
    const draft = sampleDraft(true, 'school');
    const roster = draftRoster(draft);
    expect(roster.unitKind).toBe('school');
    expect(roster.staff).toHaveLength(30);
    expect(new Set(roster.staff.map((s) => s.roleId)).size).toBe(3);
    expect(roster.teams).toHaveLength(5);
    expect(roster.staff.every((s) => s.gender === undefined)).toBe(true);
    expect(draft.inputs.length).toBeGreaterThan(0);
    expect(checkDraft(draft).errors).toEqual([]);
  });

  test('without scores it still lists the schools, and the staff sample stays the school’s', () => {
    expect(sampleDraft(false, 'school').inputs).toEqual([]);
    expect(draftRoster(sampleDraft(false)).unitKind).toBeUndefined();
  });
});
