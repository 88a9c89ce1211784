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
import { usePanelStrings } from '../../../i18n';
import { IssueList } from '../../scores/IssueList';
import { CHECK_MESSAGES } from '../check-messages';
import { importStaff, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';
import { clashingSchoolCodes, readSchoolsPaste } from './school-units';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  preview: { maxHeight: '240px', overflowY: 'auto' },
});

const PREVIEW_ROWS = 200;

export interface SchoolsPasteProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

/** Schools pasted from Excel: read, previewed with every left-out row named, then added or replacing. */
export function SchoolsPaste({ draft, update, confirm }: SchoolsPasteProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).phong;
  const messages = usePanelStrings(CHECK_MESSAGES).phong.paste;
  const [pasted, setPasted] = useState('');
  const [read, setRead] = useState('');
  const [done, setDone] = useState('');

  // Shown as a replacement would read it; appending is refused while a code clashes with the list.
  const preview = useMemo(
    () => (read.trim() === '' ? null : readSchoolsPaste(read, draft, 'replace', messages)),
    [read, draft, messages],
  );
  const clashes = preview ? clashingSchoolCodes(preview, draft) : [];
  const clusterName = new Map((preview?.teams ?? []).map((cluster) => [cluster.id, cluster.name]));
  const levelLabel = new Map(draft.roles.map((level) => [level.id, level.label]));

  const finish = (mode: 'replace' | 'append') => {
    const result = readSchoolsPaste(read, draft, mode, messages);
    update((current) => importStaff(current, result.schools, result.teams, mode));
    setRead('');
    setPasted('');
    setDone(
      mode === 'replace' ? t.paste.replaced(result.schools.length) : t.paste.appended(result.schools.length),
    );
  };
  const askReplace = () => {
    if (draft.staff.length === 0) finish('replace');
    else
      confirm({
        title: t.paste.replaceTitle,
        message: t.paste.replaceMessage(draft.staff.length, preview?.schools.length ?? 0),
        confirm: t.paste.replace,
        onConfirm: () => finish('replace'),
      });
  };

  return (
    <div className={styles.box}>
      <Field label={t.paste.label} hint={t.paste.hint}>
        <Textarea
          value={pasted}
          resize="vertical"
          rows={4}
          data-testid="schools-paste"
          onChange={(_, data) => setPasted(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            setRead(pasted);
            setDone('');
          }}
          disabled={pasted.trim() === ''}
          data-testid="schools-paste-read"
        >
          {t.paste.read}
        </Button>
      </div>
      {done && (
        <Text size={200} role="status" data-testid="schools-import-done">
          {done}
        </Text>
      )}
      {preview && (
        <div className={styles.box} data-testid="schools-import-preview">
          <Text size={200}>{t.paste.rowsRead(preview.rows, preview.headerRows > 0)}</Text>
          <Text weight="semibold">{t.paste.previewTitle(preview.schools.length)}</Text>
          {preview.schools.length > 0 && (
            <div className={styles.preview}>
              <Table size="extra-small" aria-label={t.paste.previewTitle(preview.schools.length)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.schools.name}</TableHeaderCell>
                    <TableHeaderCell>{t.schools.cluster}</TableHeaderCell>
                    <TableHeaderCell>{t.schools.level}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {preview.schools.slice(0, PREVIEW_ROWS).map((school) => (
                    <TableRow key={school.id} data-testid="schools-preview-row">
                      <TableCell>
                        {school.fullName} ({school.id})
                      </TableCell>
                      <TableCell>{clusterName.get(school.teamId) ?? '—'}</TableCell>
                      <TableCell>{levelLabel.get(school.roleId) ?? '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {preview.issues.length > 0 && (
            <Text weight="semibold">{t.paste.skipped(preview.issues.length)}</Text>
          )}
          <IssueList issues={preview.issues} navigable={false} limit={50} testId="schools-import-issues" />
          {clashes.length > 0 && <Text size={200}>{t.paste.clashes(clashes)}</Text>}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={preview.schools.length === 0}
              onClick={askReplace}
              data-testid="schools-import-replace"
            >
              {t.paste.replaceWith(preview.schools.length)}
            </Button>
            <Button
              disabled={preview.schools.length === 0 || clashes.length > 0}
              onClick={() => finish('append')}
              data-testid="schools-import-append"
            >
              {t.paste.append}
            </Button>
            <Button onClick={() => setRead('')}>{t.paste.cancel}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
