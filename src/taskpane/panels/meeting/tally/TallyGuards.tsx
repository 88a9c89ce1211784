/**
 * What stands in the way of the count, above it: a setup that cannot be counted, a ballot log edited on
 * the sheet (with each broken row one click from its cell, and a confirmation that names the rows before
 * counting goes on), a log in the old format (saved once in the setup step to convert it), the caps on
 * titles, and candidates shown "Đạt" who are not eligible.
 */
import { Button } from '@fluentui/react-components';
import type { DomainIssue } from '../../../../domain/issues';
import type { EntryGate } from '../../../../domain/votes/tally/gate';
import { IssueList } from '../IssueList';
import { useMeetingStrings } from '../use-meeting-strings';
import { BrokenLogReview } from './BrokenLogReview';

export interface TallyGuardsProps {
  gate: EntryGate;
  caps: DomainIssue[];
  notEligible: DomainIssue[];
  /** Opens the setup step, where "Lưu thiết lập" converts an old-format log. */
  onSetup?: () => void;
}

/** Issues with their source appended, so the rule each one applies is on screen. */
const withSource = (issues: DomainIssue[]): DomainIssue[] =>
  issues.map((i) => (i.source ? { ...i, message: `${i.message} (Căn cứ: ${i.source})` } : i));

export function TallyGuards({ gate, caps, notEligible, onSetup }: TallyGuardsProps) {
  const s = useMeetingStrings();
  return (
    <>
      {gate.setup.length > 0 && (
        <IssueList
          intent="error"
          title={s.guard.setupImpossible}
          issues={gate.setup}
          testId="tally-setup-impossible"
        />
      )}
      <BrokenLogReview
        broken={gate.brokenLog}
        mustConfirm={gate.mustConfirm}
        title={s.guard.brokenLog}
        testId="tally-broken-log"
      />
      {gate.oldFormat.length > 0 && (
        <>
          <IssueList
            intent="error"
            title={s.guard.oldFormat}
            issues={gate.oldFormat}
            testId="tally-old-format"
          />
          {onSetup && (
            <Button onClick={onSetup} data-testid="old-format-setup">
              {s.guard.oldFormatSave}
            </Button>
          )}
        </>
      )}
      {notEligible.length > 0 && (
        <IssueList
          intent="warning"
          title={s.guard.passedNotEligible}
          issues={withSource(notEligible)}
          testId="tally-not-eligible"
        />
      )}
      {caps.length > 0 && (
        <IssueList intent="warning" title={s.guard.caps} issues={withSource(caps)} testId="tally-caps" />
      )}
    </>
  );
}
