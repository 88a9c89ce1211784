import { Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import { EXPORT_STRINGS } from './strings';
import { useSectionStyles } from './styles';
import { DateField } from '../../shared/DateField';

const OTHER = '__other__';
const shown = (title: string) => title.split('\n').join(' – ');

interface Props {
  /** The titles offered for this workbook (signerTitlesFor). */
  titles: readonly string[];
  title: string;
  name: string;
  date: string;
  onChange(patch: { signerTitle?: string; signerName?: string; date?: string }): void;
}

/** Who signs (HIỆU TRƯỞNG, ký thay…) and on which day. */
export function SignerSection({ titles, title, name, date, onChange }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useSectionStyles();
  const preset = titles.includes(title);
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{s.signer}</legend>
      <Field label={s.signerTitle}>
        <Dropdown
          value={preset ? shown(title) : s.signerTitleOther}
          selectedOptions={[preset ? title : OTHER]}
          onOptionSelect={(_, data) =>
            onChange({ signerTitle: data.optionValue === OTHER ? '' : (data.optionValue ?? title) })
          }
          data-testid="export-signer-title"
        >
          {titles.map((t) => (
            <Option key={t} value={t} text={shown(t)}>
              {shown(t)}
            </Option>
          ))}
          <Option value={OTHER}>{s.signerTitleOther}</Option>
        </Dropdown>
      </Field>
      {!preset && (
        <Field label={s.signerTitleCustom} required>
          <Textarea
            value={title}
            rows={2}
            onChange={(_, data) => onChange({ signerTitle: data.value.toLocaleUpperCase('vi') })}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Field label={s.signerName} required className={styles.grow}>
          <Input
            value={name}
            onChange={(_, data) => onChange({ signerName: data.value })}
            data-testid="export-signer-name"
          />
        </Field>
        <DateField
          label={s.date}
          required
          className={styles.grow}
          value={date}
          onCommit={(iso) => onChange({ date: iso })}
          testId="export-date"
        />
      </div>
    </fieldset>
  );
}
