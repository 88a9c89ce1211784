/**
 * Written votes of absent members (lấy ý kiến bằng văn bản): who sent it, the marks, whether it is valid.
 * They go into the log like ballots and count only where the rule says so; one sent by mistake is withdrawn,
 * never deleted.
 */
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import { activeWrittenVotes, roundCandidates, type CandidateKey, type Mark } from '../../../../domain/votes';
import { useCase } from '../../../state/CaseProvider';
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
  list: { margin: 0, paddingLeft: '18px' },
});

export function WrittenVotesForm({ session }: { session: PaneSession }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const { read } = useCase();
  const step = useFormStep();
  const [member, setMember] = useState('');
  const [marks, setMarks] = useState<Record<CandidateKey, Mark>>({});
  const [invalid, setInvalid] = useState(false);
  const received = activeWrittenVotes(session.state, session.round);
  const staffNames = (read?.schoolCase.roster.staff ?? []).map((p) => p.fullName);
  const who = () => votesSessionStore.getSnapshot().enteredBy.trim() || 'Thư ký';
  const current = () => votesSessionStore.getSnapshot().session ?? session;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = step.run(
      applyToSession(current(), {
        kind: 'written',
        vote: {
          round: session.round,
          memberName: member,
          marks: invalid ? {} : marks,
          ...(invalid ? { invalid } : {}),
        },
        enteredBy: who(),
        enteredAt: localTimestamp(new Date()),
      }),
    );
    if (ok) {
      setMember('');
      setMarks({});
      setInvalid(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={s.written.heading}
      data-testid="written-votes"
    >
      <Field label={s.written.member} required>
        <Input value={member} list="meeting-staff-names" onChange={(_, d) => setMember(d.value)} />
      </Field>
      <datalist id="meeting-staff-names">
        {staffNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Checkbox
        label={s.written.invalid}
        checked={invalid}
        onChange={(_, d) => setInvalid(d.checked === true)}
      />
      <MarksPicker
        candidates={roundCandidates(session.meeting, session.round)}
        marks={marks}
        onChange={setMarks}
        disabled={invalid}
      />
      <FormProblem problem={step.problem} />
      <div>
        <Button appearance="primary" type="submit">
          {s.written.save}
        </Button>
      </div>
      <Text weight="semibold">{s.written.list}</Text>
      {received.length === 0 ? (
        <Text size={200}>{s.written.none}</Text>
      ) : (
        <ul className={styles.list}>
          {received.map((vote) => (
            <li key={vote.memberName}>
              {vote.memberName}{' '}
              <Button
                size="small"
                aria-label={`${s.written.withdraw}: ${vote.memberName}`}
                onClick={() =>
                  step.run(
                    applyToSession(current(), {
                      kind: 'withdrawWritten',
                      round: session.round,
                      memberName: vote.memberName,
                      enteredBy: who(),
                      enteredAt: localTimestamp(new Date()),
                    }),
                  )
                }
              >
                {s.written.withdraw}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
