/**
 * A person proposed at a cụm thi đua's meeting: not in the cụm's list (which lists schools), so the secretary
 * types the code and name and picks the person's school (Đơn vị) from the cụm's schools. The domain refuses a
 * person without a school (validateMeetingSetup); this form does not let one be added.
 */
import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { SchoolRoster } from '../../../../domain/school/types';
import type { TitleId } from '../../../../domain/titles';
import type { Candidate } from '../../../../domain/votes';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  code: { width: '110px' },
  grow: { flexGrow: 1, minWidth: '160px' },
  fill: { width: '100%', minWidth: 0 },
});

export interface ClusterPersonFormProps {
  titleId: TitleId;
  roster: SchoolRoster;
  /** Returns the refusal's message, or null when the candidate was added. */
  onAdd(candidate: Candidate): string | null;
  onMessage(text: string | null): void;
}

export function ClusterPersonForm({ titleId, roster, onAdd, onMessage }: ClusterPersonFormProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');

  const add = () => {
    const candidate = { titleId, id: id.normalize('NFC').trim(), name: name.normalize('NFC').trim() };
    if (candidate.id === '' || candidate.name === '' || unit === '') {
      onMessage(s.candidates.personMissing);
      return;
    }
    const refusal = onAdd({ ...candidate, unitName: unit });
    onMessage(refusal);
    if (refusal === null) {
      setId('');
      setName('');
    }
  };
  // Enter in any field adds the person; it must not save the whole setup.
  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className={styles.row} data-testid="cluster-person">
      <Field label={s.candidates.personCode} className={styles.code}>
        <Input
          className={styles.fill}
          value={id}
          data-testid="cluster-person-id"
          onChange={(_, data) => setId(data.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <Field label={s.candidates.personName} className={styles.grow}>
        <Input
          className={styles.fill}
          value={name}
          data-testid="cluster-person-name"
          onChange={(_, data) => setName(data.value)}
          onKeyDown={onEnter}
        />
      </Field>
      <Field label={s.candidates.personUnit} className={styles.grow}>
        <Select
          className={styles.fill}
          value={unit}
          data-testid="cluster-person-unit"
          onChange={(_, data) => setUnit(data.value)}
          onKeyDown={onEnter}
        >
          <option value="">{s.candidates.personUnitPlaceholder}</option>
          {roster.staff.map((school) => (
            <option key={school.id} value={school.fullName}>
              {school.fullName}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={add} data-testid="cluster-person-add">
        {s.candidates.add}
      </Button>
    </div>
  );
}
