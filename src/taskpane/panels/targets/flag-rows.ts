/**
 * The flags the dashboard lists: errors first, then warnings, then notes; each keeps its cell so one click
 * selects it. Notes (targets met, results not typed yet) are hidden unless asked for.
 */
import type { DomainIssue, IssueSeverity } from '../../../domain/issues';

const ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

export function flagRows(flags: readonly DomainIssue[], withNotes: boolean): DomainIssue[] {
  return flags
    .map((flag, index) => ({ flag, index }))
    .filter(({ flag }) => withNotes || flag.severity !== 'info')
    .sort((a, b) => ORDER[a.flag.severity] - ORDER[b.flag.severity] || a.index - b.index)
    .map(({ flag }) => flag);
}

export function severityTally(flags: readonly DomainIssue[]): Record<IssueSeverity, number> {
  const tally: Record<IssueSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const flag of flags) tally[flag.severity] += 1;
  return tally;
}
