/**
 * Correcting a numbered ballot: open it by its number, change its marks (or mark it invalid) and record
 * the correction. The old entry stays in the log as "Đã sửa"; the count follows the corrected one.
 */
import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
} from '@fluentui/react-components';
import { parseVietnameseNumber } from '../../../../domain/text';
import {
  activeBallots,
  roundCandidates,
  type Ballot,
  type CandidateKey,
  type Mark,
} from '../../../../domain/votes';
import { votesSessionStore } from '../../../state/votes-session';
import { applyToSession } from '../../../../domain/votes/tally/session';
import type { PaneSession } from '../../../state/votes-session';
import { localTimestamp } from '../../../../domain/votes/tally/timestamp';
import { useMeetingStrings } from '../use-meeting-strings';
import { FormProblem } from './FormProblem';
import { MarksPicker } from './MarksPicker';
import { useFormStep } from './use-form-step';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end' },
  number: { width: '110px' },
});

export function CorrectBallotForm({ session }: { session: PaneSession }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const step = useFormStep();
  const [numberText, setNumberText] = useState('');
  const [opened, setOpened] = useState<Ballot | null>(null);
  const [marks, setMarks] = useState<Record<CandidateKey, Mark>>({});
  const [invalid, setInvalid] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = () => {
    const parsed = parseVietnameseNumber(numberText);
    const n = parsed.ok ? parsed.value : null;
    const ballot =
      n === null ? undefined : activeBallots(session.state, session.round).find((b) => b.number === n);
    if (!ballot || n === null) {
      setOpened(null);
      setProblem(s.correct.missing(n ?? 0));
      return;
    }
    setProblem(null);
    setOpened(ballot);
    setMarks({ ...ballot.marks });
    setInvalid(ballot.invalid);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!opened) {
      open();
      return;
    }
    const current = votesSessionStore.getSnapshot().session ?? session;
    const { enteredBy } = votesSessionStore.getSnapshot();
    const ok = step.run(
      applyToSession(current, {
        kind: 'correct',
        number: opened.number,
        ballot: {
          round: opened.round,
          number: opened.number,
          marks: invalid ? {} : marks,
          invalid,
          enteredBy: enteredBy.trim() || 'Thư ký',
          enteredAt: localTimestamp(new Date()),
        },
      }),
    );
    if (ok) {
      setOpened(null);
      setNumberText('');
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={s.correct.heading}
      data-testid="correct-ballot"
    >
      <div className={styles.row}>
        <Field label={s.correct.number} className={styles.number}>
          <Input
            style={{ width: '100%', minWidth: 0 }}
            value={numberText}
            inputMode="numeric"
            data-testid="correct-number"
            onChange={(_, d) => {
              setNumberText(d.value);
              setOpened(null);
            }}
          />
        </Field>
        <Button onClick={open} data-testid="correct-open">
          {s.correct.load}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <>
          <Checkbox
            label={s.correct.invalid}
            checked={invalid}
            onChange={(_, d) => setInvalid(d.checked === true)}
          />
          <MarksPicker
            candidates={roundCandidates(session.meeting, opened.round)}
            marks={marks}
            onChange={setMarks}
            disabled={invalid}
          />
          <FormProblem problem={step.problem} />
          <div>
            <Button appearance="primary" type="submit" data-testid="correct-save">
              {s.correct.save}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
