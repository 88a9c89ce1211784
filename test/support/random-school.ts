/**
 * Random schools for the Phòng's tests: the sample school under another name, other scores, and a counted
 * council meeting (a hand count per candidate), so every school has lists to gather.
 */
import type { SchoolCase } from '../../src/domain/case';
import { mulberry32, integerBetween } from '../../src/domain/sample/prng';
import { sampleFullCase } from '../../src/domain/sample';
import type { BallotEvent, CandidateCount } from '../../src/domain/votes';
import { keyOf } from '../../src/domain/votes';

export function randomSchool(seed: number, name = `Trường Tiểu học Số ${seed}`): SchoolCase {
  const base = sampleFullCase({ seed });
  const random = mulberry32(seed * 7919);
  const votes = base.votes!;
  const present = votes.meeting.present;
  const perCandidate: Record<string, CandidateCount> = {};
  for (const candidate of votes.meeting.candidates) {
    const agree = integerBetween(random, Math.floor(present / 2), present);
    perCandidate[keyOf(candidate)] = { agree, disagree: present - agree };
  }
  const count: BallotEvent = {
    kind: 'count',
    count: {
      round: 1,
      returned: present,
      invalid: 0,
      perCandidate,
      enteredBy: 'Thư ký',
      enteredAt: '2021-05-25T15:00:00',
    },
  };
  return {
    ...base,
    roster: { ...base.roster, info: { ...base.roster.info, name } },
    votes: { ...votes, events: [count] },
  };
}
