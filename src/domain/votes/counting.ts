/**
 * The school's counting rule applied to one ballot paper (DOMAIN.md §5): a ballot that agrees with more
 * candidates than a title has seats, or that carries no mark at all, is either invalid or has the offending
 * rows counted blank. Applied when counting, never when storing, so changing the rule recounts every ballot.
 */
import type { TitleId } from '../titles';
import { keyOf, roundCandidates } from './meeting';
import type { CandidateKey, Mark, Meeting } from './types';

export interface CountedBallot {
  valid: boolean;
  /** Marks as counted: every candidate of the round, over-marked titles blanked under 'rowBlank'. */
  marks: Record<CandidateKey, Mark>;
  overMarkedTitles: TitleId[];
  /** No Đồng ý and no Không đồng ý anywhere on the ballot. */
  unmarked: boolean;
}

export function countBallot(
  paper: { round: number; marks: Record<CandidateKey, Mark>; invalid?: boolean },
  meeting: Meeting,
): CountedBallot {
  const candidates = roundCandidates(meeting, paper.round);
  const agreeByTitle = new Map<TitleId, number>();
  let anyMark = false;
  for (const candidate of candidates) {
    const mark = paper.marks[keyOf(candidate)] ?? 'blank';
    if (mark !== 'blank') anyMark = true;
    if (mark === 'agree') agreeByTitle.set(candidate.titleId, (agreeByTitle.get(candidate.titleId) ?? 0) + 1);
  }
  const overMarkedTitles: TitleId[] = [];
  for (const [titleId, agreed] of agreeByTitle) {
    const seats = meeting.seats?.[titleId];
    if (seats !== undefined && agreed > seats) overMarkedTitles.push(titleId);
  }
  const unmarked = !anyMark;
  const spoiled = meeting.countingRule === 'invalid' && (overMarkedTitles.length > 0 || unmarked);
  const valid = !paper.invalid && !spoiled;
  const marks: Record<CandidateKey, Mark> = {};
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    const blanked = !valid || overMarkedTitles.includes(candidate.titleId);
    marks[key] = blanked ? 'blank' : (paper.marks[key] ?? 'blank');
  }
  return { valid, marks, overMarkedTitles, unmarked };
}
