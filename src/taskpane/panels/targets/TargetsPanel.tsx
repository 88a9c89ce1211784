import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { TARGETS_STRINGS } from './strings';
import { TargetsDashboard } from './TargetsDashboard';
import { CreateTargets } from './edit/CreateTargets';

/** "Chỉ tiêu": the school's targets against its results, every flag one click from its cell (issue 5). */
export function TargetsPanel() {
  const s = usePanelStrings(TARGETS_STRINGS);
  const { status, read, results } = useCase();
  if (status === 'loading' && !read) return <Spinner label={s.loading} />;
  if (status === 'empty' || !read) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.empty}</MessageBarBody>
      </MessageBar>
    );
  }
  const evaluation = results?.targets;
  const sheet = read.sheets.targets;
  // A workbook built without targets gets them from here, not only from "Lập bảng".
  if (!evaluation || !sheet) return <CreateTargets roster={read.schoolCase.roster} />;
  return <TargetsDashboard read={read} evaluation={evaluation} sheet={sheet} />;
}
