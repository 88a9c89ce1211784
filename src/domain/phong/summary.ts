/**
 * The machine-readable summary a school's export carries for the Phòng and the cluster (DOMAIN.md §8b): plain
 * values, a stated format version, and a check value so the Phòng can tell a file edited after export.
 */
import type { TitleId } from '../titles';

/** Written in the summary's first cell so a reader knows the sheet is ours before reading anything else. */
export const SUMMARY_FORMAT = 'thidua-tom-tat';
/** Raised when the layout of the summary changes; a reader refuses versions newer than it knows. */
export const SUMMARY_VERSION = 1;

export interface SummaryTitleCounts {
  titleId: TitleId;
  registered: number;
  eligible: number;
  /** Put forward by the council (passed the vote): the count the lists must agree with. */
  approved: number;
  target?: number;
}

export interface SummaryProposal {
  titleId: TitleId;
  /** Mã cán bộ, or mã tổ for collective titles; unique inside the school only. */
  code: string;
  fullName: string;
  /** ISO yyyy-mm-dd; tells namesakes apart across schools. */
  birthDate?: string;
  position: string;
  teamName: string;
  /** Collective titles: how many members the tổ (or the school) has. */
  memberCount?: number;
  agree?: number;
  base?: number;
  score?: number;
}

export interface SummaryResult {
  code: string;
  fullName: string;
  teamName: string;
  yearTotal: number;
  band: string;
  rankOverall: number;
}

export interface SummaryCap {
  titleId: TitleId;
  ofTitleId: TitleId;
  percent: number;
  source: string;
}

export interface SchoolSummary {
  format: typeof SUMMARY_FORMAT;
  version: number;
  school: {
    name: string;
    parentBody: string;
    place: string;
    schoolYear: string;
    staffCount: number;
    teamCount: number;
    /** Mã trường, when the school's workbook gives one: the school's key in the Phòng's roster. */
    code?: string;
    /** Cấp học id (SCHOOL_LEVELS in domain/school/units.ts or the Phòng's own). */
    level?: string;
    /** Mã cụm thi đua. */
    clusterId?: string;
    /** Tên cụm thi đua. */
    clusterName?: string;
  };
  /** Ids of the rule profiles the school applied (eligibility and vote). */
  profiles: { targets?: string; votes?: string };
  /** Caps the school's own profile applies, so the Phòng checks each school against its stated rule. */
  caps: SummaryCap[];
  /** ISO local date-time of the export. */
  exportedAt: string;
  titles: SummaryTitleCounts[];
  proposals: SummaryProposal[];
  results: SummaryResult[];
}

export interface SignedSummary extends SchoolSummary {
  /** FNV-1a over the canonical text of every other field; see summaryCheckValue. */
  checkValue: string;
}
