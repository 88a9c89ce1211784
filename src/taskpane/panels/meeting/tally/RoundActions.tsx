/**
 * Closing the current round (ballots never returned stop counting as still open) and opening the next
 * round for those who fell short. Both change the setup, so both rewrite "Quy chế" and the vote sheets;
 * earlier rounds and their ballots stay on record.
 */
import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { parseVietnameseNumber } from '../../../../domain/text';
import { TITLES } from '../../../../domain/titles';
import { addNextRound, fellShort, type MeetingTally } from '../../../../domain/votes';
import { useCase } from '../../../state/CaseProvider';
import { ConfirmDialog } from '../ConfirmDialog';
import type { PaneSession } from '../../../state/votes-session';
import { useSaveMeeting } from '../use-save-meeting';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  number: { width: '120px' },
  list: { margin: 0, paddingLeft: '18px' },
});

export function RoundActions({ session, tally }: { session: PaneSession; tally: MeetingTally }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { busy } = useCase();
  const save = useSaveMeeting();
  const [confirmClose, setConfirmClose] = useState(false);
  const [issued, setIssued] = useState(String(session.meeting.present));
  const [problem, setProblem] = useState<string | null>(null);
  const { meeting, profile, round } = session;
  const setup = meeting.rounds.find((r) => r.round === round);
  const roundTally = tally.rounds.find((r) => r.round === round);
  const short = fellShort(tally, round);
  const shortCandidates = (roundTally?.candidates ?? []).filter((c) => short.includes(c.key));

  const close = async () => {
    setConfirmClose(false);
    const rounds = meeting.rounds.map((r) => (r.round === round ? { ...r, closed: true } : r));
    await save(profile, { ...meeting, rounds }, s.rounds.closeBusy);
  };
  const next = async () => {
    const parsed = parseVietnameseNumber(issued);
    const n = parsed.ok ? parsed.value : null;
    if (n === null || !Number.isInteger(n) || n < 0) {
      setProblem(`${s.rounds.issued} phải là số nguyên không âm (đang là "${issued.trim()}"); hãy nhập lại.`);
      return;
    }
    const result = addNextRound(meeting, tally, n);
    if (!result.ok) {
      setProblem(result.issue.message);
      return;
    }
    setProblem(null);
    await save(profile, result.meeting, s.rounds.nextBusy);
  };

  return (
    <div className={styles.box} data-testid="round-actions">
      {setup && !setup.closed && (
        <div>
          <Button onClick={() => setConfirmClose(true)} disabled={busy !== null} data-testid="round-close">
            {s.rounds.close(round)}
          </Button>
        </div>
      )}
      <Text weight="semibold">{s.rounds.fellShort}</Text>
      {shortCandidates.length === 0 ? (
        <Text size={200}>{s.rounds.nobody}</Text>
      ) : (
        <ul className={styles.list}>
          {shortCandidates.map((c) => (
            <li key={c.key}>
              {c.candidate.name} ({TITLES[c.titleId].shortLabel}): {c.agree}/{c.base}, {c.percentText}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Field label={s.rounds.issued} className={styles.number}>
          <Input
            style={{ width: '100%', minWidth: 0 }}
            value={issued}
            inputMode="numeric"
            onChange={(_, d) => setIssued(d.value)}
          />
        </Field>
        <Button onClick={() => void next()} disabled={busy !== null} data-testid="round-next">
          {s.rounds.next(round + 1)}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={confirmClose}
        title={s.rounds.close(round)}
        body={[s.rounds.closeConfirm(round, roundTally?.remaining ?? 0)]}
        confirm={s.rounds.confirm}
        cancel={s.rounds.cancel}
        onConfirm={() => void close()}
        onCancel={() => setConfirmClose(false)}
      />
    </div>
  );
}
