/**
 * A ballot log edited on the sheet, shown where it stops something (the count, the setup's save): each
 * broken row listed, and one confirmation that names the rows. The confirmation is the pane's one answer
 * (use-entry-gate), so confirming here opens both the count and the save for these rows, not for later ones.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DomainIssue } from '../../../../domain/issues';
import { brokenLogKey, brokenRowsText } from '../../../../domain/votes/tally/gate';
import { ConfirmDialog } from '../ConfirmDialog';
import { IssueList } from '../IssueList';
import { useMeetingStrings } from '../use-meeting-strings';
import { confirmBrokenLog } from './use-entry-gate';

export interface BrokenLogReviewProps {
  broken: DomainIssue[];
  mustConfirm: boolean;
  title: string;
  testId: string;
}

export function BrokenLogReview({ broken, mustConfirm, title, testId }: BrokenLogReviewProps) {
  const s = useMeetingStrings();
  const [asking, setAsking] = useState(false);
  if (broken.length === 0) return null;
  const rows = brokenRowsText(broken);
  return (
    <>
      <IssueList intent={mustConfirm ? 'error' : 'warning'} title={title} issues={broken} testId={testId} />
      {mustConfirm ? (
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
        body={[s.guard.brokenLogBody(rows), ...broken.map((i) => i.message)]}
        confirm={s.guard.brokenLogConfirm}
        cancel={s.guard.cancel}
        onConfirm={() => {
          confirmBrokenLog(brokenLogKey(broken));
          setAsking(false);
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
