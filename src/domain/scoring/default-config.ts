/**
 * The built-in bảng lượng hóa: a realistic 100-point set for a primary school, editable on the task pane.
 * Every built-in role's applicable maximum (non-bonus criteria) is exactly 100, so nobody is normalised by
 * default; normalisation only applies when a school edits the set (DOMAIN.md §4).
 *
 *   role            I   II  III  IV  V   VI  VII  = 100, plus VIII bonus (cap 10)
 *   giao-vien       20  70   -   -   -   -   10
 *   gvcn            20  50  20   -   -   -   10
 *   kiem-nhiem      20  50   -  20   -   -   10
 *   nhan-vien       20   -   -   -  70   -   10
 *   can-bo-quan-ly  20   -   -   -   -  70   10
 *
 * Bands follow the 100-point model of QĐ 366-QĐ/TW (2025): ≥ 90 HTXSNV, 70 to < 90 HTTNV, 50 to < 70 HTNV,
 * < 50 KHTNV; HTXSNV also needs every criterion at or above its floor (điểm giới hạn).
 */
import type { Band, CriteriaSection, Criterion, ScoringConfig, ScoringRound } from './types';

const TEACHING_ROLES = ['giao-vien', 'gvcn', 'kiem-nhiem'];

const SECTIONS: CriteriaSection[] = [
  { id: 'I', label: 'I. Phẩm chất chính trị, đạo đức, lối sống' },
  { id: 'II', label: 'II. Thực hiện nhiệm vụ chuyên môn' },
  { id: 'III', label: 'III. Công tác chủ nhiệm' },
  { id: 'IV', label: 'IV. Công tác kiêm nhiệm' },
  { id: 'V', label: 'V. Nhân viên: thực hiện nhiệm vụ được giao' },
  { id: 'VI', label: 'VI. Cán bộ quản lý: công tác quản lý, chỉ đạo' },
  { id: 'VII', label: 'VII. Ngày công, kỷ luật lao động' },
  { id: 'VIII', label: 'VIII. Điểm thưởng' },
];

const CRITERIA: Criterion[] = [
  {
    id: '1.1',
    sectionId: 'I',
    label:
      'Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, quy định của ngành và nhà trường',
    kind: 'points',
    max: 10,
    roles: 'all',
    floor: 5,
  },
  {
    id: '1.2',
    sectionId: 'I',
    label: 'Đạo đức, lối sống, tác phong nhà giáo; đoàn kết, giúp đỡ đồng nghiệp',
    kind: 'points',
    max: 10,
    roles: 'all',
    floor: 5,
  },
  {
    id: '2.1',
    sectionId: 'II',
    label: 'Kế hoạch bài dạy, hồ sơ chuyên môn đầy đủ, đúng quy định',
    kind: 'points',
    max: 10,
    roles: TEACHING_ROLES,
  },
  {
    id: '2.2',
    sectionId: 'II',
    label: 'Thực hiện chương trình, đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin',
    kind: 'points',
    max: 15,
    roles: TEACHING_ROLES,
  },
  {
    id: '2.3',
    sectionId: 'II',
    label: 'Kiểm tra, đánh giá học sinh theo quy định',
    kind: 'points',
    max: 10,
    roles: TEACHING_ROLES,
  },
  {
    id: '2.4',
    sectionId: 'II',
    label: 'Chất lượng giáo dục học sinh (tỉ lệ hoàn thành, học sinh tiến bộ)',
    kind: 'points',
    max: 10,
    roles: TEACHING_ROLES,
  },
  {
    id: '2.5',
    sectionId: 'II',
    label: 'Tự học, bồi dưỡng thường xuyên, sinh hoạt chuyên môn, dự giờ, thao giảng',
    kind: 'points',
    max: 5,
    roles: TEACHING_ROLES,
  },
  {
    id: '2.6',
    sectionId: 'II',
    label: 'Giáo viên bộ môn: phối hợp với giáo viên chủ nhiệm; phụ đạo, bồi dưỡng học sinh',
    kind: 'points',
    max: 20,
    roles: ['giao-vien'],
  },
  {
    id: '3.1',
    sectionId: 'III',
    label: 'Quản lý, giáo dục học sinh lớp chủ nhiệm; nề nếp, phong trào của lớp',
    kind: 'points',
    max: 10,
    roles: ['gvcn'],
  },
  {
    id: '3.2',
    sectionId: 'III',
    label: 'Phối hợp với cha mẹ học sinh; hồ sơ, sổ sách chủ nhiệm',
    kind: 'points',
    max: 10,
    roles: ['gvcn'],
  },
  {
    id: '4.1',
    sectionId: 'IV',
    label: 'Hoàn thành nhiệm vụ kiêm nhiệm được giao (Tổng phụ trách Đội, thư viện, thiết bị, tổ trưởng…)',
    kind: 'points',
    max: 20,
    roles: ['kiem-nhiem'],
  },
  {
    id: '5.1',
    sectionId: 'V',
    label: 'Hoàn thành công việc chuyên môn, nghiệp vụ theo vị trí việc làm',
    kind: 'points',
    max: 30,
    roles: ['nhan-vien'],
  },
  {
    id: '5.2',
    sectionId: 'V',
    label: 'Hồ sơ, sổ sách, báo cáo đầy đủ, đúng hạn',
    kind: 'points',
    max: 20,
    roles: ['nhan-vien'],
  },
  {
    id: '5.3',
    sectionId: 'V',
    label: 'Phục vụ, hỗ trợ giáo viên và học sinh; bảo quản tài sản được giao',
    kind: 'points',
    max: 20,
    roles: ['nhan-vien'],
  },
  {
    id: '6.1',
    sectionId: 'VI',
    label: 'Xây dựng và tổ chức thực hiện kế hoạch năm học',
    kind: 'points',
    max: 25,
    roles: ['can-bo-quan-ly'],
  },
  {
    id: '6.2',
    sectionId: 'VI',
    label: 'Chỉ đạo chuyên môn, kiểm tra nội bộ',
    kind: 'points',
    max: 25,
    roles: ['can-bo-quan-ly'],
  },
  {
    id: '6.3',
    sectionId: 'VI',
    label: 'Quản lý tài chính, tài sản; thực hiện dân chủ cơ sở',
    kind: 'points',
    max: 20,
    roles: ['can-bo-quan-ly'],
  },
  {
    id: '7.1',
    sectionId: 'VII',
    label: 'Nghỉ không phép (trừ 3 điểm mỗi buổi)',
    kind: 'deduction',
    max: 6,
    deductionStep: 3,
    roles: 'all',
  },
  {
    id: '7.2',
    sectionId: 'VII',
    label: 'Đi trễ, về sớm, bỏ họp không lý do (trừ 0,5 điểm mỗi lần)',
    kind: 'deduction',
    max: 4,
    deductionStep: 0.5,
    roles: 'all',
  },
  {
    id: '8.1',
    sectionId: 'VIII',
    label: 'Thành tích, giải thưởng, sáng kiến được công nhận trong năm (tối đa 10 điểm)',
    kind: 'bonus',
    max: 10,
    roles: 'all',
  },
];

/** QĐ 366-QĐ/TW (2025), 100-point model. Colours match Excel's built-in good/neutral/bad styles. */
const BANDS: Band[] = [
  {
    id: 'HTXSNV',
    label: 'Hoàn thành xuất sắc nhiệm vụ',
    min: 90,
    requiresFloors: true,
    fill: '#C6EFCE',
    fontColor: '#006100',
  },
  {
    id: 'HTTNV',
    label: 'Hoàn thành tốt nhiệm vụ',
    min: 70,
    requiresFloors: false,
    fill: '#DDEBF7',
    fontColor: '#1F4E78',
  },
  {
    id: 'HTNV',
    label: 'Hoàn thành nhiệm vụ',
    min: 50,
    requiresFloors: false,
    fill: '#FFEB9C',
    fontColor: '#9C5700',
  },
  {
    id: 'KHTNV',
    label: 'Không hoàn thành nhiệm vụ',
    min: 0,
    requiresFloors: false,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
  },
];

/** Seed 000 (Trường Tiểu học Bình Hòa 2, 2020-2021): two rounds, the second counting twice. */
export function seed000Rounds(): ScoringRound[] {
  return [
    { id: 'dot-1', label: 'Đợt 1', start: '2020-09-01', end: '2021-01-15', weight: 1 },
    { id: 'dot-2', label: 'Đợt 2', start: '2021-01-18', end: '2021-05-28', weight: 2 },
  ];
}

/** A fresh copy every call, so callers may edit it freely. */
export function defaultScoringConfig(rounds: ScoringRound[] = seed000Rounds()): ScoringConfig {
  return {
    totalPoints: 100,
    sections: SECTIONS.map((section) => ({ ...section })),
    criteria: CRITERIA.map((criterion) => ({
      ...criterion,
      roles: criterion.roles === 'all' ? 'all' : [...criterion.roles],
    })),
    rounds: rounds.map((round) =>
      round.months ? { ...round, months: round.months.map((month) => ({ ...month })) } : { ...round },
    ),
    bands: BANDS.map((band) => ({ ...band })),
    levels: ['self', 'team', 'council'],
  };
}
