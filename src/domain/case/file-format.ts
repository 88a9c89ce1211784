/**
 * The JSON a school writes for `thidua new` and `thidua evaluate case.json` (docs/case-format.md, schema in
 * docs/case.schema.json generated from this type). It is the SchoolCase with friendly defaults: built-in
 * roles, the built-in criteria set, and rule profiles named by id.
 */
import type { Person, Role, SchoolInfo, Team } from '../school/types';
import type { ScoreInput, ScoreTable, ScoringConfig, ScoringRound } from '../scoring/types';
import type { TargetProfileId } from '../targets/profiles';
import type {
  PersonRecord,
  Proposal,
  Registration,
  Target,
  TitleDecision,
  UnitRecord,
} from '../targets/types';
import type { BallotEvent, Meeting } from '../votes/types';
import type { TitleId } from '../titles';

/** Titles one person was recognised with in one earlier school year (a row of the "Lịch sử" sheet). */
export interface CaseFileHistoryEntry {
  /** Mã cán bộ; a person who has left the school keeps their years. */
  personId: string;
  /** The school year by its first calendar year: 2019 means 2019-2020. */
  year: number;
  titles: TitleId[];
}

export interface SchoolCaseFile {
  /** Version of this format; 1 today. */
  version?: 1;
  /**
   * Who `staff` lists: "staff" (a school's cán bộ, giáo viên, nhân viên; the default) or "school" (a Phòng
   * GD&ĐT scoring its schools: id = mã trường, fullName = tên trường, roleId = cấp học, teamId = mã cụm,
   * position = hiệu trưởng, no gender or dates; `school` is then the Phòng and `teams` its cụm thi đua).
   */
  unitKind?: 'staff' | 'school';
  school: SchoolInfo;
  teams: Team[];
  /**
   * Roles used by staff and criteria; the built-in five when left out (for a Phòng's schools, the cấp học:
   * mầm non, tiểu học, THCS, liên cấp).
   */
  roles?: Role[];
  /** The people of the school; a Phòng's schools when `unitKind` is "school" (gender is then left out). */
  staff: Person[];
  scoring?: {
    /** A whole criteria set; the built-in 100-point set when left out. */
    config?: ScoringConfig;
    /** Rounds for the built-in set (ignored when `config` is given); seed 000's two rounds when left out. */
    rounds?: ScoringRound[];
    /**
     * The scores as a school's own sheet: the criterion ids once, then one row per person, period and
     * level with the values in that order (null for a blank cell). Read before `inputs`.
     */
    table?: ScoreTable;
    /** Scores one by one (the older form, still read): a value for a cell the table holds replaces it. */
    inputs?: ScoreInput[];
  };
  targets?: {
    /** "luat-2022" (Luật Thi đua, khen thưởng 2022) or "luat-2003"; "luat-2022" when left out. */
    profileId?: TargetProfileId;
    targets?: Target[];
    registrations?: Registration[];
    records?: PersonRecord[];
    unitRecords?: UnitRecord[];
    proposals?: Proposal[];
    approvals?: TitleDecision[];
    manualResults?: Record<string, number>;
  };
  votes?: {
    /** A built-in vote rule profile: "seed003-tt35-2015", "nd91-2017", "nd98-2023", "nd152-2025". */
    profileId: string;
    meeting: Meeting;
    events?: BallotEvent[];
  };
  /**
   * Titles of earlier years, as on the "Lịch sử" sheet: read by the multi-year rules (CSTĐ tỉnh asks for
   * CSTĐCS in the years before). `thidua new` writes them to "Lịch sử"; `new --from` fills them in.
   */
  history?: CaseFileHistoryEntry[];
}
