import {
  Button,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { formatVietnameseDate } from '../../../../domain/text';
import { runExcel } from '../../../../excel';
import { readSelectedRange } from '../../../../excel/operations/scoring-selection';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { IssueList } from '../../scores/IssueList';
import type { TemplateDraft } from '../draft';
import { importStaff } from '../draft';
import type { DraftUpdate } from '../draft-store';
import {
  exampleValues,
  sourceFromSelection,
  readableGrid,
  sourceFromText,
  type ImportSource,
} from '../import/import-source';
import {
  columnTitles,
  guessHeaderRows,
  PERSON_FIELDS,
  suggestChoices,
  type ColumnChoice,
} from '../import/mapping-choices';
import { HeaderRowsField } from '../import/HeaderRowsField';
import { MappingEditor } from '../import/MappingEditor';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';
import { clashingCodes, readStaffSource } from './staff-import';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  preview: { maxHeight: '240px', overflowY: 'auto' },
});

const PREVIEW_ROWS = 200;

export interface StaffImportProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

/** Staff pasted from Excel or taken from the selected range: columns mapped, previewed, then added. */
export function StaffImport({ draft, update, confirm }: StaffImportProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).staffImport;
  const tStaff = usePanelStrings(TEMPLATE_STRINGS).staff;
  const columnName = usePanelStrings(TEMPLATE_STRINGS).mapping.column;
  const { perform } = useCase();
  const [pasted, setPasted] = useState('');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [headerRows, setHeaderRows] = useState(0);
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  const [done, setDone] = useState('');

  const open = (next: ImportSource) => {
    const readable = readableGrid(next);
    const rows = guessHeaderRows(readable);
    setSource(next);
    setHeaderRows(rows);
    setChoices(suggestChoices(readable, rows, []));
    setDone('');
  };
  const readPaste = () => {
    if (pasted.trim() === '') return;
    open(sourceFromText(pasted, t.pastedName));
  };
  const readSelection = async () => {
    const read = await perform(t.readingSelection, () => runExcel((context) => readSelectedRange(context)));
    if (!read) return;
    if (read.values.length === 0) {
      setDone(t.selectionEmpty(read.sheet));
      return;
    }
    open(sourceFromSelection(read));
  };

  const preview = useMemo(
    () => (source ? readStaffSource(source, headerRows, choices, draft, 'append') : null),
    [source, headerRows, choices, draft],
  );

  const finish = (mode: 'replace' | 'append') => {
    if (!source) return;
    const read = readStaffSource(source, headerRows, choices, draft, mode);
    update((current) => importStaff(current, read.staff, read.teams, mode));
    setSource(null);
    setPasted('');
    setDone(mode === 'replace' ? t.replaced(read.staff.length) : t.appended(read.staff.length));
  };
  const askReplace = () => {
    if (draft.staff.length === 0) finish('replace');
    else
      confirm({
        title: t.replaceTitle,
        message: t.replaceMessage(draft.staff.length, preview?.staff.length ?? 0),
        confirm: t.replace,
        onConfirm: () => finish('replace'),
      });
  };
  const clashes = preview ? clashingCodes(preview, draft) : [];
  const readable = source ? readableGrid(source) : [];

  return (
    <div className={styles.box}>
      <Field label={t.pasteLabel} hint={t.pasteHint}>
        <Textarea
          value={pasted}
          resize="vertical"
          rows={4}
          data-testid="staff-paste"
          onChange={(_, data) => setPasted(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={readPaste} disabled={pasted.trim() === ''} data-testid="staff-paste-read">
          {t.readPaste}
        </Button>
        <Button onClick={() => void readSelection()} data-testid="staff-from-selection">
          {t.fromSelection}
        </Button>
      </div>
      {done && (
        <Text size={200} role="status" data-testid="staff-import-done">
          {done}
        </Text>
      )}
      {source && preview && (
        <div className={styles.box} data-testid="staff-import-preview">
          <Text size={200}>
            {source.inWorkbook
              ? t.fromRange(source.sheet, source.address ?? '')
              : t.fromPaste(source.grid.length)}
          </Text>
          <HeaderRowsField
            label={t.headerRows}
            hint={t.headerRowsHint}
            value={headerRows}
            optionLabel={t.headerRowsOption}
            testId="staff-header-rows"
            onChange={(rows) => {
              setHeaderRows(rows);
              setChoices(suggestChoices(readable, rows, []));
            }}
          />
          <MappingEditor
            titles={columnTitles(readable, headerRows, source.origin.column, columnName)}
            examples={exampleValues(readable, headerRows)}
            choices={choices}
            onChange={setChoices}
            fields={PERSON_FIELDS}
          />
          <Text weight="semibold">{t.previewTitle(preview.staff.length)}</Text>
          {preview.staff.length > 0 && (
            <div className={styles.preview}>
              <Table size="extra-small" aria-label={t.previewTitle(preview.staff.length)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.columns.name}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.team}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.role}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.details}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {preview.staff.slice(0, PREVIEW_ROWS).map((person) => (
                    <TableRow key={person.id}>
                      <TableCell>
                        {person.fullName} ({person.id})
                      </TableCell>
                      <TableCell>
                        {preview.teams.find((team) => team.id === person.teamId)?.name ?? '—'}
                      </TableCell>
                      <TableCell>
                        {draft.roles.find((role) => role.id === person.roleId)?.label ?? '—'}
                      </TableCell>
                      <TableCell>
                        {[
                          person.gender === 'nam' ? tStaff.male : tStaff.female,
                          person.birthDate ? t.born(formatVietnameseDate(person.birthDate)) : '',
                          person.hireDate ? t.hired(formatVietnameseDate(person.hireDate)) : '',
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <IssueList
            issues={preview.issues}
            navigable={source.inWorkbook}
            limit={50}
            testId="staff-import-issues"
          />
          {clashes.length > 0 && <Text size={200}>{t.clashes(clashes)}</Text>}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={preview.staff.length === 0}
              onClick={askReplace}
              data-testid="staff-import-replace"
            >
              {t.replaceWith(preview.staff.length)}
            </Button>
            <Button
              disabled={preview.staff.length === 0 || clashes.length > 0}
              onClick={() => finish('append')}
              data-testid="staff-import-append"
            >
              {t.append}
            </Button>
            <Button onClick={() => setSource(null)}>{t.cancel}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
