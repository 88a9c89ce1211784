import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import type { Destination } from './form';
import { EXPORT_STRINGS } from './strings';

interface Props {
  destination: Destination;
  canOpenNew: boolean;
  onChange(destination: Destination): void;
}

/** A new workbook (or a downloaded file where Excel cannot open one), or the sheets added to this one. */
export function DestinationSection({ destination, canOpenNew, onChange }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  return (
    <Field label={s.destination}>
      <RadioGroup value={destination} onChange={(_, data) => onChange(data.value as Destination)}>
        <Radio
          value="new"
          label={canOpenNew ? s.destinationNew : s.destinationNewDownload}
          data-testid="export-destination-new"
        />
        <Radio value="current" label={s.destinationCurrent} data-testid="export-destination-current" />
      </RadioGroup>
    </Field>
  );
}
