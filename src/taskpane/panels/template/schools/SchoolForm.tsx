import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { Person, Role, Team } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { CHECK_MESSAGES } from '../check-messages';
import { TEMPLATE_STRINGS } from '../strings';
import { useUnitForm, useUnitFormStyles } from '../staff/use-unit-form';
import { readSchoolForm, type SchoolFormText } from './school-units';

export interface SchoolFormProps {
  initial: SchoolFormText;
  editing: boolean;
  levels: readonly Role[];
  clusters: readonly Team[];
  /** Every other school on the list, to refuse a code already used. */
  others: readonly Person[];
  onSave: (school: Omit<Person, 'teamId'>, cluster: string) => void;
  onCancel: () => void;
}

/** One school: mã, tên, cấp học, cụm, hiệu trưởng. No gender or dates: a school is not a person. */
export function SchoolForm({
  initial,
  editing,
  levels,
  clusters,
  others,
  onSave,
  onCancel,
}: SchoolFormProps) {
  const styles = useUnitFormStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).phong.schools;
  const messages = usePanelStrings(CHECK_MESSAGES).phong.school;
  const clusterList = useId();
  const { text, set, submit, state, errors } = useUnitForm(
    initial,
    (typed) => {
      const read = readSchoolForm(typed, others, messages);
      return 'errors' in read ? read : { unit: read.school, group: read.cluster };
    },
    onSave,
  );

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={editing ? t.editTitle : t.addTitle}
      data-testid="school-form"
    >
      <Field label={t.name} required hint={errors.name ? undefined : t.nameHint} {...state('name')}>
        <Input value={text.name} onChange={(_, d) => set({ name: d.value })} data-testid="unit-name" />
      </Field>
      <div className={styles.row}>
        <Field label={t.code} hint={errors.id ? undefined : t.codeHint} {...state('id')}>
          <Input value={text.id} onChange={(_, d) => set({ id: d.value })} data-testid="unit-id" />
        </Field>
        <Field label={t.level} required {...state('levelId')}>
          <Select
            value={text.levelId}
            onChange={(_, d) => set({ levelId: d.value })}
            data-testid="unit-level"
          >
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label={t.cluster}
          required
          hint={errors.cluster ? undefined : t.clusterHint}
          {...state('cluster')}
        >
          <Input
            value={text.cluster}
            list={clusterList}
            onChange={(_, d) => set({ cluster: d.value })}
            data-testid="unit-cluster"
          />
        </Field>
        <Field label={t.principal}>
          <Input
            value={text.principal}
            onChange={(_, d) => set({ principal: d.value })}
            data-testid="unit-principal"
          />
        </Field>
      </div>
      <datalist id={clusterList}>
        {clusters.map((cluster) => (
          <option key={cluster.id} value={cluster.name} />
        ))}
      </datalist>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="unit-save">
          {editing ? t.saveChanges : t.add}
        </Button>
        {editing && (
          <Button type="button" onClick={onCancel} data-testid="unit-cancel">
            {t.cancelEdit}
          </Button>
        )}
      </div>
    </form>
  );
}
