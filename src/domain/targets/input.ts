/** Everything `evaluateTargets` needs, as plain data the lead fills from the sheets and other areas. */
import type { TitleHistory } from '../history/types';
import type { Person, Team } from '../school/types';
import type { TargetProfile } from './profiles';
import type {
  PersonRecord,
  Proposal,
  Registration,
  ResultStage,
  Target,
  TitleDecision,
  UnitRecord,
} from './types';

export interface TargetsInput {
  profile: TargetProfile;
  /** ISO first and last day of the school year (SchoolInfo.yearStart / yearEnd). */
  yearStart: string;
  yearEnd: string;
  /** Tên trường, for messages about the school as a unit. */
  schoolName: string;
  staff: Person[];
  teams: Team[];
  targets: Target[];
  registrations: Registration[];
  records: PersonRecord[];
  /** Xếp loại of tổ and of the school. */
  unitRecords?: UnitRecord[];
  proposals?: Proposal[];
  /** Vote and approval decisions per subject and title, from the votes area and the awarding body. */
  decisions?: TitleDecision[];
  /** Entered results of union, organisation-rating (and any other non-title) targets, by target id. */
  manualResults?: Readonly<Record<string, number>>;
  /** The stage a title counts as a result at; 'approved' unless planning ahead. */
  resultStage?: ResultStage;
  /** Titles of earlier years by person (the "Lịch sử" sheet); multi-year conditions read it with the records. */
  history?: TitleHistory;
}
