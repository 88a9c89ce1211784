/**
 * A cụm thi đua of 7 schools meeting at year end: 21 delegates (3 per school), 15 present. Trường A stands
 * for Cờ thi đua (dẫn đầu cụm) and gets 14 of 15; Trường B gets 9 of 15; Nguyễn Thị Mai of Trường C stands
 * for CSTĐCS and gets 12 of 15.
 */
import {
  EMPTY_BALLOT_STATE,
  type BallotEvent,
  type BallotState,
  type Candidate,
  type Meeting,
  type MeetingUnit,
} from '../../../src/domain/votes';
import { applyAll, ballot, marks, record } from './fixtures';

export const SCHOOLS = [
  'Trường Tiểu học A',
  'Trường Tiểu học B',
  'Trường Tiểu học C',
  'Trường Tiểu học D',
  'Trường Tiểu học E',
  'Trường Tiểu học G',
  'Trường Tiểu học H',
];

/** Present per school: 3, 3, 2, 2, 2, 2, 1 = 15. */
const PRESENT = [3, 3, 2, 2, 2, 2, 1];
export const UNITS: MeetingUnit[] = SCHOOLS.map((name, i) => ({ name, delegates: 3, present: PRESENT[i] }));

export const TRUONG_A: Candidate = { titleId: 'CO_THI_DUA', id: 'TH_A', name: 'Trường Tiểu học A' };
export const TRUONG_B: Candidate = { titleId: 'CO_THI_DUA', id: 'TH_B', name: 'Trường Tiểu học B' };
export const MAI: Candidate = {
  titleId: 'CSTDCS',
  id: 'C_GV07',
  name: 'Nguyễn Thị Mai',
  unitName: 'Trường Tiểu học C',
};

export const CLUSTER_NAME = 'Cụm thi đua số 3 – Cấp Tiểu học';

export function clusterMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    body: 'cluster',
    totalMembers: 21,
    present: 15,
    form: 'secret',
    // In title order, as "Quy chế" lists them.
    candidates: [MAI, TRUONG_A, TRUONG_B],
    countingRule: 'invalid',
    rounds: [{ round: 1, issued: 15 }],
    units: UNITS,
    tellers: [
      { name: 'Lê Thị Hồng', role: 'Trưởng ban' },
      { name: 'Võ Văn Nam', role: 'Thành viên' },
    ],
    date: '2021-05-25',
    ...overrides,
  };
}

/** The 15 ballots: A agreed on 14, B on 9, Mai on 12. */
export function clusterBallots(): BallotEvent[] {
  const events: BallotEvent[] = [];
  for (let n = 1; n <= 15; n++) {
    events.push(
      record(
        ballot(
          n,
          marks(
            [TRUONG_A, n <= 14 ? 'agree' : 'disagree'],
            [TRUONG_B, n <= 9 ? 'agree' : 'disagree'],
            [MAI, n <= 12 ? 'agree' : 'disagree'],
          ),
        ),
      ),
    );
  }
  return events;
}

export function clusterState(m: Meeting = clusterMeeting()): BallotState {
  return applyAll(EMPTY_BALLOT_STATE, clusterBallots(), m);
}
