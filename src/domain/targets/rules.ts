/**
 * Every legal (or school) rule the targets area applies, as data (DOMAIN.md §6, §7): what it says, where it
 * comes from, whom it binds, when it is in force and whether the project checked it against the text. The
 * profiles cite these by id, flags quote them, and docs/rules.md is generated from this table, so a
 * corrected citation changes every message and the document at once.
 */
import { formatVietnameseDate } from '../text';

/**
 * checked: read in the legal text itself; unverified: read from a summary or not found, the school confirms;
 * school: not the law's, the school's own Quy chế (it may keep or drop it); cluster: the cụm thi đua's own
 * plan, agreed by its schools.
 */
export type RuleStatus = 'checked' | 'unverified' | 'school' | 'cluster';

export interface RuleInfo {
  /** What the rule says, in Vietnamese. */
  says: string;
  /** Citation: document, article, clause. */
  source: string;
  /** Which council or body the rule binds, in Vietnamese. */
  scope: string;
  /** ISO first day in force; undefined when the project does not know it. */
  from?: string;
  /** ISO last day in force; undefined while no end is known. */
  to?: string;
  status: RuleStatus;
}

const LUAT_2022_FROM = '2024-01-01';
const LUAT_2003_TO = '2023-12-31';
const ND_91_FROM = '2017-10-01';
const ND_152_FROM = '2025-07-01';
/** NĐ 152/2025/NĐ-CP Điều 60 khoản 1: hết hiệu lực từ 01/03/2027. */
const ND_152_TO = '2027-02-28';
const SCHOOL_SCOPE = 'Hội đồng Thi đua – Khen thưởng của trường';
const ALL_STAFF = 'Cán bộ, công chức, viên chức và người lao động của trường';

const RULE_TABLE = {
  ldtt2022: {
    says: 'Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên và tích cực tham gia phong trào thi đua.',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 24 khoản 1',
    scope: ALL_STAFF,
    from: LUAT_2022_FROM,
    status: 'checked',
  },
  ldttTenure2022: {
    says: 'Không xét Lao động tiên tiến cho người tuyển dụng dưới 6 tháng. TT 15/2025/TT-BNV có thể thay thế từ 05/08/2025 (chưa kiểm chứng).',
    source: 'TT 01/2024/TT-BNV',
    scope: ALL_STAFF,
    status: 'unverified',
  },
  maternity: {
    says: 'Thời gian nghỉ thai sản được tính để xét danh hiệu thi đua.',
    source: 'NĐ 152/2025/NĐ-CP Điều 4 khoản 5',
    scope: ALL_STAFF,
    from: ND_152_FROM,
    to: ND_152_TO,
    status: 'checked',
  },
  discipline2022: {
    says: 'Không khen thưởng khi đang xem xét kỷ luật; sau kỷ luật, thành tích chỉ được tính từ khi hết thời hạn kỷ luật (năm học chưa trọn sau thời hạn thì không xét danh hiệu năm).',
    source: 'NĐ 152/2025/NĐ-CP Điều 4 khoản 4',
    scope: ALL_STAFF,
    from: ND_152_FROM,
    to: ND_152_TO,
    status: 'checked',
  },
  cstdcs2022: {
    says: 'Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và một trong: hoàn thành xuất sắc nhiệm vụ, sáng kiến được công nhận, đề tài nghiên cứu được nghiệm thu. Dự thảo sửa đổi 12/2025 có thể đòi cả HTXSNV và sáng kiến (chưa kiểm chứng).',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 23',
    scope: ALL_STAFF,
    from: LUAT_2022_FROM,
    status: 'checked',
  },
  cstdTinh2022: {
    says: 'Chiến sĩ thi đua cấp tỉnh: ba lần liên tục đạt Chiến sĩ thi đua cơ sở và có sáng kiến hoặc đề tài có hiệu quả, phạm vi ảnh hưởng cấp tỉnh.',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 22',
    scope: ALL_STAFF,
    from: LUAT_2022_FROM,
    status: 'checked',
  },
  ttldxs2022: {
    says: 'Tập thể lao động xuất sắc: hoàn thành xuất sắc nhiệm vụ, 100% thành viên hoàn thành nhiệm vụ, từ 70% thành viên đạt Lao động tiên tiến trở lên, có cá nhân đạt Chiến sĩ thi đua cơ sở. Không có điều kiện về kỷ luật.',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 27',
    scope: 'Tổ và trường',
    from: LUAT_2022_FROM,
    status: 'checked',
  },
  ttldtt2022: {
    says: 'Tập thể lao động tiên tiến: hoàn thành tốt nhiệm vụ, từ 70% thành viên đạt Lao động tiên tiến, không có thành viên bị kỷ luật từ cảnh cáo trở lên.',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 28',
    scope: 'Tổ và trường',
    from: LUAT_2022_FROM,
    status: 'unverified',
  },
  registration2022: {
    says: 'Phải đăng ký thi đua mới được xét danh hiệu. Luật 2022 (Điều 7) đã bỏ điều kiện này; đây là quy định riêng của trường (kế hoạch thi đua, ví dụ seed 000).',
    source: 'Quy chế của trường',
    scope: SCHOOL_SCOPE,
    status: 'school',
  },
  womenFirst2025: {
    says: 'Khi nhiều cá nhân, tập thể cùng đủ điều kiện: ưu tiên cá nhân nữ, tập thể có từ 70% nữ trở lên.',
    source: 'NĐ 152/2025/NĐ-CP Điều 4 khoản 6',
    scope: 'Mọi cấp xét khen thưởng',
    from: ND_152_FROM,
    to: ND_152_TO,
    status: 'checked',
  },
  womenFirst2017: {
    says: 'Khi nhiều cá nhân, tập thể cùng đủ điều kiện: ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ cao (điều khoản chưa đối chiếu).',
    source: 'NĐ 91/2017/NĐ-CP (nguyên tắc khen thưởng)',
    scope: 'Mọi cấp xét khen thưởng',
    from: ND_91_FROM,
    to: LUAT_2003_TO,
    status: 'unverified',
  },
  womenFirstSchool: {
    says: 'Khi bằng điểm: ưu tiên cá nhân nữ, tập thể có từ 70% nữ trở lên (theo quy chế của trường).',
    source: 'Quy chế của trường',
    scope: SCHOOL_SCOPE,
    status: 'school',
  },
  htxsnvCap: {
    says: 'Số xếp loại Hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt trở lên, tính theo nhóm vị trí việc làm tương đồng. Quy định cho công chức; giáo viên là viên chức, QĐ 366-QĐ/TW không thấy nêu: trường tự chọn áp dụng.',
    source: 'NĐ 335/2025/NĐ-CP',
    scope: 'Công chức, theo nhóm vị trí việc làm tương đồng (không phải viên chức của trường)',
    status: 'unverified',
  },
  ldtt2003: {
    says: 'Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên và tích cực tham gia phong trào thi đua.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 24',
    scope: ALL_STAFF,
    to: LUAT_2003_TO,
    status: 'checked',
  },
  ldttMonths2003: {
    says: 'Lao động tiên tiến cần đủ 10 tháng công tác trong năm.',
    source: 'NĐ 91/2017/NĐ-CP Điều 10',
    scope: ALL_STAFF,
    from: ND_91_FROM,
    to: LUAT_2003_TO,
    status: 'checked',
  },
  ldttDiscipline2003: {
    says: 'Không xét Lao động tiên tiến cho người bị kỷ luật từ khiển trách trở lên trong năm.',
    source: 'NĐ 91/2017/NĐ-CP Điều 10',
    scope: ALL_STAFF,
    from: ND_91_FROM,
    to: LUAT_2003_TO,
    status: 'checked',
  },
  cstdcs2003: {
    says: 'Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và có sáng kiến (hoặc đề tài) được công nhận; HTXSNV một mình không đủ.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 23',
    scope: ALL_STAFF,
    to: LUAT_2003_TO,
    status: 'checked',
  },
  cstdTinh2003: {
    says: 'Chiến sĩ thi đua cấp tỉnh: ba lần liên tục đạt Chiến sĩ thi đua cơ sở và có sáng kiến, đề tài ảnh hưởng cấp tỉnh.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 22',
    scope: ALL_STAFF,
    to: LUAT_2003_TO,
    status: 'checked',
  },
  ttldxs2003: {
    says: 'Tập thể lao động xuất sắc: hoàn thành xuất sắc nhiệm vụ, 100% hoàn thành nhiệm vụ, từ 70% đạt Lao động tiên tiến, có Chiến sĩ thi đua cơ sở, không có thành viên bị kỷ luật từ cảnh cáo trở lên.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 27',
    scope: 'Tổ và trường',
    to: LUAT_2003_TO,
    status: 'checked',
  },
  ttldtt2003: {
    says: 'Tập thể lao động tiên tiến: hoàn thành tốt nhiệm vụ, trên 50% thành viên đạt Lao động tiên tiến, không có thành viên bị kỷ luật từ cảnh cáo trở lên.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 28',
    scope: 'Tổ và trường',
    to: LUAT_2003_TO,
    status: 'checked',
  },
  registration2003: {
    says: 'Không xem xét, công nhận danh hiệu thi đua cho cá nhân, tập thể không đăng ký thi đua.',
    source: 'Luật Thi đua, khen thưởng 2003 Điều 7',
    scope: ALL_STAFF,
    to: LUAT_2003_TO,
    status: 'unverified',
  },
  oneAwardPerAchievement: {
    says: 'Không tặng nhiều hình thức khen thưởng cho cùng một thành tích.',
    source: 'Kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, mục II.4',
    scope: SCHOOL_SCOPE,
    status: 'school',
  },
  cstdcsCap2017: {
    says: 'Số Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến của đơn vị.',
    source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3',
    scope: 'Đơn vị xét tặng (trường)',
    from: ND_91_FROM,
    to: LUAT_2003_TO,
    status: 'checked',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULE_TABLE;

export const RULES: Readonly<Record<RuleId, RuleInfo>> = RULE_TABLE;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const RULE_STATUS_TEXT: Record<RuleStatus, string> = {
  checked: 'đã kiểm chứng',
  unverified: 'chưa kiểm chứng',
  school: 'quy định của trường',
  cluster: 'quy định của cụm thi đua',
};

/** "NĐ 91/2017/NĐ-CP Điều 10 (đã kiểm chứng)": what a flag shows as its source. */
export function citation(source: string, status: RuleStatus): string {
  return `${source} (${RULE_STATUS_TEXT[status]})`;
}

export function citeRule(id: RuleId): string {
  const rule = RULES[id];
  return citation(rule.source, rule.status);
}

/** "01/01/2024 – nay", "01/07/2025 – 28/02/2027", "chưa rõ – 31/12/2023". */
export function effectiveText(rule: Pick<RuleInfo, 'from' | 'to'>): string {
  const from = rule.from ? formatVietnameseDate(rule.from) : 'chưa rõ';
  const to = rule.to ? formatVietnameseDate(rule.to) : 'nay';
  return `${from} – ${to}`;
}

/** True when the rule is in force on some day of [start, end] (ISO dates; unknown bounds count as open). */
export function inForceDuring(rule: Pick<RuleInfo, 'from' | 'to'>, start: string, end: string): boolean {
  return (rule.from === undefined || rule.from <= end) && (rule.to === undefined || rule.to >= start);
}

/** True when the rule is in force on every day of [start, end]. */
export function inForceThroughout(rule: Pick<RuleInfo, 'from' | 'to'>, start: string, end: string): boolean {
  return (rule.from === undefined || rule.from <= start) && (rule.to === undefined || rule.to >= end);
}
