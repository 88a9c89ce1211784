/**
 * "Phòng": a Phòng GD&ĐT user opens an empty workbook, picks the schools' files, sees the totals and every
 * check, and writes the district's sheets and papers into this workbook (issue 13). The files are read in the
 * browser and never leave the computer.
 */
import { useMemo, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { gatherDistrict, type GatheredFile } from '../../../domain/phong';
import { TITLES } from '../../../domain/titles';
import { runExcel } from '../../../excel';
import { addExportSheets } from '../../../excel/operations/export-workbook';
import { buildPhongWorkbook, districtPaperSettings } from '../../../layout/phong';
import { usePanelStrings } from '../../i18n';
import { FilePickerButton } from '../../shared/FilePickerButton';
import { useCase } from '../../state/CaseProvider';
import { readPickedFiles } from './read-files';
import { EMPTY_PHONG_FORM, gatherSettingsFromForm, type PhongForm } from './settings';
import { PHONG_STRINGS } from './strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
  wrap: { overflowWrap: 'anywhere' },
});

export function PhongPanel() {
  const s = usePanelStrings(PHONG_STRINGS);
  const styles = useStyles();
  const { perform } = useCase();
  const [files, setFiles] = useState<GatheredFile[]>([]);
  const [progress, setProgress] = useState<string>();
  const [form, setForm] = useState<PhongForm>(EMPTY_PHONG_FORM);
  const [done, setDone] = useState<string>();

  const { settings, deadlineInvalid } = gatherSettingsFromForm(form);
  const gathering = useMemo(
    () => (files.length > 0 ? gatherDistrict(files, settings) : undefined),
    [files, settings],
  );
  const update = (patch: Partial<PhongForm>) => {
    setDone(undefined);
    setForm((f) => ({ ...f, ...patch }));
  };

  const pick = async (list: File[]) => {
    setDone(undefined);
    const read = await readPickedFiles(list, (n, total, name) => setProgress(s.reading(n, total, name)));
    setProgress(undefined);
    setFiles((before) => [...before, ...read]);
  };

  const write = async () => {
    if (!gathering) return;
    const result = await perform(s.writing, () =>
      runExcel((context) =>
        addExportSheets(context, buildPhongWorkbook(gathering, districtPaperSettings(gathering))),
      ),
    );
    if (result) setDone(s.written(result.sheetNames.join(', ')));
  };

  return (
    <section className={styles.panel} aria-labelledby="phong-heading">
      <Text as="h2" id="phong-heading" size={500} weight="semibold">
        {s.heading}
      </Text>
      <Text size={300}>{s.intro}</Text>
      <div className={styles.row}>
        <FilePickerButton
          label={files.length > 0 ? s.pickMore : s.pick}
          onFiles={(picked) => void pick(picked)}
          multiple
          appearance="primary"
          disabled={progress !== undefined}
          inputTestId="phong-files"
        />
        {files.length > 0 && (
          <Button onClick={() => (setFiles([]), setDone(undefined))} disabled={progress !== undefined}>
            {s.clear}
          </Button>
        )}
      </div>
      {progress && (
        <Text role="status" aria-live="polite" size={300}>
          {progress}
        </Text>
      )}
      {files.length > 0 && (
        <details>
          <summary>{s.files(files.length)}</summary>
          <ul className={styles.list} data-testid="phong-file-list">
            {files.map((f, i) => (
              <li key={`${f.fileName}-${i}`} className={styles.wrap}>
                {f.fileName}:{' '}
                {f.problem ? `${s.fileProblem}: ${f.problem}` : f.computed ? s.fileComputed : s.fileOk}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Text as="h3" size={400} weight="semibold">
        {s.settings}
      </Text>
      <Field label={s.schoolYear}>
        <Input
          value={form.schoolYear}
          onChange={(_, d) => update({ schoolYear: d.value })}
          placeholder="2020-2021"
        />
      </Field>
      <Field
        label={s.deadline}
        validationState={deadlineInvalid ? 'error' : 'none'}
        validationMessage={deadlineInvalid ? s.deadlineInvalid(form.deadline) : undefined}
      >
        <Input
          value={form.deadline}
          onChange={(_, d) => update({ deadline: d.value })}
          placeholder="30/05/2021"
        />
      </Field>
      <Field label={s.phongName}>
        <Input value={form.phongName} onChange={(_, d) => update({ phongName: d.value })} />
      </Field>
      <Field label={s.expected}>
        <Textarea
          value={form.expectedSchools}
          onChange={(_, d) => update({ expectedSchools: d.value })}
          resize="vertical"
        />
      </Field>
      {gathering && gathering.schools.length > 0 ? (
        <>
          <Text as="h3" size={400} weight="semibold" data-testid="phong-result">
            {s.result(gathering.schools.length, gathering.schoolYear)}
          </Text>
          <Text weight="semibold">{s.totalsTitle}</Text>
          <ul className={styles.list} data-testid="phong-totals">
            {gathering.totals.map((t) => (
              <li key={t.titleId}>
                {s.totalsLine(TITLES[t.titleId].shortLabel, t.registered, t.eligible, t.approved, t.listed)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        files.length > 0 && <Text>{s.nothing}</Text>
      )}
      {gathering && (
        <>
          <Text weight="semibold" data-testid="phong-checks-title">
            {s.checksTitle(gathering.issues.length)}
          </Text>
          <ul className={styles.list} data-testid="phong-checks">
            {gathering.issues.map((issue, i) => (
              <li key={i} className={styles.wrap}>
                <strong>{s.severity[issue.severity]}:</strong> {issue.message}
                {issue.source ? ` (${issue.source})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={!gathering || gathering.schools.length === 0}
          onClick={() => void write()}
          data-testid="phong-write"
        >
          {s.write}
        </Button>
      </div>
      {done && (
        <MessageBar intent="success" data-testid="phong-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
