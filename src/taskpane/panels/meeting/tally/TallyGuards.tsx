/**
 * What stands in the way of the count, above it: a setup that cannot be counted, a ballot log edited on
 * the sheet (with each broken row one click from its cell, and a confirmation that names the rows before
 * counting goes on), the caps on titles, and candidates shown "Đạt" who are not eligible.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DomainIssue } from '../../../../domain/issues';
import { brokenRowsText, type EntryGate } from '../../../../domain/votes/tally/gate';
import { ConfirmDialog } from '../ConfirmDialog';
import { IssueList } from '../IssueList';
import { useMeetingStrings } from '../use-meeting-strings';
import { confirmBrokenLog } from './use-entry-gate';

export interface TallyGuardsProps {
  gate: EntryGate;
  caps: DomainIssue[];
  notEligible: DomainIssue[];
}

/** Issues with their source appended, so the rule each one applies is on screen. */
const withSource = (issues: DomainIssue[]): DomainIssue[] =>
  issues.map((i) => (i.source ? { ...i, message: `${i.message} (Căn cứ: ${i.source})` } : i));

export function TallyGuards({ gate, caps, notEligible }: TallyGuardsProps) {
  const s = useMeetingStrings();
  const [asking, setAsking] = useState(false);
  const rows = brokenRowsText(gate.brokenLog);
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
      {gate.brokenLog.length > 0 && (
        <>
          <IssueList
            intent={gate.mustConfirm ? 'error' : 'warning'}
            title={s.guard.brokenLog}
            issues={gate.brokenLog}
            testId="tally-broken-log"
          />
          {gate.mustConfirm ? (
            <Button appearance="primary" onClick={() => setAsking(true)} data-testid="broken-log-review">
              {s.guard.brokenLogReview}
            </Button>
          ) : (
            <MessageBar intent="info" data-testid="broken-log-confirmed">
              <MessageBarBody>{s.guard.brokenLogConfirmed}</MessageBarBody>
            </MessageBar>
          )}
          <ConfirmDialog
            open={asking}
            title={s.guard.brokenLogTitle}
            body={[s.guard.brokenLogBody(rows), ...gate.brokenLog.map((i) => i.message)]}
            confirm={s.guard.brokenLogConfirm}
            cancel={s.guard.cancel}
            onConfirm={() => {
              confirmBrokenLog(gate.logKey);
              setAsking(false);
            }}
            onCancel={() => setAsking(false)}
          />
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
