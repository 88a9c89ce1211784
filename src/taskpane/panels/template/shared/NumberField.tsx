import { Field, Input } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { parseVietnameseNumber } from '../../../../domain/text';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS } from '../strings';
import { showNumber } from './format';

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** Called with the number typed (undefined when emptied and `optional`). */
  onCommit: (value: number | undefined) => void;
  optional?: boolean;
  hint?: string;
  min?: number;
  testId?: string;
  size?: 'small' | 'medium';
}

/**
 * A number as Vietnamese users type it ("9,5" or "9.5"): kept as typed while editing, read when the field
 * is left or Enter is pressed, and refused with a message when it is not a number.
 */
export function NumberField({ label, value, onCommit, optional, hint, min, testId, size }: NumberFieldProps) {
  const t = usePanelStrings(TEMPLATE_STRINGS);
  const [text, setText] = useState(showNumber(value));
  const [error, setError] = useState('');
  const id = useId();
  useEffect(() => {
    setText(showNumber(value));
    setError('');
  }, [value]);

  const commit = () => {
    const parsed = parseVietnameseNumber(text);
    if (!parsed.ok) {
      setError(t.fields.notANumber(text));
      return;
    }
    if (parsed.value === null) {
      if (optional) {
        setError('');
        onCommit(undefined);
      } else setError(t.fields.required(label));
      return;
    }
    if (min !== undefined && parsed.value < min) {
      setError(t.fields.atLeast(showNumber(min)));
      return;
    }
    setError('');
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <Field
      label={label}
      hint={hint}
      size={size}
      validationState={error ? 'error' : 'none'}
      validationMessage={error || undefined}
    >
      <Input
        id={id}
        inputMode="decimal"
        value={text}
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
