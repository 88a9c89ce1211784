import { ProgressBar, Text } from '@fluentui/react-components';
import { useCase } from '../state/CaseProvider';

/** Long work (building a template, reading a big workbook) shows what is happening, for everyone. */
export function BusyBar() {
  const { busy } = useCase();
  if (!busy) return null;
  return (
    <div role="status" aria-live="polite" data-testid="busy" style={{ padding: '0 12px' }}>
      <Text size={200}>{busy}</Text>
      <ProgressBar thickness="medium" />
    </div>
  );
}
