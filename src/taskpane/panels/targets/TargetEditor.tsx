import { useState, type KeyboardEvent } from 'react';
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import { TARGETS_STRINGS } from './strings';
import { parseTargetInput } from './target-input';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  input: { width: '110px' },
});

interface Props {
  id: string;
  label: string;
  current: number;
  onSave(value: number): void;
  onCancel(): void;
}

/** The target's number, edited in place: Enter saves, Esc cancels; a wrong value says what is wrong. */
export function TargetEditor({ id, label, current, onSave, onCancel }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const [text, setText] = useState(String(current));
  const [error, setError] = useState<string>();
  const submit = () => {
    const parsed = parseTargetInput(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    onSave(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field
        label={s.editLabel(label)}
        hint={error ? undefined : s.editHint}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          className={styles.input}
          data-testid={`target-input-${id}`}
          inputMode="numeric"
          autoFocus
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setError(undefined);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      <Button type="submit" appearance="primary" data-testid={`target-save-${id}`}>
        {s.save}
      </Button>
      <Button type="button" onClick={onCancel}>
        {s.cancel}
      </Button>
    </form>
  );
}
