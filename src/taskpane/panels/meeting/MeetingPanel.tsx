/**
 * Bình xét: set up the council's meeting, count the ballots live, show the room the result, and check the
 * ballot log against the count sheet. The count is held in the votes session store, so switching tabs or
 * opening the projector never loses a ballot.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
} from '@fluentui/react-components';
import { useCase } from '../../state/CaseProvider';
import { useVotesSession } from '../../state/votes-session-hook';
import { useMeetingStrings } from './use-meeting-strings';
import { SetupForm } from './setup/SetupForm';
import { TallyView } from './tally/TallyView';
import { LogCheck } from './check/LogCheck';
import { QuorumLine } from './tally/QuorumLine';
import { ProjectorOverlay } from './projector/ProjectorOverlay';
import { useLogCheck } from './check/use-log-check';
import { useEntryGate } from './tally/use-entry-gate';
import { projectorLink } from './projector/dialog-link';
import { IssueList } from './IssueList';

type Step = 'setup' | 'tally' | 'check';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: '4px',
  },
  buttons: { display: 'flex', gap: '4px' },
});

export function MeetingPanel() {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { status, reload, busy } = useCase();
  const votes = useVotesSession();
  const session = votes.session;
  // null: the tally when a meeting is set up, else its setup.
  const [step, setStep] = useState<Step | null>(null);
  const [projector, setProjector] = useState(false);
  const runCheck = useLogCheck();
  const gate = useEntryGate();
  const link = useSyncExternalStore(projectorLink.subscribe, projectorLink.getState);
  const { basis, pending, check } = votes;
  const checkedBasis = useRef<number | undefined>(undefined);
  const hasSession = session !== undefined;

  // After each read, the log is checked against "Kiểm phiếu" once, quietly.
  useEffect(() => {
    if (!hasSession || pending > 0 || basis === undefined || checkedBasis.current === basis) return;
    if (check?.basis === basis) return;
    checkedBasis.current = basis;
    void runCheck({ quiet: true });
  }, [hasSession, pending, basis, check, runCheck]);

  if (status === 'loading') return <Spinner size="small" label={s.loading} />;
  if (status === 'empty') {
    return (
      <MessageBar intent="info" data-testid="meeting-empty">
        <MessageBarBody>{s.empty}</MessageBarBody>
      </MessageBar>
    );
  }
  // A setup that cannot be counted (80 present of 61) keeps the tally shut: the setup shows why.
  const impossible = gate !== null && gate.setup.length > 0;
  const current: Step = session && !(impossible && step !== 'check') ? (step ?? 'tally') : 'setup';
  const mismatches = check && check.basis === basis ? check.issues.length : 0;
  return (
    <>
      {session && <QuorumLine session={session} />}
      <div className={styles.bar}>
        <TabList
          size="small"
          selectedValue={current}
          onTabSelect={(_, data) => setStep(data.value as Step)}
          aria-label={s.tabsLabel}
        >
          <Tab value="setup" data-testid="meeting-tab-setup">
            {s.tabs.setup}
          </Tab>
          <Tab value="tally" disabled={!session || impossible} data-testid="meeting-tab-tally">
            {s.tabs.tally}
          </Tab>
          <Tab value="check" disabled={!session} data-testid="meeting-tab-check">
            {s.tabs.check}
          </Tab>
        </TabList>
        <div className={styles.buttons}>
          <Button
            size="small"
            onClick={() => void reload()}
            disabled={busy !== null}
            data-testid="meeting-reload"
          >
            {s.reload}
          </Button>
          {session && (
            <Button size="small" onClick={() => setProjector(true)} data-testid="projector-open">
              {s.projector.open}
            </Button>
          )}
        </div>
      </div>
      {link.status === 'open' && (
        <MessageBar intent="info" data-testid="projector-dialog-status" data-transport={link.transport}>
          <MessageBarBody>
            {s.projector.windowOpen}
            {link.transport === 'storage' ? ` ${s.projector.windowPolling}` : ''}{' '}
            <Button size="small" onClick={() => projectorLink.close()} data-testid="projector-dialog-close">
              {s.projector.windowClose}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {link.status === 'closed' && link.error && (
        <MessageBar intent="error" data-testid="projector-dialog-error">
          <MessageBarBody>{link.error}</MessageBarBody>
        </MessageBar>
      )}
      {mismatches > 0 && (
        <MessageBar intent="error" data-testid="check-warning">
          <MessageBarBody>
            {s.check.problems(mismatches)}{' '}
            <Button size="small" appearance="transparent" onClick={() => setStep('check')}>
              {s.tabs.check}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {!session && (
        <MessageBar intent="info">
          <MessageBarBody>{s.noMeeting}</MessageBarBody>
        </MessageBar>
      )}
      {current === 'setup' && impossible && gate && (
        <IssueList
          intent="error"
          title={s.guard.setupImpossible}
          issues={gate.setup}
          testId="meeting-setup-impossible"
        />
      )}
      {current === 'setup' && <SetupForm onSaved={() => setStep('tally')} />}
      {current === 'tally' && session && <TallyView onSetup={() => setStep('setup')} />}
      {current === 'check' && session && <LogCheck />}
      {projector && session && <ProjectorOverlay onClose={() => setProjector(false)} />}
    </>
  );
}
