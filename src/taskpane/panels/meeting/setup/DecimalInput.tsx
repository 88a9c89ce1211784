/**
 * A number typed the Vietnamese way ("66,67"): the text stays as typed, the value goes up only once it
 * reads as a number in range, and what is wrong is said under the field.
 */
import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatVietnameseNumber, parseVietnameseNumber } from '../../../../domain/text';

export interface DecimalInputProps {
  label: string;
  value: number;
  onValue(value: number): void;
  min: number;
  max: number;
  /** Decimals allowed (0 for whole numbers). */
  decimals: number;
  testId?: string;
}

function show(value: number, decimals: number): string {
  return formatVietnameseNumber(value, decimals, { trimZeros: true, grouping: false });
}

export function DecimalInput({ label, value, onValue, min, max, decimals, testId }: DecimalInputProps) {
  const [text, setText] = useState(() => show(value, decimals));
  const [shownFor, setShownFor] = useState(value);
  // A new value from outside (another profile picked) replaces what was typed.
  if (value !== shownFor) {
    setShownFor(value);
    setText(show(value, decimals));
  }
  const parsed = parseVietnameseNumber(text);
  const n = parsed.ok ? parsed.value : null;
  const scale = 10 ** decimals;
  const problem = !parsed.ok
    ? parsed.reason
    : n === null
      ? `Hãy nhập ${label.toLowerCase()}.`
      : n < min || n > max
        ? `${label} phải từ ${show(min, decimals)} đến ${show(max, decimals)}.`
        : Math.abs(Math.round(n * scale) - n * scale) > 1e-9
          ? decimals === 0
            ? `${label} phải là số nguyên.`
            : `${label} có tối đa ${decimals} chữ số thập phân.`
          : null;
  return (
    <Field
      label={label}
      validationMessage={problem ?? undefined}
      validationState={problem ? 'error' : 'none'}
    >
      <Input
        style={{ width: '100%', minWidth: 0 }}
        value={text}
        inputMode="decimal"
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          const next = parseVietnameseNumber(data.value);
          if (next.ok && next.value !== null && next.value >= min && next.value <= max) {
            const rounded = Math.round(next.value * scale) / scale;
            if (Math.abs(rounded - next.value) < 1e-9) {
              setShownFor(next.value);
              onValue(next.value);
            }
          }
        }}
      />
    </Field>
  );
}
