import type { MeetingTally } from '../votes';
import type { TitleDecision } from '../targets/types';
import { TITLES } from '../titles';

/**
 * The vote decision per candidate and title for the targets area, once the meeting has its quorum: the
 * latest round a candidate stood in decides (a second round replaces a first-round failure; earlier rounds stay on record in the tally).
 */
export function voteDecisions(tally: MeetingTally): TitleDecision[] {
  // Without a quorum the meeting decided nothing ("không xét"): no candidate has a vote yet.
  if (!tally.quorum.met) return [];
  const latest = new Map<string, TitleDecision>();
  for (const round of [...tally.rounds].sort((a, b) => a.round - b.round)) {
    for (const c of round.candidates) {
      const collective = TITLES[c.titleId].scope === 'collective';
      const decision: TitleDecision = {
        subject: collective ? { kind: 'team', id: c.candidate.id } : { kind: 'person', id: c.candidate.id },
        titleId: c.titleId,
        vote: c.status === 'passed' ? 'passed' : c.status === 'failed' ? 'failed' : 'none',
      };
      latest.set(c.key, decision);
    }
  }
  return [...latest.values()];
}
