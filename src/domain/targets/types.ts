/**
 * Chỉ tiêu (targets), đăng ký thi đua (registrations), hồ sơ xét (person records) and the results of
 * evaluating them (DOMAIN.md §2, §6, §7). Plain data: the layout reads these from sheets, the lead fills
 * vote decisions and scoring bands from the votes and scoring areas.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { Gender } from '../school/types';
import type { PerformanceRating, TitleId } from '../titles';

/**
 * individual: a danh hiệu for people (LĐTT, CSTĐCS, CSTĐ tỉnh); collective: a danh hiệu for tổ or for the
 * school (TTLĐTT, TTLĐXS); union: a Công đoàn form ("LĐLĐ tỉnh khen", "Hai giỏi"); organisationRating: a
 * rating of an organisation in the school ("Công đoàn xuất sắc", "Đoàn vững mạnh"); initiativeCount: how
 * many sáng kiến the staff get recognised.
 */
export type TargetKind = 'individual' | 'collective' | 'union' | 'organisationRating' | 'initiativeCount';

/** Whom a collective target counts: the tổ ("6/8 tổ TTLĐTT") or the school itself ("đơn vị đạt TTLĐXS"). */
export type CollectiveScope = 'teams' | 'school';

export interface Target {
  /** Stable id, unique in the workbook, e.g. "LDTT", "TTLDTT-TO", "CD-HAI-GIOI". */
  id: string;
  kind: TargetKind;
  /** For individual and collective targets: the title counted. */
  titleId?: TitleId;
  /** What users read: "Lao động tiên tiến", "Hai giỏi", "Tập thể lao động xuất sắc - UBND tỉnh". */
  awardLabel: string;
  /** Cấp / cơ quan công nhận, e.g. "UBND tỉnh Bình Dương"; empty when the plan does not say. */
  level: string;
  /** The number aimed at (whole, ≥ 0). */
  count: number;
  /** "6 of 8 tổ": the 8. */
  of?: number;
  /** Collective targets only; 'teams' when absent. */
  scope?: CollectiveScope;
  note?: string;
  /** The cell holding `count`, so a flag about this target leads there. */
  location?: CellLocation;
}

/** Who a registration, proposal or decision is about. */
export type SubjectRef = { kind: 'person'; id: string } | { kind: 'team'; id: string } | { kind: 'school' };

/** Đăng ký thi đua: one subject registered for one title. */
export interface Registration {
  subject: SubjectRef;
  titleId: TitleId;
  location?: CellLocation;
}

/** Hình thức kỷ luật, mildest first (công chức and viên chức share this order). */
export type DisciplineLevel =
  'khien-trach' | 'canh-cao' | 'ha-bac-luong' | 'giang-chuc' | 'cach-chuc' | 'buoc-thoi-viec';

export interface Discipline {
  level: DisciplineLevel;
  /** ISO date of the decision; only checked for being possible (not after the year's end). */
  date?: string;
  /**
   * ISO last day of the discipline's term (thời hạn kỷ luật). Under NĐ 152/2025 Điều 4 khoản 4 achievements
   * count only from its end; without it the 2022 rules cannot decide and say so.
   */
  termEnd?: string;
}

/** Where a sáng kiến or research project was recognised, lowest first. */
export type AchievementLevel = 'co-so' | 'huyen' | 'tinh' | 'toan-quoc';

/** Recognised sáng kiến or accepted research projects: how many, and the highest level among them. */
export interface AchievementTally {
  count: number;
  highestLevel?: AchievementLevel;
}

/** Hồ sơ xét: what eligibility needs to know about a person this year. */
export interface PersonRecord {
  personId: string;
  /** Xếp loại this year; when absent, `band` is used if it is a rating id. */
  rating?: PerformanceRating;
  /** Band id from the scoring sheet (e.g. "HTTNV"), optional. */
  band?: string;
  /** Year total from the scoring sheet, optional: orders a shortlist when a cap cuts through it. */
  score?: number;
  /** Ngày tuyển dụng, ISO; when absent the person is taken to have served long enough. */
  hireDate?: string;
  /** Months on maternity leave this year: counted as time worked (NĐ 152/2025/NĐ-CP Điều 4). */
  maternityLeaveMonths?: number;
  discipline?: Discipline;
  /** A discipline case is being considered (đang xem xét kỷ luật): nobody is commended meanwhile. */
  disciplineUnderConsideration?: boolean;
  initiatives?: AchievementTally;
  research?: AchievementTally;
  /** School years (by their first calendar year: 2019 means 2019-2020) in which the person was CSTĐCS. */
  cstdcsYears?: number[];
  location?: CellLocation;
}

/** Xếp loại of a tổ or of the school as a unit, when the school records one. */
export interface UnitRecord {
  subject: SubjectRef;
  rating?: PerformanceRating;
  location?: CellLocation;
}

/** A proposal (đề nghị) of a subject for a title, or for a non-title form through its target id. */
export interface Proposal {
  subject: SubjectRef;
  titleId?: TitleId;
  /** For union / organisation forms that are not danh hiệu: the target id of the form. */
  targetId?: string;
  /** The thành tích the proposal rests on; two forms for one achievement are flagged. */
  achievementId?: string;
  location?: CellLocation;
}

/** The votes area's outcome for a candidate and title. */
export type VoteDecision = 'passed' | 'failed' | 'none';
/** The awarding body's decision (quyết định công nhận). */
export type ApprovalDecision = 'approved' | 'rejected' | 'none';

export interface TitleDecision {
  subject: SubjectRef;
  titleId: TitleId;
  vote?: VoteDecision;
  approval?: ApprovalDecision;
  location?: CellLocation;
}

/** How far a subject got towards a title, in order. */
export type TitleStage = 'not-registered' | 'registered' | 'eligible' | 'proposed' | 'voted' | 'approved';
export const TITLE_STAGES: TitleStage[] = [
  'not-registered',
  'registered',
  'eligible',
  'proposed',
  'voted',
  'approved',
];

/** Stages a result can be counted at: 'approved' after the decisions, 'eligible' to plan ahead. */
export type ResultStage = 'eligible' | 'proposed' | 'voted' | 'approved';

export type EligibilityVerdict = 'eligible' | 'not-eligible' | 'unknown';

/** One condition of a rule, checked for one subject. */
export interface ConditionCheck {
  /** Condition code from the profile, e.g. "rating", "months", "memberShare". */
  code: string;
  outcome: 'pass' | 'fail' | 'unknown';
  /** Vietnamese: what was found and what the rule asks. */
  message: string;
  source: string;
  unverified?: boolean;
  /** The school's own rule (Quy chế của trường), not the law's. */
  schoolRule?: boolean;
}

export interface EligibilityResult {
  verdict: EligibilityVerdict;
  checks: ConditionCheck[];
}

/** Why a subject stops where it stops. */
export interface StageReason {
  message: string;
  source?: string;
}

export interface SubjectTitleStatus {
  subject: SubjectRef;
  titleId: TitleId;
  stage: TitleStage;
  /** True when the subject can no longer get the title this year (ineligible, vote failed, rejected…). */
  out: boolean;
  /** True when the stage is at or beyond the input's result stage: counted as a result. */
  achieved: boolean;
  eligibility: EligibilityResult;
  reasons: StageReason[];
}

export interface PersonTitleStatus extends SubjectTitleStatus {
  subject: { kind: 'person'; id: string };
  personName: string;
}

export interface TeamTitleStatus extends SubjectTitleStatus {
  subject: { kind: 'team'; id: string } | { kind: 'school' };
  teamName: string;
  members: number;
  /** Members with LĐTT / CSTĐCS achieved at the result stage. */
  membersWithLdtt: number;
  membersWithCstdcs: number;
}

export type TargetOutcome = 'met' | 'short' | 'over' | 'unreachable';

export interface StageCounts {
  registered: number;
  eligible: number;
  proposed: number;
  voted: number;
  approved: number;
}

export interface TargetStatus {
  target: Target;
  /** Subjects counted at the result stage, or the entered result for union / organisation targets. */
  result: number;
  /** result − count: negative when short. */
  gap: number;
  /** Registered subjects that can still get the title (null when the kind has no pool). */
  pool: number | null;
  /** Per stage, for title targets. */
  counts?: StageCounts;
  status: TargetOutcome;
}

export interface TargetsEvaluation {
  targets: TargetStatus[];
  people: PersonTitleStatus[];
  teams: TeamTitleStatus[];
  flags: DomainIssue[];
}

export interface ShortlistCandidate {
  id: string;
  name: string;
  /** Absent for a unit that is not a person: it then never counts as a woman. */
  gender?: Gender;
  /** Higher is better. */
  score: number;
}
