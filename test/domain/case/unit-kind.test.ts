/** A case file says who it lists: a school's staff (gender needed) or a Phòng's schools (no gender). */
import { caseFromFile, caseToFile } from '../../../src/domain/case';
import { samplePhongCase } from '../../../src/domain/sample';
import { SCHOOL_LEVELS } from '../../../src/domain/school/units';

const phong = samplePhongCase();
const file = caseToFile({ roster: phong.roster, scoring: { config: phong.config, inputs: phong.scores } });

test("a Phòng's file: its schools have no gender, the cấp học are the roles, and it reads back as schools", () => {
  expect(file.unitKind).toBe('school');
  const { schoolCase, issues } = caseFromFile(file);
  expect(issues).toEqual([]);
  expect(schoolCase?.roster).toEqual(phong.roster);
  const { roles: _roles, ...withoutRoles } = file;
  expect(caseFromFile(withoutRoles).schoolCase?.roster.roles).toEqual(SCHOOL_LEVELS);
});

test('a staff file where a person has no gender: an error naming the person and the way out', () => {
  const { unitKind: _kind, ...staffFile } = file;
  const { issues } = caseFromFile({ ...staffFile, staff: staffFile.staff.slice(0, 1) });
  expect(issues).toEqual([
    {
      code: 'case.missing-gender',
      severity: 'error',
      message:
        'Trường Mầm non An Phú (mã MN01) chưa có giới tính ("gender": "nam" hoặc "nữ"), cần cho các danh sách gửi lên. Nếu hồ sơ này là của Phòng chấm điểm các trường, hãy thêm "unitKind": "school".',
    },
  ]);
});

test("a Phòng's file without criteria: the Phòng's sample criteria over its school year, never the teachers' set", () => {
  const { scoring: _scoring, ...noCriteria } = file;
  const year = { ...noCriteria.school, yearStart: '2024-09-05', yearEnd: '2025-05-31' };
  const { schoolCase, issues } = caseFromFile({ ...noCriteria, school: year });
  const criteria = schoolCase?.scoring.config.criteria.map((c) => c.id);
  expect(criteria).toEqual(phong.config.criteria.map((c) => c.id));
  expect(schoolCase?.scoring.config.rounds).toEqual([
    { id: 'nam-hoc', label: 'Cả năm học', start: '2024-09-05', end: '2025-05-31', weight: 1 },
  ]);
  expect(issues.map((i) => [i.code, i.severity])).toEqual([['case.phong-sample-criteria', 'warning']]);
  expect(issues[0].message).toContain('bộ tiêu chí mẫu');
});
