/**
 * The totals of a count made by hand, typed instead of ballot by ballot. The domain refuses totals that
 * cannot add up (more returned than issued, agree + disagree beyond the valid ballots) and says why.
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import { parseVietnameseNumber } from '../../../../domain/text';
import { TITLES } from '../../../../domain/titles';
import { keyOf, roundCandidates, type CandidateCount, type CandidateKey } from '../../../../domain/votes';
import { votesSessionStore } from '../../../state/votes-session';
import { applyToSession } from '../../../../domain/votes/tally/session';
import type { PaneSession } from '../../../state/votes-session';
import { localTimestamp } from '../../../../domain/votes/tally/timestamp';
import { useMeetingStrings } from '../use-meeting-strings';
import { FormProblem } from './FormProblem';
import { useFormStep } from './use-form-step';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'flex-end' },
  number: { width: '110px' },
});

/** A typed number (empty is 0 where allowed); null when it does not read as a number. */
function count(text: string, emptyIs: number | null): number | null {
  const parsed = parseVietnameseNumber(text);
  if (!parsed.ok) return null;
  return parsed.value ?? emptyIs;
}

export function ManualCountForm({ session }: { session: PaneSession }) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const step = useFormStep();
  const candidates = roundCandidates(session.meeting, session.round);
  const [returned, setReturned] = useState('');
  const [invalid, setInvalid] = useState('0');
  const [totals, setTotals] = useState<Record<CandidateKey, { agree: string; disagree: string }>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const current = votesSessionStore.getSnapshot().session ?? session;
    const unreadable: string[] = [];
    const read = (text: string, label: string, emptyIs: number | null): number => {
      const n = count(text, emptyIs);
      if (n === null) unreadable.push(`${label} (đang là "${text.trim()}")`);
      return n ?? 0;
    };
    const returnedCount = read(returned, s.count.returned, null);
    const invalidCount = read(invalid, s.count.invalid, 0);
    const perCandidate: Record<CandidateKey, CandidateCount> = {};
    for (const c of candidates) {
      const typed = totals[keyOf(c)] ?? { agree: '', disagree: '' };
      perCandidate[keyOf(c)] = {
        agree: read(typed.agree, `${s.count.agree} – ${c.name}`, 0),
        disagree: read(typed.disagree, `${s.count.disagree} – ${c.name}`, 0),
      };
    }
    if (unreadable.length > 0) {
      step.run({
        ok: false,
        session: current,
        issue: {
          code: 'meeting.count.unreadable',
          severity: 'error',
          message: `Kết quả đếm tay chưa ghi: ${unreadable.join('; ')} phải là số nguyên không âm; hãy nhập lại.`,
        },
      });
      return;
    }
    const { enteredBy } = votesSessionStore.getSnapshot();
    step.run(
      applyToSession(current, {
        kind: 'count',
        count: {
          round: session.round,
          returned: returnedCount,
          invalid: invalidCount,
          perCandidate,
          enteredBy: enteredBy.trim() || 'Thư ký',
          enteredAt: localTimestamp(new Date()),
        },
      }),
    );
  };
  const setTotal = (key: CandidateKey, field: 'agree' | 'disagree', value: string) =>
    setTotals({ ...totals, [key]: { ...(totals[key] ?? { agree: '', disagree: '' }), [field]: value } });

  return (
    <form className={styles.form} onSubmit={submit} aria-label={s.count.heading} data-testid="manual-count">
      <Text weight="semibold">{s.count.heading}</Text>
      <div className={styles.row}>
        <Field label={s.count.returned} className={styles.number} required>
          <Input
            style={{ width: '100%', minWidth: 0 }}
            value={returned}
            inputMode="numeric"
            onChange={(_, d) => setReturned(d.value)}
            data-testid="count-returned"
          />
        </Field>
        <Field label={s.count.invalid} className={styles.number}>
          <Input
            style={{ width: '100%', minWidth: 0 }}
            value={invalid}
            inputMode="numeric"
            onChange={(_, d) => setInvalid(d.value)}
            data-testid="count-invalid"
          />
        </Field>
      </div>
      {candidates.map((c) => {
        const key = keyOf(c);
        return (
          <div key={key} className={styles.row}>
            <Text>
              {c.name} ({TITLES[c.titleId].shortLabel})
            </Text>
            <Field label={s.count.agree} className={styles.number}>
              <Input
                style={{ width: '100%', minWidth: 0 }}
                value={totals[key]?.agree ?? ''}
                inputMode="numeric"
                onChange={(_, d) => setTotal(key, 'agree', d.value)}
                data-testid={`count-agree-${key}`}
              />
            </Field>
            <Field label={s.count.disagree} className={styles.number}>
              <Input
                style={{ width: '100%', minWidth: 0 }}
                value={totals[key]?.disagree ?? ''}
                inputMode="numeric"
                onChange={(_, d) => setTotal(key, 'disagree', d.value)}
                data-testid={`count-disagree-${key}`}
              />
            </Field>
          </div>
        );
      })}
      <Text size={200}>{s.count.replaces}</Text>
      <FormProblem problem={step.problem} />
      <div>
        <Button appearance="primary" type="submit" data-testid="count-save">
          {s.count.save}
        </Button>
      </div>
    </form>
  );
}
