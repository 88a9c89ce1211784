import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usePanelStrings } from '../../i18n';
import { EXPORT_STRINGS } from './strings';
import { parseTimeText } from './time-text';

const useStyles = makeStyles({
  // As DateField: the box takes its column's width, so a row of fields fits a 320 px pane.
  root: { width: '100%', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

interface Props {
  label: string;
  /** "HH:MM" or ''. */
  value: string;
  onCommit: (time: string) => void;
  className?: string;
  testId?: string;
}

/**
 * A time of day as a plain text box (giờ:phút, 24-hour), checked with the pane's own messages. Never
 * `<input type="time">`, whose AM/PM, layout and bubbles follow the browser's language.
 */
export function TimeField({ label, value, onCommit, className, testId }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useStyles();
  const [text, setText] = useState(value);
  const [error, setError] = useState('');
  useEffect(() => {
    setText(value);
    setError('');
  }, [value]);

  const commit = () => {
    const parsed = parseTimeText(text, s.time);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError('');
    if (parsed.value !== value) onCommit(parsed.value);
    else setText(parsed.value);
  };

  return (
    <Field
      label={label}
      hint={error ? undefined : s.time.hint}
      className={className}
      validationState={error ? 'error' : 'none'}
      validationMessage={error || undefined}
    >
      <Input
        className={styles.root}
        input={{ className: styles.input }}
        value={text}
        placeholder={s.time.placeholder}
        inputMode="numeric"
        data-testid={testId}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          // Enter confirms the time; it must not submit the export form around it.
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </Field>
  );
}
