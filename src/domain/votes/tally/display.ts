/**
 * How a candidate's standing reads on screen: "Đạt", "Không đạt", or "Cần thêm N phiếu" while ballots are
 * still out. A candidate counted on the valid ballots can reach the threshold now and still lose it to
 * the ballots not yet counted: that reads "Tạm đạt", never "Cần thêm 0 phiếu". The decision itself is the
 * domain's (tallyMeeting), on whole numbers.
 */
import type { CandidateTally } from '..';

export interface StatusWords {
  passed: string;
  failed: string;
  needMore(n: number): string;
  leading: string;
}

export function statusText(candidate: CandidateTally, words: StatusWords): string {
  if (candidate.status === 'passed') return words.passed;
  if (candidate.status === 'failed') return words.failed;
  const needed = candidate.needed ?? 0;
  return needed > 0 ? words.needMore(needed) : words.leading;
}
