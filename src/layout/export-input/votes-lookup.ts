/**
 * The vote results the export prints, looked up per candidate: the latest round a candidate stood in
 * decides (a second round replaces a first-round failure), as in the case's vote decisions.
 */
import type { CandidateTally, MeetingTally, RoundTally } from '../../domain/votes';

export interface CandidateOutcome {
  tally: CandidateTally;
  round: RoundTally;
}

/** By candidate key ("CSTDCS:BH2-038"), the latest round's tally of that candidate. */
export function latestOutcomes(tally: MeetingTally | undefined): Map<string, CandidateOutcome> {
  const latest = new Map<string, CandidateOutcome>();
  if (!tally) return latest;
  for (const round of [...tally.rounds].sort((a, b) => a.round - b.round)) {
    for (const candidate of round.candidates) latest.set(candidate.key, { tally: candidate, round });
  }
  return latest;
}

/** A round in which no ballot was entered and nothing was counted by hand: nothing to print yet. */
export function roundNotCounted(round: RoundTally): boolean {
  return round.returned === 0 && !round.countedByHand && round.written === 0;
}
