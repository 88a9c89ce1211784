/**
 * A school's whole thi đua year as one plain object: what the workbook holds and what `thidua` reads from a
 * JSON file. Each area keeps its own types; this only puts them side by side.
 */
import type { TitleHistory } from '../history/types';
import type { SchoolRoster } from '../school/types';
import type { ScoreInput, ScoreTable, ScoringConfig } from '../scoring/types';
import type { BallotEvent, Meeting } from '../votes/types';
import type { RuleProfile } from '../votes/profiles';
import type { TargetProfile } from '../targets/profiles';
import type {
  PersonRecord,
  Proposal,
  Registration,
  Target,
  TitleDecision,
  UnitRecord,
} from '../targets/types';

export interface CaseVotes {
  /** The rule profile in force (a built-in one, possibly edited by the school). */
  profile: RuleProfile;
  meeting: Meeting;
  /** The ballot log, oldest first: every count is a replay of it. */
  events: BallotEvent[];
}

export interface CaseTargets {
  /** The eligibility and caps profile in force (a built-in one, possibly edited by the school). */
  profile: TargetProfile;
  targets: Target[];
  registrations: Registration[];
  records: PersonRecord[];
  unitRecords?: UnitRecord[];
  proposals?: Proposal[];
  /** Decisions of the awarding body (approval); vote decisions come from the ballot log. */
  approvals?: TitleDecision[];
  /** Results entered by hand for union and organisation-rating targets, by target id. */
  manualResults?: Record<string, number>;
}

export interface SchoolCase {
  roster: SchoolRoster;
  scoring: {
    config: ScoringConfig;
    inputs: ScoreInput[];
    /**
     * Values in table form, read before `inputs`: set only when a JSON case file was loaded with
     * `keepScoreTable` (the fast road for `thidua evaluate` on a large school). Code that reads only
     * `inputs` (the workbook builder, the pane) must be given a case without it: caseFromFile's default.
     */
    table?: ScoreTable;
  };
  votes?: CaseVotes;
  targets?: CaseTargets;
  /** Titles of earlier years by person (the "Lịch sử" sheet): multi-year conditions read it. */
  history?: TitleHistory;
}
