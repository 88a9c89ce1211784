import { Field, Select } from '@fluentui/react-components';

interface HeaderRowsFieldProps {
  label: string;
  hint?: string;
  value: number;
  optionLabel(rows: number): string;
  onChange(rows: number): void;
  testId?: string;
}

/** How many heading rows the copied or selected range starts with (0–3), for both imports. */
export function HeaderRowsField({ label, hint, value, optionLabel, onChange, testId }: HeaderRowsFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <Select value={String(value)} data-testid={testId} onChange={(_, data) => onChange(Number(data.value))}>
        {[0, 1, 2, 3].map((n) => (
          <option key={n} value={n}>
            {optionLabel(n)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
