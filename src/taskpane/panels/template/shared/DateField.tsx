import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatVietnameseDate, parseVietnameseDate } from '../../../../domain/text';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS } from '../strings';

export interface DateFieldProps {
  label: string;
  /** ISO date or ''. */
  value: string;
  onCommit: (iso: string) => void;
  required?: boolean;
  testId?: string;
  size?: 'small' | 'medium';
}

/** A date typed as Vietnamese users write it (dd/mm/yyyy), kept as an ISO date. */
export function DateField({ label, value, onCommit, required, testId, size }: DateFieldProps) {
  const t = usePanelStrings(TEMPLATE_STRINGS);
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
      setError(t.fields.required(label));
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
      hint={error ? undefined : t.fields.dateHint}
      size={size}
      validationState={error ? 'error' : 'none'}
      validationMessage={error || undefined}
    >
      <Input
        value={text}
        placeholder="nn/tt/nnnn"
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
