/** Eligibility warnings as the projector shows them: one short sentence per candidate who is not eligible. */
import { useMemo } from 'react';
import { eligibilityWarnings, warningText } from '../../../../domain/votes/tally/warnings';
import { useCase } from '../../../state/CaseProvider';
import { useVotesSession } from '../../../state/votes-session-hook';

export function useBoardWarnings(): Map<string, string> {
  const { session } = useVotesSession();
  const { results } = useCase();
  return useMemo(() => {
    const out = new Map<string, string>();
    const warnings = eligibilityWarnings(session?.meeting.candidates ?? [], results?.targets);
    for (const [key, warning] of warnings) {
      if (warning.verdict === 'not-eligible') out.set(key, warningText(warning));
    }
    return out;
  }, [session?.meeting, results]);
}
