/** Words on the "Đăng ký" sheet that builders write and readers look for. */
import type { AchievementLevel } from '../../domain/targets';
import { ACHIEVEMENT_LEVEL_LABELS } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { TITLES } from '../../domain/titles';

export const UNIT_BLOCK_TITLE = 'ĐĂNG KÝ VÀ KẾT QUẢ CỦA TẬP THỂ';
export const SCHOOL_ROW_LABEL = 'Toàn trường';

/** Column headers of the person block that readers look for. */
export const PERSON_HEADERS = {
  stt: 'STT',
  id: 'Mã',
  name: 'Họ và tên',
  team: 'Tổ',
  rating: 'Xếp loại',
  band: 'Khung điểm',
  score: 'Điểm năm',
  hireDate: 'Ngày tuyển dụng',
  maternity: 'Nghỉ thai sản (tháng)',
  discipline: 'Kỷ luật',
  disciplineDate: 'Ngày kỷ luật',
  initiatives: 'Sáng kiến (số)',
  initiativeLevel: 'Cấp sáng kiến cao nhất',
  research: 'Đề tài NCKH (số)',
  researchLevel: 'Cấp đề tài cao nhất',
  cstdcsYears: 'CSTĐCS các năm trước',
  disciplineTermEnd: 'Hết hạn kỷ luật',
  disciplineReview: 'Đang xem xét kỷ luật',
} as const;

/** Typed in "Đang xem xét kỷ luật" while a case is open. */
export const UNDER_REVIEW_MARK = 'Có';

export const UNIT_HEADERS = {
  stt: 'STT',
  id: 'Mã tổ',
  name: 'Tên tổ',
  members: 'Số thành viên',
  rating: 'Xếp loại tập thể',
  ldttCount: 'Số LĐTT (đạt)',
  ldttShare: 'Tỉ lệ LĐTT',
  cstdcsCount: 'Số CSTĐCS (đạt)',
  disciplined: 'Số bị kỷ luật từ cảnh cáo',
} as const;

export const registeredHeader = (t: TitleId) => `ĐK ${TITLES[t].shortLabel}`;
export const resultHeader = (t: TitleId) => `KQ ${TITLES[t].shortLabel}`;
export const eligibleHeader = (t: TitleId) => `Đủ ĐK ${TITLES[t].shortLabel}`;

/** Levels as typed in the sheet: "cơ sở", "huyện", "tỉnh", "toàn quốc". */
export const LEVEL_WORD: Record<AchievementLevel, string> = Object.fromEntries(
  Object.entries(ACHIEVEMENT_LEVEL_LABELS).map(([k, l]) => [k, l.replace(/^cấp /, '')]),
) as Record<AchievementLevel, string>;
export const LEVEL_WORDS = Object.values(LEVEL_WORD);
