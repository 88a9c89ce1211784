import { useState } from 'react';
import { Checkbox, Field, Select, Text, makeStyles } from '@fluentui/react-components';
import type { CaseTargets } from '../../../../domain/case';
import { TITLES, type TitleId } from '../../../../domain/titles';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { TARGETS_EDIT_STRINGS } from './strings';
import { isRegistered, setRegistration } from './targets-model';
import { useWriteTargets } from './use-write-targets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  boxes: { display: 'flex', flexDirection: 'column' },
});

const PERSON_TITLES: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH'];

/** One person at a time: a tick per individual title, written to "Đăng ký" as soon as it changes. */
export function RegistrationEditor({ targets }: { targets: CaseTargets }) {
  const s = usePanelStrings(TARGETS_EDIT_STRINGS);
  const styles = useStyles();
  const { read, busy } = useCase();
  const write = useWriteTargets();
  const [personId, setPersonId] = useState('');
  const staff = read?.schoolCase.roster.staff ?? [];
  const individual = targets.registrations.filter((r) => r.subject.kind === 'person').length;
  return (
    <div className={styles.root} data-testid="registration-editor">
      <Text as="h3" weight="semibold">
        {s.registrationHeading}
      </Text>
      <Text size={200}>
        {s.registrationHint} {s.registered(individual)}
      </Text>
      <Field label={s.person}>
        <Select value={personId} onChange={(_, d) => setPersonId(d.value)} data-testid="registration-person">
          <option value="">{s.choosePerson}</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>
              {person.fullName} ({person.id})
            </option>
          ))}
        </Select>
      </Field>
      {personId !== '' && (
        <div className={styles.boxes}>
          {PERSON_TITLES.map((titleId) => (
            <Checkbox
              key={titleId}
              label={TITLES[titleId].label}
              checked={isRegistered(targets, personId, titleId)}
              disabled={busy !== null}
              data-testid={`register-${titleId}`}
              onChange={(_, d) =>
                void write(setRegistration(targets, personId, titleId, d.checked === true), s.saving)
              }
            />
          ))}
        </div>
      )}
    </div>
  );
}
