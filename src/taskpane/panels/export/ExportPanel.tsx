import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { ExportWorkspace } from './ExportWorkspace';
import { EXPORT_STRINGS } from './strings';

/** "Gửi Phòng": the lists and minutes the school sends up, in official form, as a workbook (issue 6). */
export function ExportPanel() {
  const s = usePanelStrings(EXPORT_STRINGS);
  const { status, read, results } = useCase();
  if (status === 'loading' && !read) return <Spinner label={s.loading} />;
  if (!read || !results) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.empty}</MessageBarBody>
      </MessageBar>
    );
  }
  return <ExportWorkspace read={read} results={results} />;
}
