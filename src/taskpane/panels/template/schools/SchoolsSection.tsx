import { Divider, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { usePanelStrings } from '../../../i18n';
import { removePerson, savePerson, teamName, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';
import { schoolFormText } from './school-units';
import { SchoolForm } from './SchoolForm';
import { SchoolList } from './SchoolList';
import { SchoolsPaste } from './SchoolsPaste';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '10px' },
});

export interface SchoolsSectionProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

/** A Phòng's list of schools, in place of a school's staff: typed one by one or pasted from Excel. */
export function SchoolsSection({ draft, update, confirm }: SchoolsSectionProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).phong.schools;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState('');
  const school = editing === null ? undefined : draft.staff[editing];
  const defaultLevel = draft.roles[0]?.id ?? '';
  // A new form after each save; the same one while the list changes underneath.
  const [formKey, setFormKey] = useState(0);
  const initial = useMemo(
    () => schoolFormText(school, school ? teamName(draft, school.teamId) : '', defaultLevel),
    // Recomputed only when another school is opened or after a save.
    [editing, formKey],
  );

  return (
    <div className={styles.box}>
      <Text weight="semibold">{editing === null ? t.addTitle : t.editTitle}</Text>
      <SchoolForm
        initial={initial}
        editing={editing !== null}
        levels={draft.roles}
        clusters={draft.teams}
        others={draft.staff.filter((_, i) => i !== editing)}
        onSave={(unit, cluster) => {
          update((current) => savePerson(current, editing, unit, cluster));
          setSaved(editing === null ? t.added(unit.fullName) : t.saved(unit.fullName));
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
        onCancel={() => {
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
      {saved && (
        <Text size={200} role="status">
          {saved}
        </Text>
      )}
      <Divider />
      <Text weight="semibold">
        {t.listTitle(draft.staff.length, new Set(draft.staff.map((s) => s.teamId)).size)}
      </Text>
      <SchoolList
        schools={draft.staff}
        clusters={draft.teams}
        levels={draft.roles}
        onEdit={(index) => {
          setEditing(index);
          setSaved('');
        }}
        onRemove={(index) => {
          const removed = draft.staff[index];
          confirm({
            title: t.removeTitle,
            message: t.removeMessage(removed.fullName, removed.id),
            confirm: t.remove,
            onConfirm: () => {
              update((current) => removePerson(current, current.staff.indexOf(removed)));
              if (editing !== null) setEditing(null);
              setSaved(t.removed(removed.fullName));
            },
          });
        }}
      />
      <Divider />
      <Text weight="semibold">{t.importTitle}</Text>
      <SchoolsPaste draft={draft} update={update} confirm={confirm} />
    </div>
  );
}
