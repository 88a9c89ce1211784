import { Button, Field, Select, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AssessmentLevel } from '../../../../domain/scoring';
import { runExcel } from '../../../../excel';
import {
  writeScoreCells,
  type IfFilled,
  type ScoreCellWrite,
} from '../../../../excel/operations/scoring-score-cells';
import { readSelectedRange } from '../../../../excel/operations/scoring-selection';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { IssueList } from '../../scores/IssueList';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { showNumber } from '../shared/format';
import { TEMPLATE_STRINGS } from '../strings';
import { exampleValues, readableGrid, sourceFromSelection, type ImportSource } from './import-source';
import { columnTitles, guessHeaderRows, suggestChoices, type ColumnChoice } from './mapping-choices';
import { HeaderRowsField } from './HeaderRowsField';
import { MappingEditor } from './MappingEditor';
import { IDENTITY_FIELDS, previewScoreImport } from './score-import';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

/** Scores of an existing sheet (selected in the workbook) written into a round sheet's input cells. */
export function ImportScoresSection({ confirm }: { confirm: (request: ConfirmRequest) => void }) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).scoreImport;
  const columnName = usePanelStrings(TEMPLATE_STRINGS).mapping.column;
  const { status, read, perform, reload } = useCase();
  const levels = read?.scoring.levels ?? [];
  const [period, setPeriod] = useState(0);
  const [level, setLevel] = useState<AssessmentLevel | ''>('');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [headerRows, setHeaderRows] = useState(1);
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  const [message, setMessage] = useState('');
  const criteria = useMemo(() => read?.schoolCase.scoring.config.criteria ?? [], [read]);
  const chosenLevel: AssessmentLevel | undefined = level || levels[levels.length - 1];

  const preview = useMemo(
    () =>
      read && source && chosenLevel
        ? previewScoreImport(read, source, choices, { period, level: chosenLevel, headerRows })
        : null,
    [read, source, choices, period, chosenLevel, headerRows],
  );

  const readable = useMemo(() => (source ? readableGrid(source) : []), [source]);

  if (status !== 'ready' || !read) return <Text size={200}>{t.needTemplate}</Text>;

  const takeSelection = async () => {
    setMessage('');
    const selection = await perform(t.readingSelection, () =>
      runExcel((context) => readSelectedRange(context)),
    );
    if (!selection) return;
    if (selection.values.length === 0) {
      setMessage(t.selectionEmpty(selection.sheet));
      return;
    }
    const next = sourceFromSelection(selection);
    const readable = readableGrid(next);
    const rows = guessHeaderRows(readable, criteria);
    setSource(next);
    setHeaderRows(rows);
    setChoices(suggestChoices(readable, rows, criteria));
  };

  const write = async (writes: ScoreCellWrite[], ifFilled: IfFilled) => {
    const result = await perform(t.writing, () =>
      runExcel((context) => writeScoreCells(context, writes, ifFilled)),
    );
    if (!result) return;
    if (!result.done) {
      const shown = result.filled.slice(0, 8);
      confirm({
        title: t.filledTitle(result.filled.length),
        message: (
          <>
            <p>{t.filledMessage(result.filled.length)}</p>
            <ul>
              {shown.map((cell) => (
                <li key={`${cell.sheet}!${cell.address}`}>
                  {t.filledCell(
                    cell.address,
                    showNumber(typeof cell.current === 'number' ? cell.current : undefined) ||
                      String(cell.current),
                    showNumber(cell.value),
                  )}
                </li>
              ))}
            </ul>
            {result.filled.length > shown.length && (
              <p>{t.filledMore(result.filled.length - shown.length)}</p>
            )}
          </>
        ),
        confirm: t.overwrite,
        alternative: { label: t.skipFilled, onChoose: () => void write(writes, 'skip') },
        onConfirm: () => void write(writes, 'overwrite'),
      });
      return;
    }
    setMessage(t.written(result.written, result.unchanged, ifFilled === 'skip' ? result.filled.length : 0));
    setSource(null);
    if (result.written > 0) await reload();
  };

  return (
    <div className={styles.box}>
      <Text size={200}>{t.intro}</Text>
      <div className={styles.row}>
        <Field label={t.period}>
          <Select
            value={String(period)}
            onChange={(_, d) => setPeriod(Number(d.value))}
            data-testid="import-period"
          >
            {read.scoring.scoreSheets.map((sheet, index) => (
              <option key={sheet.sheetName} value={index}>
                {t.periodOption(sheet.label, sheet.sheetName)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.level} hint={t.levelHint}>
          <Select
            value={level || chosenLevel || ''}
            onChange={(_, d) => setLevel(d.value as AssessmentLevel)}
            data-testid="import-level"
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {t.levels[l]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button onClick={() => void takeSelection()} data-testid="import-from-selection">
          {t.fromSelection}
        </Button>
      </div>
      {message && (
        <Text size={200} role="status" data-testid="import-message">
          {message}
        </Text>
      )}
      {source && preview && (
        <div className={styles.box} data-testid="import-preview">
          <Text size={200}>{t.fromRange(source.sheet, source.address ?? '')}</Text>
          <HeaderRowsField
            label={t.headerRows}
            value={headerRows}
            optionLabel={t.headerRowsOption}
            onChange={(rows) => {
              setHeaderRows(rows);
              setChoices(suggestChoices(readable, rows, criteria));
            }}
          />
          <MappingEditor
            titles={columnTitles(readable, headerRows, source.origin.column, columnName)}
            examples={exampleValues(readable, headerRows)}
            choices={choices}
            onChange={setChoices}
            fields={IDENTITY_FIELDS}
            criteria={criteria}
            levels={levels}
          />
          <Text weight="semibold" data-testid="import-summary">
            {t.summary(preview.plan.writes.length, preview.sheetName, preview.read.totals.length)}
          </Text>
          {preview.plan.unplaced.length > 0 && (
            <Text size={200}>{t.unplaced(preview.plan.unplaced.length)}</Text>
          )}
          <IssueList issues={preview.read.issues} limit={50} testId="import-issues" />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={preview.plan.writes.length === 0}
              onClick={() => void write(preview.plan.writes, 'ask')}
              data-testid="import-write"
            >
              {t.write(preview.plan.writes.length, preview.sheetName)}
            </Button>
            <Button onClick={() => setSource(null)}>{t.cancel}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
