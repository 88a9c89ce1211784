import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { RECIPIENT_KINDS, type RecipientKind } from '../../../layout/export';
import { usePanelStrings } from '../../i18n';
import { EXPORT_STRINGS } from './strings';
import { useSectionStyles } from './styles';

interface Props {
  kind: RecipientKind;
  name: string;
  onKind(kind: RecipientKind): void;
  onName(name: string): void;
}

/** Where the papers go: a setting, since the deciding body changed in 2025 (DOMAIN.md §2). */
export function RecipientSection({ kind, name, onKind, onName }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useSectionStyles();
  const label = RECIPIENT_KINDS.find((k) => k.id === kind)?.label ?? '';
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{s.recipient}</legend>
      <Field label={s.recipientKind} hint={s.recipientHint}>
        <Dropdown
          value={label}
          selectedOptions={[kind]}
          onOptionSelect={(_, data) => data.optionValue && onKind(data.optionValue as RecipientKind)}
          data-testid="export-recipient-kind"
        >
          {RECIPIENT_KINDS.map((k) => (
            <Option key={k.id} value={k.id}>
              {k.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.recipientName} required>
        <Input value={name} onChange={(_, data) => onName(data.value)} data-testid="export-recipient-name" />
      </Field>
    </fieldset>
  );
}
