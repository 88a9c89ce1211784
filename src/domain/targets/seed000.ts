/**
 * Seed 000's targets (Trường Tiểu học Bình Hòa 2, năm học 2020-2021, kế hoạch mục 4.3): the sample every
 * test and the template start from. Awarding bodies are copied as the plan writes them; where the plan names
 * none the level is left empty rather than guessed.
 */
import type { TargetProfileEdits } from './profiles';
import type { Target } from './types';

/**
 * Seed 000's own Quy chế on top of the law: its plan requires registration ("đăng ký thi đua"), which the
 * 2022 law no longer does (Điều 7), so under the 2022 profile it is the school's rule.
 */
export const SEED_000_QUY_CHE: TargetProfileEdits = { requireRegistration: true };

export function seed000Targets(): Target[] {
  return [
    {
      id: 'LDTT',
      kind: 'individual',
      titleId: 'LDTT',
      awardLabel: 'Lao động tiên tiến',
      level: '',
      count: 61,
    },
    {
      id: 'CSTDCS',
      kind: 'individual',
      titleId: 'CSTDCS',
      awardLabel: 'Chiến sĩ thi đua cơ sở',
      level: '',
      count: 10,
    },
    {
      id: 'CSTD_TINH',
      kind: 'individual',
      titleId: 'CSTD_TINH',
      awardLabel: 'Chiến sĩ thi đua cấp tỉnh',
      level: 'Cấp tỉnh',
      count: 1,
    },
    {
      id: 'TTLDTT-TO',
      kind: 'collective',
      titleId: 'TTLDTT',
      scope: 'teams',
      awardLabel: '6/8 tổ TTLĐTT',
      level: 'UBND thành phố Thuận An',
      count: 6,
      of: 8,
      note: 'Tập thể tổ Lao động tiên tiến',
    },
    {
      id: 'TTLDXS-TRUONG',
      kind: 'collective',
      titleId: 'TTLDXS',
      scope: 'school',
      awardLabel: 'Tập thể lao động xuất sắc - UBND tỉnh',
      level: 'UBND tỉnh Bình Dương',
      count: 1,
    },
    {
      id: 'VAN-HOA-AN-TOAN',
      kind: 'organisationRating',
      awardLabel: 'Đơn vị văn hóa, cơ quan an toàn',
      level: '',
      count: 1,
    },
    {
      id: 'CD-XUAT-SAC',
      kind: 'organisationRating',
      awardLabel: 'Công đoàn xuất sắc',
      level: 'Liên đoàn Lao động tỉnh khen',
      count: 1,
    },
    { id: 'DOAN-VUNG-MANH', kind: 'organisationRating', awardLabel: 'Đoàn vững mạnh', level: '', count: 1 },
    {
      id: 'LIEN-DOI-XUAT-SAC',
      kind: 'organisationRating',
      awardLabel: 'Liên đội xuất sắc',
      level: '',
      count: 1,
    },
    {
      id: 'CTD-VUNG-MANH',
      kind: 'organisationRating',
      awardLabel: 'Chữ thập đỏ vững mạnh',
      level: '',
      count: 1,
    },
    {
      id: 'LDLD-TINH-KHEN',
      kind: 'union',
      awardLabel: 'Liên đoàn Lao động tỉnh khen',
      level: 'Liên đoàn Lao động tỉnh',
      count: 1,
    },
    {
      id: 'LDLD-THI-KHEN',
      kind: 'union',
      awardLabel: 'Liên đoàn Lao động thị khen',
      level: 'Liên đoàn Lao động thị xã',
      count: 3,
    },
    {
      id: 'CDCS-BIEU-DUONG',
      kind: 'union',
      awardLabel: 'Công đoàn cơ sở biểu dương',
      level: 'Công đoàn cơ sở',
      count: 68,
    },
    { id: 'HAI-GIOI', kind: 'union', awardLabel: 'Hai giỏi', level: 'Công đoàn', count: 54 },
  ];
}
