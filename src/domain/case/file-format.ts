/**
 * The JSON a school writes for `thidua new` and `thidua evaluate case.json` (docs/case-format.md, schema in
 * docs/case.schema.json generated from this type). It is the SchoolCase with friendly defaults: built-in
 * roles, the built-in criteria set, and rule profiles named by id.
 */
import type { Person, Role, SchoolInfo, Team } from '../school/types';
import type { ScoreInput, ScoringConfig, ScoringRound } from '../scoring/types';
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

export interface SchoolCaseFile {
  /** Version of this format; 1 today. */
  version?: 1;
  school: SchoolInfo;
  teams: Team[];
  /** Roles used by staff and criteria; the built-in five when left out. */
  roles?: Role[];
  staff: Person[];
  scoring?: {
    /** A whole criteria set; the built-in 100-point set when left out. */
    config?: ScoringConfig;
    /** Rounds for the built-in set (ignored when `config` is given); seed 000's two rounds when left out. */
    rounds?: ScoringRound[];
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
}
