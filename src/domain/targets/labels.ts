/** Vietnamese words for the targets area's values, shared by messages and sheets. */
import type { TitleId } from '../titles';
import { TITLES } from '../titles';
import type {
  AchievementLevel,
  DisciplineLevel,
  EligibilityVerdict,
  TargetKind,
  TargetOutcome,
  TitleStage,
} from './types';

export const DISCIPLINE_ORDER: DisciplineLevel[] = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
];

export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  'khien-trach': 'khiển trách',
  'canh-cao': 'cảnh cáo',
  'ha-bac-luong': 'hạ bậc lương',
  'giang-chuc': 'giáng chức',
  'cach-chuc': 'cách chức',
  'buoc-thoi-viec': 'buộc thôi việc',
};

/** True when `level` is `from` or heavier. */
export function disciplineAtLeast(level: DisciplineLevel, from: DisciplineLevel): boolean {
  return DISCIPLINE_ORDER.indexOf(level) >= DISCIPLINE_ORDER.indexOf(from);
}

/** The levels from `from` up, heaviest last: what a "from cảnh cáo up" rule excludes. */
export function disciplineLevelsFrom(from: DisciplineLevel): DisciplineLevel[] {
  return DISCIPLINE_ORDER.slice(DISCIPLINE_ORDER.indexOf(from));
}

export const ACHIEVEMENT_LEVEL_ORDER: AchievementLevel[] = ['co-so', 'huyen', 'tinh', 'toan-quoc'];

export const ACHIEVEMENT_LEVEL_LABELS: Record<AchievementLevel, string> = {
  'co-so': 'cấp cơ sở',
  huyen: 'cấp huyện',
  tinh: 'cấp tỉnh',
  'toan-quoc': 'toàn quốc',
};

export function achievementLevelAtLeast(level: AchievementLevel, atLeast: AchievementLevel): boolean {
  return ACHIEVEMENT_LEVEL_ORDER.indexOf(level) >= ACHIEVEMENT_LEVEL_ORDER.indexOf(atLeast);
}

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  union: 'Công đoàn',
  organisationRating: 'Xếp loại tổ chức',
  initiativeCount: 'Sáng kiến',
};

export const STAGE_LABELS: Record<TitleStage, string> = {
  'not-registered': 'Chưa đăng ký',
  registered: 'Đã đăng ký',
  eligible: 'Đủ điều kiện',
  proposed: 'Đã đề nghị',
  voted: 'Đạt bình xét',
  approved: 'Được công nhận',
};

export const VERDICT_LABELS: Record<EligibilityVerdict, string> = {
  eligible: 'Đủ điều kiện',
  'not-eligible': 'Không đủ',
  unknown: 'Chưa đủ dữ liệu',
};

export const OUTCOME_LABELS: Record<TargetOutcome, string> = {
  met: 'Đạt',
  over: 'Vượt',
  short: 'Thiếu',
  unreachable: 'Không thể đạt',
};

export function titleLabel(titleId: TitleId): string {
  return TITLES[titleId].label;
}
