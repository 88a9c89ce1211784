/**
 * The meeting setup form: profile, attendance, tellers, candidates, then one save that rewrites "Quy chế"
 * and the vote sheets. Unsaved values live in the votes session store, so a tab switch keeps them. With
 * ballots already entered, saving asks first and says that every ballot is recounted, none lost.
 */
import { useMemo, useState, type FormEvent } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { TITLE_IDS } from '../../../../domain/titles';
import { useCase } from '../../../state/CaseProvider';
import { votesSessionStore } from '../../../state/votes-session';
import { useVotesSession } from '../../../state/votes-session-hook';
import { draftFromVotes, type MeetingDraft } from '../../../../domain/votes/tally/setup-draft';
import { checkSetup, readBlockers } from '../../../../domain/votes/tally/setup-check';
import { brokenLogIssues, unconfirmedBrokenLog } from '../../../../domain/votes/tally/gate';
import { capWarnings } from '../../../../domain/votes/tally/warnings';
import { currentVotes, useSaveMeeting } from '../use-save-meeting';
import { useMeetingStrings } from '../use-meeting-strings';
import { ConfirmDialog } from '../ConfirmDialog';
import { AttendanceSection } from './AttendanceSection';
import { CandidatesEditor } from './CandidatesEditor';
import { ProfileSection } from './ProfileSection';
import { TellersEditor } from './TellersEditor';
import { IssueList } from '../IssueList';
import { BrokenLogReview } from '../tally/BrokenLogReview';
import { useConfirmedLogKey } from '../tally/use-entry-gate';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '14px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export function SetupForm({ onSaved }: { onSaved(): void }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { read, results, busy } = useCase();
  const votes = useVotesSession();
  const save = useSaveMeeting();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string[] | null>(null);
  const confirmedLogKey = useConfirmedLogKey();
  const before = currentVotes(read);
  const roster = read?.schoolCase.roster;
  const draft = useMemo(
    () => votes.setupDraft ?? (roster ? draftFromVotes(before, roster) : undefined),
    [votes.setupDraft, roster, before],
  );
  const check = useMemo(() => (draft ? checkSetup(draft, before) : undefined), [draft, before]);
  if (!draft || !roster || !check || !read) return null;
  const blockers = readBlockers(read.issues, read.scoring.sheets.quyChe, confirmedLogKey);
  const brokenLog = brokenLogIssues(read.issues);
  const unconfirmed = new Set(unconfirmedBrokenLog(read.issues, confirmedLogKey));
  const otherBlockers = blockers.filter((issue) => !unconfirmed.has(issue));
  const blocked = check.errors.length > 0 || blockers.length > 0;
  const caps = capWarnings(results?.targets);

  const change = (patch: Partial<MeetingDraft>) => {
    setDone(null);
    votesSessionStore.setSetupDraft({ ...draft, ...patch });
  };
  const ballotsIn = (before?.events.length ?? 0) > 0;
  const doSave = async () => {
    setConfirming(false);
    if (!check.meeting) return;
    const notices = await save(draft.profile, check.meeting, s.save.busy);
    if (notices) {
      setDone([s.save.done, ...notices]);
      onSaved();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocked || busy) return;
    if (ballotsIn) setConfirming(true);
    else void doSave();
  };
  const titles = TITLE_IDS.filter((t) => draft.candidates.some((c) => c.titleId === t));

  return (
    <form className={styles.form} onSubmit={submit} aria-label={s.tabs.setup} data-testid="meeting-setup">
      <ProfileSection profile={draft.profile} titles={titles} onChange={(profile) => change({ profile })} />
      <AttendanceSection
        draft={draft}
        quorum={draft.profile.quorum}
        staffCount={roster.staff.length}
        onChange={change}
      />
      <TellersEditor tellers={draft.tellers} onChange={(tellers) => change({ tellers })} />
      <CandidatesEditor
        candidates={draft.candidates}
        seats={draft.seats}
        roster={roster}
        cluster={draft.body === 'cluster'}
        results={results}
        onChange={(candidates) => change({ candidates })}
        onSeats={(titleId, text) => change({ seats: { ...draft.seats, [titleId]: text } })}
      />
      <BrokenLogReview
        broken={brokenLog}
        mustConfirm={unconfirmed.size > 0}
        title={s.save.brokenLog}
        testId="setup-broken-log"
      />
      {otherBlockers.length > 0 && (
        <IssueList
          intent="error"
          title={s.save.readBlockers}
          issues={otherBlockers}
          testId="setup-blockers"
        />
      )}
      {check.errors.length > 0 && (
        <IssueList intent="error" title={s.save.errors} issues={check.errors} testId="setup-errors" />
      )}
      {caps.length > 0 && (
        <IssueList
          intent="warning"
          title={s.guard.caps}
          issues={caps.map((i) => (i.source ? { ...i, message: `${i.message} (Căn cứ: ${i.source})` } : i))}
          testId="setup-caps"
        />
      )}
      {check.notes.length > 0 && (
        <IssueList intent="warning" title={s.save.notes} issues={check.notes} testId="setup-notes" />
      )}
      {done && (
        <MessageBar intent="success" data-testid="setup-saved">
          <MessageBarBody>
            <MessageBarTitle>{done[0]}</MessageBarTitle>
            {done.slice(1).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>{s.save.hint}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          type="submit"
          disabled={blocked || busy !== null}
          data-testid="setup-save"
        >
          {s.save.button}
        </Button>
        {votes.setupDraft && (
          <Button onClick={() => votesSessionStore.setSetupDraft(undefined)} data-testid="setup-reset">
            {s.save.reset}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={s.save.confirmTitle}
        body={[s.save.confirmBody, ...check.notes.map((n) => n.message)]}
        confirm={s.save.confirm}
        cancel={s.save.cancel}
        onConfirm={() => void doSave()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
