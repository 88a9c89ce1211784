import { useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles } from '@fluentui/react-components';
import type { CaseTargets } from '../../../../domain/case';
import { TITLES, type TitleId } from '../../../../domain/titles';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { parseTargetInput } from '../target-input';
import { RegistrationEditor } from './RegistrationEditor';
import { TARGETS_EDIT_STRINGS } from './strings';
import { addTarget, removeTarget } from './targets-model';
import { useWriteTargets } from './use-write-targets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    minHeight: '32px',
    overflowWrap: 'anywhere',
  },
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  button: { minHeight: '32px', alignSelf: 'flex-start' },
});

const COUNTED_TITLES: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS'];

/** Adds and removes targets (the number itself is edited on each target's card) and records registrations. */
export function TargetsManager({ targets }: { targets: CaseTargets }) {
  const s = usePanelStrings(TARGETS_EDIT_STRINGS);
  const styles = useStyles();
  const { busy } = useCase();
  const write = useWriteTargets();
  const [label, setLabel] = useState('');
  const [level, setLevel] = useState('');
  const [count, setCount] = useState('1');
  const [title, setTitle] = useState<TitleId | ''>('');
  const [errors, setErrors] = useState<{ label?: string; count?: string }>({});

  const add = async () => {
    const parsed = parseTargetInput(count);
    const problems = {
      label: label.trim() === '' ? s.labelMissing : undefined,
      count: parsed.ok ? undefined : s.countBad,
    };
    setErrors(problems);
    if (!parsed.ok || problems.label) return;
    const next = addTarget(targets, {
      awardLabel: label,
      level,
      count: parsed.value,
      titleId: title || undefined,
    });
    if (await write(next, s.saving)) {
      setLabel('');
      setLevel('');
      setCount('1');
      setTitle('');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="targets-manage-heading" data-testid="targets-manage">
      <Text as="h3" weight="semibold" id="targets-manage-heading">
        {s.manageHeading}
      </Text>
      <Text size={200}>{s.manageHint}</Text>
      <ul className={styles.list}>
        {targets.targets.map((target) => (
          <li key={target.id} className={styles.row} data-testid={`manage-target-${target.id}`}>
            <span>
              {target.awardLabel} · {target.count}
            </span>
            <Button
              className={styles.button}
              aria-label={s.removeOf(target.awardLabel)}
              disabled={busy !== null}
              onClick={() => void write(removeTarget(targets, target.id), s.saving)}
              data-testid={`remove-target-${target.id}`}
            >
              {s.remove}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field
          label={s.label}
          validationMessage={errors.label}
          validationState={errors.label ? 'error' : 'none'}
        >
          <Input value={label} onChange={(_, d) => setLabel(d.value)} data-testid="new-target-label" />
        </Field>
        <Field label={s.title}>
          <Select
            value={title}
            onChange={(_, d) => setTitle(d.value as TitleId | '')}
            data-testid="new-target-title"
          >
            <option value="">{s.noTitle}</option>
            {COUNTED_TITLES.map((id) => (
              <option key={id} value={id}>
                {TITLES[id].label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.level}>
          <Input value={level} onChange={(_, d) => setLevel(d.value)} data-testid="new-target-level" />
        </Field>
        <Field
          label={s.count}
          validationMessage={errors.count}
          validationState={errors.count ? 'error' : 'none'}
        >
          <Input
            inputMode="numeric"
            value={count}
            onChange={(_, d) => setCount(d.value)}
            data-testid="new-target-count"
          />
        </Field>
        <Button type="submit" className={styles.button} disabled={busy !== null} data-testid="new-target-add">
          {s.add}
        </Button>
      </form>
      <RegistrationEditor targets={targets} />
    </section>
  );
}
