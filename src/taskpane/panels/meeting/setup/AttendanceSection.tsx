/**
 * Who votes and how: the body, its size, who is present (the quorum is shown as the numbers are typed),
 * the form of vote, the counting rule, the date (dd/mm/yyyy, the pane's one date field) and the ballots
 * issued.
 */
import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { parseVietnameseNumber } from '../../../../domain/text';
import {
  quorumMinimum,
  quorumReached,
  type CountingRule,
  type QuorumRule,
  type VoteForm,
  type VotingBody,
} from '../../../../domain/votes';
import { BODY_LABELS, COUNTING_RULE_LABELS, FORM_LABELS } from '../../../../layout/votes';
import { DateField } from '../../../shared/DateField';
import { useMeetingStrings } from '../use-meeting-strings';
import { parseNameLines, type MeetingDraft } from '../../../../domain/votes/tally/setup-draft';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'flex-start' },
  number: { width: '150px' },
  fill: { width: '100%', minWidth: 0 },
  wide: { maxWidth: '100%' },
  met: { color: tokens.colorPaletteGreenForeground1 },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface AttendanceSectionProps {
  draft: MeetingDraft;
  quorum: QuorumRule | null;
  staffCount: number;
  onChange(patch: Partial<MeetingDraft>): void;
}

function whole(text: string): number | null {
  const parsed = parseVietnameseNumber(text);
  return parsed.ok && parsed.value !== null && Number.isInteger(parsed.value) ? parsed.value : null;
}

export function AttendanceSection({ draft, quorum, staffCount, onChange }: AttendanceSectionProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const total = whole(draft.totalMembers);
  const present = whole(draft.present);
  const names = parseNameLines(draft.presentNames).length;
  const quorumText =
    quorum && total !== null && total > 0
      ? `${s.meeting.quorumNeed} ${quorumMinimum(total, quorum)}/${total} ${s.meeting.people} (${quorum.numerator}/${quorum.denominator}).`
      : null;
  const met = quorum && total !== null && present !== null ? quorumReached(present, total, quorum) : null;
  // At a cụm thi đua's meeting the voters are the schools' delegates.
  const cluster = draft.body === 'cluster';
  return (
    <section className={styles.section} aria-labelledby="meeting-attendance-heading">
      <Text as="h2" size={400} weight="semibold" id="meeting-attendance-heading">
        {s.meeting.heading}
      </Text>
      <Field label={s.meeting.body}>
        <RadioGroup
          value={draft.body}
          onChange={(_, data) => {
            const body = data.value as VotingBody;
            const patch: Partial<MeetingDraft> = { body };
            if (body === 'allStaff' && draft.totalMembers.trim() === '')
              patch.totalMembers = String(staffCount);
            onChange(patch);
          }}
        >
          {(Object.keys(BODY_LABELS) as VotingBody[]).map((body) => (
            <Radio key={body} value={body} label={BODY_LABELS[body]} data-testid={`body-${body}`} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field
          label={cluster ? s.meeting.totalDelegates : s.meeting.totalMembers}
          className={styles.number}
          required
        >
          <Input
            className={styles.fill}
            value={draft.totalMembers}
            inputMode="numeric"
            data-testid="total-members"
            onChange={(_, data) => onChange({ totalMembers: data.value })}
          />
        </Field>
        <Field
          label={cluster ? s.meeting.presentDelegates : s.meeting.present}
          className={styles.number}
          required
        >
          <Input
            className={styles.fill}
            value={draft.present}
            inputMode="numeric"
            data-testid="present"
            onChange={(_, data) => onChange({ present: data.value })}
          />
        </Field>
        <Field label={s.meeting.issued} className={styles.number} hint={s.meeting.issuedHint}>
          <Input
            className={styles.fill}
            value={draft.issued}
            inputMode="numeric"
            data-testid="issued"
            onChange={(_, data) => onChange({ issued: data.value })}
          />
        </Field>
      </div>
      {quorumText && (
        <Text size={200} className={met === false ? styles.notMet : styles.met} data-testid="setup-quorum">
          {quorumText}
          {met !== null ? ` ${met ? s.quorum.met : s.quorum.notMet}.` : ''}
        </Text>
      )}
      <Field
        label={cluster ? s.meeting.presentDelegateNames : s.meeting.presentNames}
        hint={names > 0 ? `${names} ${s.meeting.people}` : undefined}
      >
        <Textarea
          value={draft.presentNames}
          resize="vertical"
          onChange={(_, data) => onChange({ presentNames: data.value })}
        />
      </Field>
      <Field label={s.meeting.form}>
        <RadioGroup
          value={draft.form}
          layout="horizontal"
          onChange={(_, data) => onChange({ form: data.value as VoteForm })}
        >
          {(Object.keys(FORM_LABELS) as VoteForm[]).map((form) => (
            <Radio key={form} value={form} label={FORM_LABELS[form]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.meeting.countingRule}>
        <Select
          className={styles.wide}
          value={draft.countingRule}
          onChange={(_, data) => onChange({ countingRule: data.value as CountingRule })}
        >
          {(Object.keys(COUNTING_RULE_LABELS) as CountingRule[]).map((rule) => (
            <option key={rule} value={rule}>
              {COUNTING_RULE_LABELS[rule]}
            </option>
          ))}
        </Select>
      </Field>
      <DateField
        label={s.meeting.date}
        className={styles.number}
        value={draft.date}
        onCommit={(date) => onChange({ date })}
        testId="meeting-date"
      />
    </section>
  );
}
