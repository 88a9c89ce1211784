/**
 * For the forms under the ballot (manual count, correction, written vote): a refused entry is said inside
 * the form that made it, where the teller is looking; an accepted one is committed like a ballot.
 */
import { useState } from 'react';
import type { DomainIssue } from '../../../../domain/issues';
import { useVotesSession } from '../../../state/votes-session-hook';
import type { PaneStep } from '../../../state/votes-session';

export function useFormStep(): {
  problem: DomainIssue | null;
  run(step: PaneStep): boolean;
  clear(): void;
} {
  const { commit } = useVotesSession();
  const [problem, setProblem] = useState<DomainIssue | null>(null);
  return {
    problem,
    run: (step) => {
      if (!step.ok) {
        setProblem(step.issue);
        return false;
      }
      setProblem(null);
      return commit(step);
    },
    clear: () => setProblem(null),
  };
}
