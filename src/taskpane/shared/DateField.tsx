import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatVietnameseDate, parseVietnameseDate } from '../../domain/text';
import { usePanelStrings } from '../i18n';

const STRINGS = {
  vi: {
    hint: 'Ngày/tháng/năm, ví dụ 05/09/2024.',
    placeholder: 'nn/tt/nnnn',
    required: (label: string) => `Hãy nhập ${label.toLocaleLowerCase('vi')}.`,
  },
  en: {
    hint: 'Day/month/year, e.g. 05/09/2024.',
    placeholder: 'dd/mm/yyyy',
    required: (label: string) => `Enter the ${label.toLowerCase()}.`,
  },
};

const useStyles = makeStyles({
  // An <input> is about 20 characters wide by default: in a row of fields at 320 px that pushes the pane
  // sideways. The box takes its column's width instead.
  root: { width: '100%', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

export interface DateFieldProps {
  label: string;
  /** ISO date or ''. */
  value: string;
  onCommit: (iso: string) => void;
  required?: boolean;
  testId?: string;
  size?: 'small' | 'medium';
  className?: string;
  /** Shown instead of the format hint (the format is then in the placeholder only). */
  hint?: string;
}

/**
 * The one date field of the pane: typed as Vietnamese users write it (dd/mm/yyyy), kept as an ISO date,
 * with the pane's own messages. A plain text box, never `<input type="date">`, whose format and messages
 * follow the browser's language (12/03/2026 read as 12 March, a 5-digit year, English bubbles).
 */
export function DateField({
  label,
  value,
  onCommit,
  required,
  testId,
  size,
  className,
  hint,
}: DateFieldProps) {
  const t = usePanelStrings(STRINGS);
  const styles = useStyles();
  const [text, setText] = useState(value ? formatVietnameseDate(value) : '');
  const [error, setError] = useState('');
  useEffect(() => {
    setText(value ? formatVietnameseDate(value) : '');
    setError('');
  }, [value]);

  const commit = () => {
    const parsed = parseVietnameseDate(text);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    if (parsed.value === null && required) {
      setError(t.required(label));
      return;
    }
    setError('');
    const iso = parsed.value ?? '';
    if (iso !== value) onCommit(iso);
    else setText(iso ? formatVietnameseDate(iso) : '');
  };

  return (
    <Field
      label={label}
      hint={error ? undefined : (hint ?? t.hint)}
      size={size}
      className={className}
      required={required}
      validationState={error ? 'error' : 'none'}
      validationMessage={error || undefined}
    >
      <Input
        className={styles.root}
        input={{ className: styles.input }}
        value={text}
        placeholder={t.placeholder}
        inputMode="numeric"
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
