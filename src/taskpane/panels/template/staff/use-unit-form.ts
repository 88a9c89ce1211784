/**
 * The typing, checking and saving a person's form and a school's form share: the text as typed, the errors
 * of the last save, Enter in any field saves. Each form reads its own fields (readPersonForm, readSchoolForm).
 */
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { Person } from '../../../../domain/school/types';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

/** What a form's reader gives: the unit and the name of its tổ or cụm, or an error per field. */
export type UnitFormRead<Text> =
  { unit: Omit<Person, 'teamId'>; group: string } | { errors: Partial<Record<keyof Text, string>> };

export const useUnitFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export function useUnitForm<Text extends object>(
  initial: Text,
  read: (text: Text) => UnitFormRead<Text>,
  onSave: (unit: Omit<Person, 'teamId'>, group: string) => void,
) {
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Text, string>>>({});
  useEffect(() => {
    setText(initial);
    setErrors({});
  }, [initial]);

  const set = (changes: Partial<Text>) => setText((previous) => ({ ...previous, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = read(text);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSave(result.unit, result.group);
  };
  const state = (key: keyof Text) =>
    errors[key] ? { validationState: 'error' as const, validationMessage: errors[key] } : {};
  return { text, set, submit, state, errors };
}
