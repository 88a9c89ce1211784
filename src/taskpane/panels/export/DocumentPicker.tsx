import { Button, Checkbox, Text } from '@fluentui/react-components';
import type { ExportDocumentEntry, ExportDocumentId } from '../../../layout/export';
import { usePanelStrings } from '../../i18n';
import { EXPORT_STRINGS } from './strings';
import { useSectionStyles } from './styles';

interface Props {
  /** The papers this workbook can print (a Phòng's differ from a school's). */
  catalogue: readonly ExportDocumentEntry[];
  chosen: readonly ExportDocumentId[];
  onToggle(id: ExportDocumentId, on: boolean): void;
  onAll(on: boolean): void;
}

/** The papers to send, in the catalogue's order. */
export function DocumentPicker({ catalogue, chosen, onToggle, onAll }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useSectionStyles();
  return (
    <fieldset className={styles.section} data-testid="export-documents">
      <legend className={styles.legend}>{s.documents}</legend>
      {catalogue.map((doc) => (
        <Checkbox
          key={doc.id}
          label={doc.label}
          checked={chosen.includes(doc.id)}
          onChange={(_, data) => onToggle(doc.id, data.checked === true)}
          data-testid={`export-doc-${doc.id}`}
        />
      ))}
      <div className={styles.row}>
        <Button onClick={() => onAll(true)}>{s.selectAll}</Button>
        <Button onClick={() => onAll(false)}>{s.selectNone}</Button>
      </div>
      {chosen.length === 0 && (
        <Text role="alert" size={200}>
          {s.nothingChosen}
        </Text>
      )}
    </fieldset>
  );
}
