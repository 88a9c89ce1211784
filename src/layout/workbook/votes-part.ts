/** The vote's sheets for a case: "Nhật ký phiếu", "Kiểm phiếu", "Biên bản kiểm phiếu". */
import type { SchoolInfo } from '../../domain/school/types';
import { replay, type BallotState } from '../../domain/votes';
import type { CaseVotes } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { SheetSpec } from '../grid';
import {
  BALLOT_LOG_SHEET,
  COUNT_SHEET,
  MINUTES_SHEET,
  ballotLogLayout,
  buildBallotLogSheet,
  buildCountSheet,
  buildMinutesSheet,
  logCapacityFor,
  type BallotLogLayout,
  type CountSheetMap,
} from '../votes';
import type { FreeSheetNames } from '../sheet-namer';

export interface VotesPart {
  sheets: SheetSpec[];
  log: BallotLogLayout;
  count: CountSheetMap;
  state: BallotState;
  issues: DomainIssue[];
}

export function buildVotesPart(school: SchoolInfo, votes: CaseVotes, namer: FreeSheetNames): VotesPart {
  const { state, issues } = replay(votes.events, votes.meeting);
  const log = ballotLogLayout(votes.meeting, {
    sheetName: namer.take(BALLOT_LOG_SHEET),
    capacity: logCapacityFor(state.entries.length),
  });
  const count = buildCountSheet(votes.meeting, log, { sheetName: namer.take(COUNT_SHEET) });
  const minutes = buildMinutesSheet(school, votes.meeting, count.map, {
    sheetName: namer.take(MINUTES_SHEET),
  });
  return {
    sheets: [buildBallotLogSheet(log, state), count.sheet, minutes],
    log,
    count: count.map,
    state,
    issues,
  };
}
