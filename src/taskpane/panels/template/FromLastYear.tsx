/**
 * "Năm học mới từ sổ năm trước" (issue 12): the school picks last year's workbook; it is read on this
 * computer and the new year's case (same staff, tổ, criteria, Quy chế; rounds a year on; last year's titles in
 * "Lịch sử") is built into this workbook, as `thidua new --from` does.
 */
import { MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { DomainIssue } from '../../../domain/issues';
import { readWorkbookFileBytes } from '../../../excel/operations/workbook-files';
import { nextYearFromWorkbook } from '../../../layout/history/from-last-year';
import { usePanelStrings } from '../../i18n';
import { FilePickerButton } from '../../shared/FilePickerButton';
import { useCase } from '../../state/CaseProvider';
import { TEMPLATE_STRINGS } from './strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { margin: 0, paddingLeft: '20px', overflowWrap: 'anywhere' },
});

export function FromLastYear() {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).lastYear;
  const { buildWorkbook, perform } = useCase();
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const [done, setDone] = useState('');

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setDone('');
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setIssues([{ code: 'history.not-xlsx', severity: 'error', message: t.notXlsx(file.name) }]);
      return;
    }
    const next = await perform(t.reading(file.name), async () => {
      try {
        return nextYearFromWorkbook(await readWorkbookFileBytes(await file.arrayBuffer()));
      } catch {
        return {
          issues: [
            { code: 'history.unreadable', severity: 'error' as const, message: t.unreadable(file.name) },
          ],
        };
      }
    });
    if (!next) return;
    setIssues(next.issues.filter((i) => i.severity !== 'info'));
    if (!next.schoolCase) return;
    const notices = await buildWorkbook(next.schoolCase);
    setDone([t.built(next.schoolCase.roster.info.schoolYear), ...notices].join(' '));
  };

  return (
    <section className={styles.box} aria-labelledby="template-last-year">
      <Text as="h3" id="template-last-year" size={300} weight="semibold">
        {t.title}
      </Text>
      <Text size={200}>{t.intro}</Text>
      <div>
        <FilePickerButton
          label={t.pick}
          onFiles={(files) => void pick(files[0])}
          inputTestId="template-last-year-file"
          buttonTestId="template-last-year"
        />
      </div>
      {issues.length > 0 && (
        <ul className={styles.list} data-testid="template-last-year-issues">
          {issues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      )}
      {done && (
        <MessageBar intent="success" data-testid="template-last-year-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
