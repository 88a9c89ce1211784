import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { forwardRef, useEffect, useState, type FormEvent } from 'react';
import type { Criterion, CriterionKind, ScoringConfig } from '../../../../domain/scoring';
import type { Role } from '../../../../domain/school/types';
import type { UnitKind } from '../../../../domain/school/units';
import { usePanelStrings } from '../../../i18n';
import { CHECK_MESSAGES } from '../check-messages';
import { useCriteriaStrings } from '../unit-strings';
import { readCriterionForm, type CriterionFormText } from './criterion-form';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  roles: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export interface CriterionFormProps {
  initial: CriterionFormText;
  /** Index of the criterion edited, null for a new one. */
  index: number | null;
  config: ScoringConfig;
  roles: readonly Role[];
  /** Whose criteria: a Phòng's apply per cấp học. */
  kind?: UnitKind;
  onSave: (criterion: Criterion) => void;
  onCancel: () => void;
}

/** One criterion: its section, wording, kind and points, the roles it applies to and an optional floor. */
export const CriterionForm = forwardRef<HTMLFormElement, CriterionFormProps>(function CriterionForm(
  { initial, index, config, roles, kind = 'staff', onSave, onCancel },
  ref,
) {
  const styles = useStyles();
  const t = useCriteriaStrings(kind);
  const messages = usePanelStrings(CHECK_MESSAGES);
  const criterionMessages =
    kind === 'school' ? { ...messages.criterion, noRole: messages.phong.noLevel } : messages.criterion;
  const [text, setText] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    setText(initial);
    setProblems([]);
  }, [initial]);
  const set = (changes: Partial<CriterionFormText>) => setText((previous) => ({ ...previous, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readCriterionForm(text, config, index, criterionMessages);
    if ('problems' in read) setProblems(read.problems);
    else {
      setProblems([]);
      onSave(read.criterion);
    }
  };
  const maxLabel = text.kind === 'bonus' ? t.cap : text.kind === 'deduction' ? t.start : t.max;
  const toggleRole = (roleId: string, on: boolean) => {
    const current = text.roles === 'all' ? roles.map((role) => role.id) : text.roles;
    const next = on ? [...current, roleId] : current.filter((id) => id !== roleId);
    set({
      roles: roles.every((role) => next.includes(role.id))
        ? 'all'
        : roles.map((r) => r.id).filter((id) => next.includes(id)),
    });
  };

  return (
    <form
      ref={ref}
      className={styles.form}
      onSubmit={submit}
      aria-label={index === null ? t.addTitle : t.editTitle(text.id)}
      data-testid="criterion-form"
    >
      <div className={styles.row}>
        <Field label={t.code} required>
          <Input value={text.id} onChange={(_, d) => set({ id: d.value })} data-testid="criterion-id" />
        </Field>
        <Field label={t.section}>
          <Select
            value={text.sectionId}
            onChange={(_, d) => set({ sectionId: d.value })}
            data-testid="criterion-section"
          >
            {config.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.label} required>
        <Textarea
          value={text.label}
          resize="vertical"
          rows={2}
          onChange={(_, d) => set({ label: d.value })}
          data-testid="criterion-label"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t.kind} hint={t.kindHints[text.kind]}>
          <Select
            value={text.kind}
            onChange={(_, d) => set({ kind: d.value as CriterionKind })}
            data-testid="criterion-kind"
          >
            <option value="points">{t.kinds.points}</option>
            <option value="deduction">{t.kinds.deduction}</option>
            <option value="bonus">{t.kinds.bonus}</option>
          </Select>
        </Field>
        <Field label={maxLabel} required>
          <Input
            inputMode="decimal"
            value={text.max}
            onChange={(_, d) => set({ max: d.value })}
            data-testid="criterion-max"
          />
        </Field>
      </div>
      <div className={styles.row}>
        {text.kind === 'deduction' && (
          <Field label={t.step} required hint={t.stepHint}>
            <Input
              inputMode="decimal"
              value={text.step}
              onChange={(_, d) => set({ step: d.value })}
              data-testid="criterion-step"
            />
          </Field>
        )}
        {text.kind !== 'bonus' && (
          <Field label={t.floor} hint={t.floorHint}>
            <Input
              inputMode="decimal"
              value={text.floor}
              onChange={(_, d) => set({ floor: d.value })}
              data-testid="criterion-floor"
            />
          </Field>
        )}
      </div>
      <fieldset className={styles.roles}>
        <legend>{t.roles}</legend>
        <Checkbox
          label={t.allRoles}
          checked={text.roles === 'all'}
          onChange={(_, d) => set({ roles: d.checked === true ? 'all' : [] })}
        />
        {roles.map((role) => (
          <Checkbox
            key={role.id}
            label={role.label}
            checked={text.roles === 'all' || text.roles.includes(role.id)}
            onChange={(_, d) => toggleRole(role.id, d.checked === true)}
          />
        ))}
      </fieldset>
      {problems.length > 0 && (
        <MessageBar intent="error" data-testid="criterion-problems">
          <MessageBarBody>
            {problems.map((problem) => (
              <div key={problem}>{problem}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" data-testid="criterion-save">
          {index === null ? t.addCriterion : t.saveChanges}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
});
