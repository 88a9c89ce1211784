import type { DistrictGathering, SignedSummary } from '../../../src/domain/phong';
import { levelFromSchoolName, schoolRosterOf } from '../../../src/domain/phong';

const PHONG = {
  name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
  parentBody: 'UBND thị xã Thuận An',
  place: 'Thuận An',
};

function gatheringOf(schools: Partial<SignedSummary['school']>[]): DistrictGathering {
  return {
    schoolYear: '2020-2021',
    schools: schools.map((school, i) => ({
      fileName: `truong-${i + 1}.xlsx`,
      computed: false,
      summary: {
        school: {
          name: `Trường ${i + 1}`,
          parentBody: PHONG.name,
          place: 'Thuận An',
          schoolYear: '2020-2021',
          staffCount: 40,
          teamCount: 5,
          ...school,
        },
      } as SignedSummary,
    })),
    totals: [],
    lists: {},
    issues: [],
  };
}

describe("the Phòng's roster of schools, from what the schools sent", () => {
  it('cấp học from the name the charter gives a school', () => {
    expect(levelFromSchoolName('Trường Tiểu học Bình Hòa 2')).toBe('tieu-hoc');
    expect(levelFromSchoolName('Trường THCS Nguyễn Du')).toBe('thcs');
    expect(levelFromSchoolName('Trường TH Số 1 Thuận An')).toBe('tieu-hoc');
    expect(levelFromSchoolName('Trường Trung học cơ sở Châu Văn Liêm')).toBe('thcs');
    expect(levelFromSchoolName('Trường Mầm non Hoa Sen')).toBe('mam-non');
    expect(levelFromSchoolName('Trường Mẫu giáo Sơn Ca')).toBe('mam-non');
    expect(levelFromSchoolName('Trường Tiểu học và THCS Tân Định')).toBe('lien-cap');
    expect(levelFromSchoolName('Trường Phổ thông Dân tộc nội trú')).toBeUndefined();
  });

  it('mã, cấp học and cụm as the files give them; a file without them gets a mã in list order, its name’s cấp học, no cụm', () => {
    const roster = schoolRosterOf(
      gatheringOf([
        {
          name: 'Trường THCS Nguyễn Du',
          code: 'THCS-01',
          level: 'thcs',
          clusterId: 'C1',
          clusterName: 'Cụm 1',
        },
        { name: 'Trường Tiểu học Bình Hòa 2' },
        { name: 'Trường Phổ thông Dân tộc nội trú', code: 'THCS-01' },
      ]),
      PHONG,
    );
    expect(roster.unitKind).toBe('school');
    expect(roster.info).toMatchObject({
      name: PHONG.name,
      schoolYear: '2020-2021',
      yearStart: '2020-09-01',
      yearEnd: '2021-05-31',
    });
    expect(roster.staff).toEqual([
      {
        id: 'THCS-01',
        fullName: 'Trường THCS Nguyễn Du',
        roleId: 'thcs',
        position: 'Hiệu trưởng',
        teamId: 'C1',
      },
      {
        id: 'T002',
        fullName: 'Trường Tiểu học Bình Hòa 2',
        roleId: 'tieu-hoc',
        position: 'Hiệu trưởng',
        teamId: 'chua-xep-cum',
      },
      // Two files giving one mã: the second is told apart, never merged.
      {
        id: 'THCS-01-2',
        fullName: 'Trường Phổ thông Dân tộc nội trú',
        roleId: 'chua-ro-cap-hoc',
        position: 'Hiệu trưởng',
        teamId: 'chua-xep-cum',
      },
    ]);
    expect(roster.roles.map((r) => r.id)).toEqual(['tieu-hoc', 'thcs', 'chua-ro-cap-hoc']);
    expect(roster.teams).toEqual([
      { id: 'C1', name: 'Cụm 1' },
      { id: 'chua-xep-cum', name: 'Chưa xếp cụm' },
    ]);
  });
});
