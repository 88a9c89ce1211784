import { Divider, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { usePanelStrings } from '../../../i18n';
import { removePerson, savePerson, teamName, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';
import { personFormText } from './person-form';
import { PersonForm } from './PersonForm';
import { StaffImport } from './StaffImport';
import { StaffList } from './StaffList';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '10px' },
});

export interface StaffSectionProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

export function StaffSection({ draft, update, confirm }: StaffSectionProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).staff;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState('');
  const person = editing === null ? undefined : draft.staff[editing];
  const defaultRole = draft.roles[0]?.id ?? '';
  // A new form after each save; the same one while the list changes underneath.
  const [formKey, setFormKey] = useState(0);
  const initial = useMemo(
    () => personFormText(person, person ? teamName(draft, person.teamId) : '', defaultRole),
    // Recomputed only when another person is opened or after a save.
    [editing, formKey],
  );

  return (
    <div className={styles.box}>
      <Text weight="semibold">{editing === null ? t.addTitle : t.editTitle}</Text>
      <PersonForm
        initial={initial}
        editing={editing !== null}
        roles={draft.roles}
        teams={draft.teams}
        others={draft.staff.filter((_, i) => i !== editing)}
        onSave={(saved, team) => {
          update((current) => savePerson(current, editing, saved, team));
          setSaved(editing === null ? t.added(saved.fullName) : t.saved(saved.fullName));
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
        {t.listTitle(draft.staff.length, new Set(draft.staff.map((p) => p.teamId)).size)}
      </Text>
      <StaffList
        staff={draft.staff}
        teams={draft.teams}
        roles={draft.roles}
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
      <StaffImport draft={draft} update={update} confirm={confirm} />
    </div>
  );
}
