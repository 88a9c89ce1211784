import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Gender, Person, Role, Team } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { CHECK_MESSAGES } from '../check-messages';
import { TEMPLATE_STRINGS } from '../strings';
import { readPersonForm, type PersonFormErrors, type PersonFormText } from './person-form';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export interface PersonFormProps {
  initial: PersonFormText;
  editing: boolean;
  roles: readonly Role[];
  teams: readonly Team[];
  /** Everyone else on the list, to refuse a code already used. */
  others: readonly Person[];
  onSave: (person: Omit<Person, 'teamId'>, team: string) => void;
  onCancel: () => void;
}

/** One person, typed field by field; Enter in any field saves. */
export function PersonForm({ initial, editing, roles, teams, others, onSave, onCancel }: PersonFormProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).staff;
  const fields = usePanelStrings(TEMPLATE_STRINGS).fields;
  const messages = usePanelStrings(CHECK_MESSAGES);
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const teamList = useId();
  useEffect(() => {
    setText(initial);
    setErrors({});
  }, [initial]);

  const set = (changes: Partial<PersonFormText>) => setText((previous) => ({ ...previous, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readPersonForm(text, others, messages.person);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    onSave(read.person, read.team);
  };
  const state = (key: keyof PersonFormText) =>
    errors[key] ? { validationState: 'error' as const, validationMessage: errors[key] } : {};

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={editing ? t.editTitle : t.addTitle}
      data-testid="person-form"
    >
      <Field label={t.fullName} required {...state('fullName')}>
        <Input
          value={text.fullName}
          onChange={(_, d) => set({ fullName: d.value })}
          data-testid="person-fullName"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t.code} hint={errors.id ? undefined : t.codeHint} {...state('id')}>
          <Input value={text.id} onChange={(_, d) => set({ id: d.value })} data-testid="person-id" />
        </Field>
        <Field label={t.gender}>
          <Select
            value={text.gender}
            onChange={(_, d) => set({ gender: d.value as Gender })}
            data-testid="person-gender"
          >
            <option value="nữ">{t.female}</option>
            <option value="nam">{t.male}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t.position} hint={t.positionHint}>
          <Input
            value={text.position}
            onChange={(_, d) => set({ position: d.value })}
            data-testid="person-position"
          />
        </Field>
        <Field label={t.role} required {...state('roleId')}>
          <Select value={text.roleId} onChange={(_, d) => set({ roleId: d.value })} data-testid="person-role">
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.team} required hint={errors.team ? undefined : t.teamHint} {...state('team')}>
        <Input
          value={text.team}
          list={teamList}
          onChange={(_, d) => set({ team: d.value })}
          data-testid="person-team"
        />
      </Field>
      <datalist id={teamList}>
        {teams.map((team) => (
          <option key={team.id} value={team.name} />
        ))}
      </datalist>
      <div className={styles.row}>
        <Field label={t.hireDate} {...state('hireDate')}>
          <Input
            value={text.hireDate}
            placeholder={fields.datePlaceholder}
            onChange={(_, d) => set({ hireDate: d.value })}
            data-testid="person-hireDate"
          />
        </Field>
        <Field label={t.birthDate} {...state('birthDate')}>
          <Input
            value={text.birthDate}
            placeholder={fields.datePlaceholder}
            onChange={(_, d) => set({ birthDate: d.value })}
            data-testid="person-birthDate"
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="person-save">
          {editing ? t.saveChanges : t.addPerson}
        </Button>
        {editing && (
          <Button type="button" onClick={onCancel} data-testid="person-cancel">
            {t.cancelEdit}
          </Button>
        )}
      </div>
    </form>
  );
}
