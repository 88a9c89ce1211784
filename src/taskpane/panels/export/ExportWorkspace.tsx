import { useEffect, useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { CaseResults } from '../../../domain/case';
import { runExcel } from '../../../excel';
import {
  addExportSheets,
  canOpenNewWorkbook,
  exportWorkbookBytes,
  openExportWorkbook,
} from '../../../excel/operations/export-workbook';
import { buildExportWorkbook, exportPreview } from '../../../layout/export';
import { exportInputFromCase } from '../../../layout/export-input';
import type { ReadCaseResult } from '../../../layout/workbook';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { DestinationSection } from './DestinationSection';
import { DocumentPicker } from './DocumentPicker';
import { downloadFile } from './download';
import {
  documentsFor,
  signerTitlesFor,
  initialForm,
  localIsoDate,
  settingsFromForm,
  toggleDocument,
  withRecipientKind,
  type ExportForm,
} from './form';
import { recallForm, rememberForm } from './form-memory';
import { MeetingSection } from './MeetingSection';
import { PreviewSection } from './PreviewSection';
import { RecipientSection } from './RecipientSection';
import { SignerSection } from './SignerSection';
import { EXPORT_STRINGS } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
});

interface Props {
  read: ReadCaseResult;
  results: CaseResults;
}

export function ExportWorkspace({ read, results }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const styles = useStyles();
  const { perform, reload, readAt, ensureFresh } = useCase();
  const { info } = read.schoolCase.roster;
  const catalogue = useMemo(() => documentsFor(read.schoolCase), [read.schoolCase]);
  const signerTitles = useMemo(() => signerTitlesFor(read.schoolCase), [read.schoolCase]);
  const [form, setForm] = useState<ExportForm>(() => {
    const recalled = recallForm(info.name, initialForm(read.schoolCase, localIsoDate(new Date())));
    // A form remembered from a workbook of another kind keeps only the papers this one can print.
    const offered = new Set(catalogue.map((d) => d.id));
    return { ...recalled, documents: recalled.documents.filter((d) => offered.has(d)) };
  });
  const [done, setDone] = useState<string>();
  useEffect(() => rememberForm(info.name, form), [info.name, form]);
  const update = (patch: Partial<ExportForm>) => {
    setDone(undefined);
    setForm((f) => ({ ...f, ...patch }));
  };

  const input = useMemo(
    () => exportInputFromCase(read, results, settingsFromForm(form)),
    [read, results, form],
  );
  const preview = useMemo(() => exportPreview(input, form.documents), [input, form.documents]);
  const canOpenNew = canOpenNewWorkbook();

  const run = async () => {
    if (form.documents.length === 0) return;
    // The papers come from the workbook as it is now: a vote entered since the last read is in them.
    const fresh = await ensureFresh();
    if (!fresh) return;
    // The spec is built inside perform: a paper that cannot be built is reported like any other failure.
    const build = () =>
      buildExportWorkbook(
        exportInputFromCase(fresh.read, fresh.results, settingsFromForm(form)),
        form.documents,
      );
    if (form.destination === 'current') {
      const result = await perform(s.adding, () => runExcel((context) => addExportSheets(context, build())));
      if (result) setDone([s.added(result.sheetNames.join(', ')), ...result.notices].join(' '));
      return;
    }
    if (canOpenNew) {
      const sheets = await perform(s.exporting, async () => {
        const spec = build();
        await openExportWorkbook(spec);
        return spec.sheets.map((sheet) => sheet.name);
      });
      if (sheets) setDone(s.opened(sheets.length, sheets.join(', ')));
      return;
    }
    const bytes = await perform(s.exporting, () => exportWorkbookBytes(build()));
    if (bytes) {
      const file = s.fileName(info.name, form.date);
      downloadFile(bytes, file);
      setDone(s.downloaded(file));
    }
  };

  const action =
    form.destination === 'current' ? s.exportCurrent : canOpenNew ? s.exportNew : s.exportDownload;
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <div className={styles.head}>
        <Text as="h2" size={500} weight="semibold">
          {s.heading}
        </Text>
        <Button type="button" onClick={() => void reload()} data-testid="export-refresh">
          {s.refresh}
        </Button>
      </div>
      <Text size={200}>{s.intro}</Text>
      {readAt && <Text size={200}>{s.readAt(readAt.toLocaleTimeString('vi-VN'))}</Text>}
      <DocumentPicker
        catalogue={catalogue}
        chosen={form.documents}
        onToggle={(id, on) => {
          setDone(undefined);
          setForm((f) => toggleDocument(f, id, on, catalogue));
        }}
        onAll={(on) => update({ documents: on ? catalogue.map((d) => d.id) : [] })}
      />
      <RecipientSection
        kind={form.recipientKind}
        name={form.recipientName}
        onKind={(kind) => {
          setDone(undefined);
          setForm((f) => withRecipientKind(f, kind, info));
        }}
        onName={(recipientName) => update({ recipientName })}
      />
      <SignerSection
        titles={signerTitles}
        title={form.signerTitle}
        name={form.signerName}
        date={form.date}
        onChange={update}
      />
      {read.schoolCase.votes && <MeetingSection form={form} onChange={update} />}
      <PreviewSection preview={preview} />
      <DestinationSection
        destination={form.destination}
        canOpenNew={canOpenNew}
        onChange={(destination) => update({ destination })}
      />
      <div>
        <Button
          type="submit"
          appearance="primary"
          disabled={form.documents.length === 0}
          data-testid="export-run"
        >
          {action}
        </Button>
      </div>
      {done && (
        <MessageBar intent="success" data-testid="export-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
