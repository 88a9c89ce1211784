import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { Gender, Person, Role, Team } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { CHECK_MESSAGES } from '../check-messages';
import { TEMPLATE_STRINGS } from '../strings';
import { readPersonForm, type PersonFormText } from './person-form';
import { useUnitForm, useUnitFormStyles } from './use-unit-form';

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
  const styles = useUnitFormStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).staff;
  const fields = usePanelStrings(TEMPLATE_STRINGS).fields;
  const messages = usePanelStrings(CHECK_MESSAGES);
  const teamList = useId();
  const { text, set, submit, state, errors } = useUnitForm(
    initial,
    (typed) => {
      const read = readPersonForm(typed, others, messages.person);
      return 'errors' in read ? read : { unit: read.person, group: read.team };
    },
    onSave,
  );

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
