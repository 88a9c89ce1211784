import { Field, Input, Text } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import type { ExportForm } from './form';
import { EXPORT_STRINGS } from './strings';
import { useSectionStyles } from './styles';
import { DateField } from '../../shared/DateField';
import { TimeField } from './TimeField';

type MeetingFields = Pick<
  ExportForm,
  'meetingDate' | 'startTime' | 'endTime' | 'place' | 'chairName' | 'chairPosition' | 'secretaryName'
>;

interface Props {
  form: MeetingFields;
  onChange(patch: Partial<MeetingFields>): void;
}

/** What the minutes need and the workbook does not hold: time, place, chair, secretary. */
export function MeetingSection({ form, onChange }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useSectionStyles();
  return (
    <fieldset className={styles.section} data-testid="export-meeting">
      <legend className={styles.legend}>{s.meeting}</legend>
      <Text size={200} className={styles.muted}>
        {s.meetingHint}
      </Text>
      <div className={styles.row}>
        <DateField
          label={s.meetingDate}
          className={styles.grow}
          value={form.meetingDate}
          onCommit={(meetingDate) => onChange({ meetingDate })}
          testId="export-meeting-date"
        />
        <TimeField
          label={s.startTime}
          className={styles.grow}
          value={form.startTime}
          onCommit={(startTime) => onChange({ startTime })}
          testId="export-start-time"
        />
        <TimeField
          label={s.endTime}
          className={styles.grow}
          value={form.endTime}
          onCommit={(endTime) => onChange({ endTime })}
          testId="export-end-time"
        />
      </div>
      <Field label={s.place}>
        <Input value={form.place} onChange={(_, d) => onChange({ place: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label={s.chairName} className={styles.grow}>
          <Input value={form.chairName} onChange={(_, d) => onChange({ chairName: d.value })} />
        </Field>
        <Field label={s.chairPosition} className={styles.grow}>
          <Input value={form.chairPosition} onChange={(_, d) => onChange({ chairPosition: d.value })} />
        </Field>
      </div>
      <Field label={s.secretaryName}>
        <Input value={form.secretaryName} onChange={(_, d) => onChange({ secretaryName: d.value })} />
      </Field>
    </fieldset>
  );
}
