import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SchoolInfo } from '../../../../domain/school/types';
import { normalizeName } from '../../../../domain/text';
import { usePanelStrings } from '../../../i18n';
import type { DraftUpdate } from '../draft-store';
import { DateField } from '../shared/DateField';
import { fitRoundsToYear } from '../rounds/rounds-year';
import { TEMPLATE_STRINGS } from '../strings';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '8px',
    ...SHRINKABLE_FIELDS,
  },
});

type TextKey = 'name' | 'schoolYear' | 'parentBody' | 'place' | 'principalName';

/** A text field that writes to the draft when left, so typing stays fast on a long form. */
function InfoText({
  label,
  value,
  hint,
  onCommit,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  onCommit: (value: string) => void;
  testId: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const clean = normalizeName(text);
    if (clean !== value) onCommit(clean);
  };
  return (
    <Field label={label} hint={hint}>
      <Input
        value={text}
        data-testid={testId}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

/** The school's details, or for a Phòng (`phong`) the Phòng's: its name, cơ quan cấp trên, địa danh, năm học. */
export function SchoolSection({
  info,
  update,
  phong = false,
}: {
  info: SchoolInfo;
  update: DraftUpdate;
  phong?: boolean;
}) {
  const styles = useStyles();
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  const t = phong ? { ...strings.school, ...strings.phong.info } : strings.school;
  const set = (changes: Partial<SchoolInfo>) =>
    update((draft) => ({ ...draft, info: { ...draft.info, ...changes } }));
  // The rounds follow the school year: a new year moves them, they never keep another year's dates.
  const setYear = (changes: Pick<Partial<SchoolInfo>, 'yearStart' | 'yearEnd'>) =>
    update((draft) => {
      const next = { ...draft.info, ...changes };
      const rounds = fitRoundsToYear(draft.config.rounds, draft.info.yearStart, next.yearStart, next.yearEnd);
      return { ...draft, info: next, config: { ...draft.config, rounds } };
    });
  const text = (key: TextKey, label: string, hint?: string) => (
    <InfoText
      label={label}
      hint={hint}
      value={info[key] ?? ''}
      testId={`school-${key}`}
      onCommit={(value) => set({ [key]: value })}
    />
  );
  return (
    <div className={styles.form}>
      {text('name', t.name, t.nameHint)}
      {text('schoolYear', t.schoolYear, t.schoolYearHint)}
      {text('parentBody', t.parentBody, t.parentBodyHint)}
      {text('place', t.place, t.placeHint)}
      <div className={styles.row}>
        <DateField
          label={t.yearStart}
          value={info.yearStart}
          onCommit={(yearStart) => setYear({ yearStart })}
          testId="school-yearStart"
        />
        <DateField
          label={t.yearEnd}
          value={info.yearEnd}
          onCommit={(yearEnd) => setYear({ yearEnd })}
          testId="school-yearEnd"
        />
      </div>
      {text('principalName', t.principal)}
    </div>
  );
}
