/**
 * What the export ("gửi Phòng", DOMAIN.md §8) prints, as plain data. The lead fills these from the scoring,
 * vote and target results; nothing here imports those modules, so the export depends only on this contract.
 * Every decision (passed or not, approved counts) arrives already made: the export prints, it never decides.
 */
import type { DomainIssue } from '../../domain/issues';
import type { SignedSummary } from '../../domain/phong';
import type { SchoolInfo } from '../../domain/school/types';
import type { TitleId } from '../../domain/titles';

/** Titles given to one person (họ và tên) and to a group (a tổ). */
export type IndividualTitleId = 'LDTT' | 'CSTDCS' | 'CSTD_TINH' | 'CSTD_TOAN_QUOC';
export type CollectiveTitleId = 'TTLDTT' | 'TTLDXS' | 'CO_THI_DUA';

/**
 * One printable paper. `proposal:<title>` is the danh sách đề nghị for that title; the pane offers the five
 * of issue 6 (PROPOSAL_TITLES) but any title prints the same way.
 */
export type ExportDocumentId =
  | 'summary'
  | `proposal:${TitleId}`
  | 'meeting-minutes'
  | 'ballot-count'
  /** A Phòng's workbook of schools: báo cáo tổng hợp kết quả chấm điểm thi đua các trường (issue 13). */
  | 'schools-report';

/** Where the papers go. Since 01/7/2025 many titles are decided at the commune (DOMAIN.md §2): a setting. */
export type RecipientKind = 'phong-gddt' | 'ubnd-xa' | 'so-gddt' | 'custom';

export interface Recipient {
  id: RecipientKind;
  /** As printed under "Nơi nhận", e.g. "Phòng Giáo dục và Đào tạo thị xã Thuận An". */
  name: string;
}

export interface Signer {
  /**
   * Chức danh, upper case; a line break separates lines, e.g. "HIỆU TRƯỞNG" or
   * "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG" (ký thay).
   */
  title: string;
  fullName: string;
}

/** Counts of one title, for one tổ or the whole school (Tổng hợp kết quả). */
export interface SummaryCounts {
  registered: number;
  eligible: number;
  approved: number;
  /** Chỉ tiêu; without one the gap stays blank. */
  target?: number;
}

export interface TeamSummaryRow extends SummaryCounts {
  teamName: string;
}

export interface TitleSummary {
  titleId: TitleId;
  /** Per tổ, in the school's tổ order; may be empty (collective titles are often counted school-wide only). */
  byTeam: TeamSummaryRow[];
  school: SummaryCounts;
}

/** Votes behind a proposal: agree of base (the base the school's rule counts on). */
export interface VoteTally {
  agree?: number;
  base?: number;
}

export interface IndividualProposal extends VoteTally {
  /** Family, middle, given, as in the roster. Sorted by given name on print. */
  fullName: string;
  position: string;
  teamName: string;
  /** Danh hiệu thi đua; defaults to the title's label. */
  titleLabel?: string;
  /** Hình thức khen thưởng (Giấy khen…), its own column, never merged into the title. */
  awardForm?: string;
  score?: number;
  note?: string;
  /** Đơn vị: the person's school, on a cụm thi đua's lists. */
  unitName?: string;
}

export interface CollectiveProposal extends VoteTally {
  /** e.g. "Tổ 1", "Tổ Văn phòng". Printed in the order given. */
  name: string;
  leaderName: string;
  memberCount: number;
  titleLabel?: string;
  awardForm?: string;
  score?: number;
  note?: string;
  /** Đơn vị: on a cụm thi đua's lists, the school (itself, when a school stands). */
  unitName?: string;
}

export interface MeetingPerson {
  fullName: string;
  /** e.g. "Hiệu trưởng, Chủ tịch Hội đồng". */
  position?: string;
}

export interface CouncilMember extends MeetingPerson {
  present: boolean;
  /** Printed after an absent member's name, e.g. "nghỉ ốm". */
  absenceReason?: string;
}

export interface MeetingTitleResult {
  titleId: TitleId;
  /** e.g. "Bỏ phiếu kín", "Biểu quyết". */
  voteForm: string;
  proposed: number;
  approved: number;
  /** Kết luận; defaults to "Thống nhất đề nghị <approved> cá nhân / tập thể". */
  decision?: string;
}

/** Biên bản họp xét thi đua. Times are ISO local date-times "2021-05-25T14:00". */
export interface MeetingMinutes {
  startsAt: string;
  endsAt?: string;
  place: string;
  /** Replaces the default subject line under "BIÊN BẢN". */
  subject?: string;
  chair: MeetingPerson;
  secretary: MeetingPerson;
  /** Every council member, present or not (the chair and secretary included). */
  members: CouncilMember[];
  results: MeetingTitleResult[];
  /** Further lines of the minutes' content, printed after the results. */
  notes?: string[];
  /** A cụm thi đua's meeting: its schools, the leading school(s), the lists passed up. */
  cluster?: ClusterMeetingMinutes;
}

/** A school of the cụm at its meeting, with its delegates when recorded. */
export interface ClusterUnitLine {
  name: string;
  delegates?: number;
  present?: number;
}

/** One person or school the cụm passes up, with its đơn vị and its votes. */
export interface ClusterListLine {
  name: string;
  unitName: string;
  agree: number;
  base: number;
}

/** What a cụm thi đua's biên bản prints beyond a school's. */
export interface ClusterMeetingMinutes {
  units: ClusterUnitLine[];
  /** Đơn vị dẫn đầu cụm, already decided by the vote. */
  leading: string[];
  /** The source of "đơn vị dẫn đầu", with its status, printed under it. */
  leadingSource: string;
  /** Per title, in order: who passed. */
  lists: { titleId: TitleId; entries: ClusterListLine[] }[];
}

export interface BallotCommitteeMember {
  fullName: string;
  /** Trưởng ban is printed first and signs on the right. */
  isHead: boolean;
  position?: string;
}

export interface BallotCounts {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
}

export interface BallotCandidate {
  /** A person's full name, or a tổ's name for collective titles. */
  name: string;
  position?: string;
  teamName?: string;
  agree: number;
  /** The decision made by the vote rules; printed as "Đạt" / "Không đạt". */
  passed: boolean;
}

/** One ballot paper: one title, its counts and candidates. */
export interface BallotSession {
  titleId: TitleId;
  ballots: BallotCounts;
  /** Denominator of the percentages. */
  base: number;
  /** What the base counts, e.g. "tổng số thành viên Hội đồng". */
  baseLabel: string;
  candidates: BallotCandidate[];
}

/** Biên bản kiểm phiếu. */
export interface BallotCountMinutes {
  startsAt?: string;
  endsAt?: string;
  place?: string;
  /** e.g. "Bỏ phiếu kín". */
  voteForm: string;
  committee: BallotCommitteeMember[];
  sessions: BallotSession[];
}

export interface ExportInput {
  school: Pick<SchoolInfo, 'name' | 'parentBody' | 'place' | 'schoolYear'>;
  recipient: Recipient;
  signer: Signer;
  /** Ngày ký, ISO "2021-05-28". */
  date: string;
  /** Số văn bản per paper, e.g. { summary: "45/BC-THBH2" }; a paper without one prints no "Số:" line. */
  documentNumbers?: Partial<Record<ExportDocumentId, string>>;
  summary?: TitleSummary[];
  individualProposals?: Partial<Record<IndividualTitleId, IndividualProposal[]>>;
  collectiveProposals?: Partial<Record<CollectiveTitleId, CollectiveProposal[]>>;
  meeting?: MeetingMinutes;
  ballotCount?: BallotCountMinutes;
  /** Vietnamese sentences (votes not complete, open flags); printed first, on a "Lưu ý" sheet. */
  incompleteness: string[];
  /**
   * What a row of the summary and a person's group are called: "Tổ" in a school's papers, "Đơn vị" in the
   * Phòng's, whose rows are schools.
   */
  unitLabel?: string;
  /**
   * The papers are a cụm thi đua's (DOMAIN.md §8b): `school` is then the cụm (its name "Cụm thi đua …"),
   * the biên bản is the cluster meeting's and the lists carry each one's Đơn vị.
   */
  cluster?: boolean;
  /** The machine-readable "Tóm tắt" for the Phòng (DOMAIN.md §8b); written last, after the papers. */
  machineSummary?: SignedSummary;
  /** A Phòng's scoring of its schools, for the 'schools-report' paper. */
  schoolsReport?: SchoolsReport;
}

/** One school on the Phòng's report, as scored; ranks and band arrive decided. */
export interface SchoolsReportRow {
  /** Tên trường. */
  name: string;
  /** The cụm's name. */
  groupName: string;
  /** Year total; absent for a school not scored yet. */
  score?: number;
  /** The band's label ("Xuất sắc"); absent when not scored. */
  bandLabel?: string;
  rankInLevel?: number;
  rankInGroup?: number;
}

/** One cấp học of the report: its schools, in any order (the paper sorts them by rank). */
export interface SchoolsReportSection {
  /** "Mầm non", "Tiểu học"… */
  levelLabel: string;
  rows: SchoolsReportRow[];
}

export interface SchoolsReport {
  /** In the Phòng's order of cấp học. */
  sections: SchoolsReportSection[];
  /** "tạm tính" rounds still to score, or schools not scored: printed under the title when set. */
  note?: string;
}

/** One document as the pane previews it and the workbook holds it. */
export interface ExportPreviewDocument {
  id: ExportDocumentId;
  sheetName: string;
  /** The paper's title in sentence case, e.g. "Danh sách đề nghị danh hiệu Lao động tiên tiến". */
  title: string;
  /**
   * Rows of content: people or tổ on a list, candidates on the ballot count, titles on the summary and the
   * minutes; 0 when the paper prints its "no one" or "no data" sentence instead.
   */
  rowCount: number;
  warnings: DomainIssue[];
}

export interface ExportPreview {
  documents: ExportPreviewDocument[];
  /** Problems that concern every paper (signer, recipient, date). */
  warnings: DomainIssue[];
  /** Every sentence the "Lưu ý" sheet prints; empty when there is no such sheet. */
  notices: string[];
}
