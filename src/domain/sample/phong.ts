/**
 * A sample Phòng GD&ĐT scoring its schools (issue 13): 30 schools of three cấp học in 5 cụm thi đua, the
 * Phòng's own bảng chấm điểm thi đua các trường (points, deductions, a bonus, criteria per cấp học), one
 * round for the school year scored at two levels (the school's own and the Phòng's), and seeded scores.
 * The names are made up; the shape is a district's.
 */
import type { Person, SchoolRoster, Team } from '../school/types';
import { SCHOOL_LEVELS } from '../school/units';
import type { Band, Criterion, CriteriaSection, ScoringConfig } from '../scoring/types';
import type { SampleSchoolCase } from './case';
import { sampleScores } from './scores';
import type { SampleScoreOptions } from './scores';

export const SAMPLE_PHONG_INFO = {
  name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
  schoolYear: '2020-2021',
  parentBody: 'Ủy ban nhân dân thị xã Thuận An',
  place: 'Thuận An',
  yearStart: '2020-09-01',
  yearEnd: '2021-05-28',
  principalName: 'Trần Văn Minh',
} as const;

const CUM: Team[] = [1, 2, 3, 4, 5].map((n) => ({ id: `cum-${n}`, name: `Cụm thi đua số ${n}` }));

/** Mầm non, Tiểu học, Trung học cơ sở. */
const LEVELS = SCHOOL_LEVELS.slice(0, 3);

/** [cấp học, mã prefix, school type as named, how many]. */
const LEVEL_PLAN: [string, string, string, number][] = [
  ['mam-non', 'MN', 'Trường Mầm non', 10],
  ['tieu-hoc', 'TH', 'Trường Tiểu học', 12],
  ['thcs', 'THCS', 'Trường Trung học cơ sở', 8],
];

const PLACES = [
  'An Phú',
  'Bình Chuẩn',
  'Bình Hòa',
  'Bình Nhâm',
  'Hưng Định',
  'Lái Thiêu',
  'Thuận Giao',
  'Vĩnh Phú',
  'An Sơn',
  'Bình Đức',
  'Hòa Lân',
  'Phú Long',
];

const PRINCIPALS = [
  'Nguyễn Thị Lan',
  'Trần Văn Hải',
  'Lê Thị Mai',
  'Phạm Văn Đức',
  'Huỳnh Thị Thu',
  'Võ Văn Tâm',
  'Đặng Thị Hồng',
  'Bùi Văn Phúc',
  'Ngô Thị Hạnh',
  'Đỗ Văn Long',
];

/** The Phòng's 30 schools: mã (MN01, TH01, THCS01…), tên trường, cấp học, cụm, hiệu trưởng. */
export function samplePhongRoster(): SchoolRoster {
  const schools: Person[] = [];
  for (const [roleId, prefix, kind, count] of LEVEL_PLAN) {
    for (let n = 1; n <= count; n++) {
      const place = PLACES[(n - 1) % PLACES.length];
      const suffix = n > PLACES.length ? ` ${Math.ceil(n / PLACES.length)}` : '';
      const index = schools.length;
      schools.push({
        id: `${prefix}${String(n).padStart(2, '0')}`,
        fullName: `${kind} ${place}${suffix}`,
        roleId,
        // Each cụm holds schools of every cấp học, as a ward's schools form one cụm.
        teamId: CUM[index % CUM.length].id,
        position: PRINCIPALS[index % PRINCIPALS.length],
      });
    }
  }
  return {
    unitKind: 'school',
    info: { ...SAMPLE_PHONG_INFO },
    roles: LEVELS.map((level) => ({ ...level })),
    teams: CUM.map((team) => ({ ...team })),
    staff: schools,
  };
}

const SECTIONS: CriteriaSection[] = [
  { id: 'I', label: 'I. Thực hiện nhiệm vụ năm học' },
  { id: 'II', label: 'II. Chất lượng giáo dục' },
  { id: 'III', label: 'III. Xây dựng đội ngũ, cơ sở vật chất' },
  { id: 'IV', label: 'IV. Chấp hành chế độ báo cáo, kỷ cương' },
  { id: 'V', label: 'V. Điểm thưởng' },
];

const CRITERIA: Criterion[] = [
  {
    id: '1.1',
    sectionId: 'I',
    label: 'Triển khai kế hoạch giáo dục nhà trường',
    kind: 'points',
    max: 15,
    roles: 'all',
    floor: 7,
  },
  {
    id: '1.2',
    sectionId: 'I',
    label: 'Thực hiện các cuộc vận động, phong trào thi đua',
    kind: 'points',
    max: 10,
    roles: 'all',
  },
  {
    id: '2.1',
    sectionId: 'II',
    label: 'Chất lượng chăm sóc, nuôi dưỡng trẻ; tỉ lệ trẻ suy dinh dưỡng giảm',
    kind: 'points',
    max: 20,
    roles: ['mam-non'],
  },
  {
    id: '2.2',
    sectionId: 'II',
    label: 'Tỉ lệ học sinh hoàn thành chương trình lớp học',
    kind: 'points',
    max: 20,
    roles: ['tieu-hoc'],
  },
  {
    id: '2.3',
    sectionId: 'II',
    label: 'Tỉ lệ học sinh tốt nghiệp trung học cơ sở, học sinh giỏi các cấp',
    kind: 'points',
    max: 20,
    roles: ['thcs'],
  },
  {
    id: '2.4',
    sectionId: 'II',
    label: 'Phòng, chống bỏ học; phổ cập giáo dục',
    kind: 'points',
    max: 15,
    roles: 'all',
    floor: 7,
  },
  {
    id: '3.1',
    sectionId: 'III',
    label: 'Bồi dưỡng, đánh giá đội ngũ theo chuẩn',
    kind: 'points',
    max: 15,
    roles: 'all',
  },
  {
    id: '3.2',
    sectionId: 'III',
    label: 'Trường đạt chuẩn quốc gia, kiểm định chất lượng',
    kind: 'points',
    max: 10,
    roles: 'all',
  },
  {
    id: '4.1',
    sectionId: 'IV',
    label: 'Báo cáo trễ hạn (trừ 2 điểm mỗi lần)',
    kind: 'deduction',
    max: 10,
    deductionStep: 2,
    roles: 'all',
  },
  {
    id: '4.2',
    sectionId: 'IV',
    label: 'Để xảy ra vụ việc vi phạm bị nhắc nhở (trừ 5 điểm mỗi lần)',
    kind: 'deduction',
    max: 5,
    deductionStep: 5,
    roles: 'all',
  },
  {
    id: '5.1',
    sectionId: 'V',
    label: 'Đơn vị điển hình, mô hình hay được nhân rộng',
    kind: 'bonus',
    max: 5,
    roles: 'all',
  },
];

/** How the Phòng grades its schools; the colours are Excel's good/neutral/bad styles. */
const BANDS: Band[] = [
  { id: 'XS', label: 'Xuất sắc', min: 90, requiresFloors: true, fill: '#C6EFCE', fontColor: '#006100' },
  { id: 'TOT', label: 'Tốt', min: 80, requiresFloors: false, fill: '#DDEBF7', fontColor: '#1F4E78' },
  { id: 'KHA', label: 'Khá', min: 65, requiresFloors: false, fill: '#FFEB9C', fontColor: '#9C5700' },
  { id: 'TB', label: 'Trung bình', min: 0, requiresFloors: false, fill: '#FFC7CE', fontColor: '#9C0006' },
];

/** The Phòng's bảng chấm điểm thi đua các trường: a fresh copy every call. */
export function samplePhongConfig(): ScoringConfig {
  return {
    totalPoints: 100,
    sections: SECTIONS.map((section) => ({ ...section })),
    criteria: CRITERIA.map((criterion) => ({
      ...criterion,
      roles: criterion.roles === 'all' ? 'all' : [...criterion.roles],
    })),
    // One round for the whole year, named without its year so that next year's workbook keeps its name.
    rounds: [{ id: 'nam-hoc', label: 'Cả năm học', start: '2020-09-01', end: '2021-05-28', weight: 1 }],
    bands: BANDS.map((band) => ({ ...band })),
    // Trường tự chấm, then Phòng chấm.
    levels: ['self', 'council'],
  };
}

/** The Phòng's schools, criteria and seeded scores, as `thidua demo --mau-phong` writes them. */
export function samplePhongCase(options: SampleScoreOptions = {}): SampleSchoolCase {
  const roster = samplePhongRoster();
  const config = samplePhongConfig();
  return { roster, config, scores: sampleScores(roster, config, options) };
}
