import { Divider, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { draftUnitKind, removePerson, savePerson, teamName, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';
import { schoolFormText } from '../schools/school-units';
import { SchoolForm } from '../schools/SchoolForm';
import { SchoolsPaste } from '../schools/SchoolsPaste';
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

/**
 * The list of units being scored: a school's staff, or (a Phòng's form) its schools, typed one by one or
 * imported. Both kinds share the list and its editing; the form and the import ask for their own fields.
 */
export function StaffSection({ draft, update, confirm }: StaffSectionProps) {
  const styles = useStyles();
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  const kind = draftUnitKind(draft);
  const t = kind === 'school' ? strings.phong.schools : strings.staff;
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState('');
  const unit = editing === null ? undefined : draft.staff[editing];
  const defaultRole = draft.roles[0]?.id ?? '';
  // A new form after each save; the same one while the list changes underneath.
  const [formKey, setFormKey] = useState(0);
  const group = unit ? teamName(draft, unit.teamId) : '';
  const initial = useMemo(
    () =>
      kind === 'school'
        ? { kind, text: schoolFormText(unit, group, defaultRole) }
        : { kind, text: personFormText(unit, group, defaultRole) },
    // Recomputed only when another unit is opened, after a save, or when the kind changes.
    [editing, formKey, kind],
  );
  const formProps = {
    editing: editing !== null,
    others: draft.staff.filter((_, i) => i !== editing),
    onSave: (saved: Omit<Person, 'teamId'>, team: string) => {
      update((current) => savePerson(current, editing, saved, team));
      setSaved(editing === null ? t.added(saved.fullName) : t.saved(saved.fullName));
      setEditing(null);
      setFormKey((k) => k + 1);
    },
    onCancel: () => {
      setEditing(null);
      setFormKey((k) => k + 1);
    },
  };

  return (
    <div className={styles.box}>
      <Text weight="semibold">{editing === null ? t.addTitle : t.editTitle}</Text>
      {initial.kind === 'school' ? (
        <SchoolForm initial={initial.text} levels={draft.roles} clusters={draft.teams} {...formProps} />
      ) : (
        <PersonForm initial={initial.text} roles={draft.roles} teams={draft.teams} {...formProps} />
      )}
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
        kind={kind}
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
      {kind === 'school' ? (
        <SchoolsPaste draft={draft} update={update} confirm={confirm} />
      ) : (
        <StaffImport draft={draft} update={update} confirm={confirm} />
      )}
    </div>
  );
}
