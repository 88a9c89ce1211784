import { Button, Divider, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { defaultScoringConfig, type ScoringConfig } from '../../../../domain/scoring';
import { usePanelStrings } from '../../../i18n';
import { draftUnitKind, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { NumberField } from '../shared/NumberField';
import { TEMPLATE_STRINGS } from '../strings';
import { useCriteriaStrings } from '../unit-strings';
import {
  addSection,
  moveCriterion,
  newCriterion,
  removeCriterion,
  removeSection,
  renameSection,
  saveCriterion,
} from './criteria-edit';
import { criterionFormText, type CriterionFormText } from './criterion-form';
import { CriterionForm } from './CriterionForm';
import { RoleSums } from './RoleSums';
import { SectionBlock } from './SectionBlock';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

export interface CriteriaSectionProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

interface Editing {
  index: number | null;
  text: CriterionFormText;
}

export function CriteriaSection({ draft, update, confirm }: CriteriaSectionProps) {
  const styles = useStyles();
  const kind = draftUnitKind(draft);
  const t = useCriteriaStrings(kind);
  const emptyHint = usePanelStrings(TEMPLATE_STRINGS).phong.criteria.empty;
  const { config } = draft;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [newSection, setNewSection] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const setConfig = (change: (config: ScoringConfig) => ScoringConfig) =>
    update((current) => ({ ...current, config: change(current.config) }));

  const open = (next: Editing) => {
    setEditing(next);
    // Let the form render, then bring it into view with the focus in its first field.
    setTimeout(() => {
      form.current?.scrollIntoView({ block: 'nearest' });
      form.current?.querySelector('input')?.focus();
    });
  };

  return (
    <div className={styles.box}>
      <NumberField
        label={t.totalPoints}
        hint={t.totalPointsHint}
        value={config.totalPoints}
        min={0}
        testId="criteria-total"
        onCommit={(value) => value !== undefined && setConfig((c) => ({ ...c, totalPoints: value }))}
      />
      <RoleSums config={config} roles={draft.roles} kind={kind} />
      {kind === 'school' && config.criteria.length === 0 && (
        <Text size={200} data-testid="criteria-empty">
          {emptyHint}
        </Text>
      )}
      {editing && (
        <>
          <Text weight="semibold">{editing.index === null ? t.addTitle : t.editTitle(editing.text.id)}</Text>
          <CriterionForm
            ref={form}
            initial={editing.text}
            index={editing.index}
            config={config}
            roles={draft.roles}
            kind={kind}
            onSave={(criterion) => {
              setConfig((c) => saveCriterion(c, editing.index, criterion));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
          <Divider />
        </>
      )}
      {config.sections.map((section) => (
        <SectionBlock
          key={section.id}
          section={section}
          roles={draft.roles}
          kind={kind}
          criteria={config.criteria
            .map((criterion, index) => ({ criterion, index }))
            .filter(({ criterion }) => criterion.sectionId === section.id)}
          onRename={(label) => setConfig((c) => renameSection(c, section.id, label))}
          onRemove={() => {
            const count = config.criteria.filter((c) => c.sectionId === section.id).length;
            if (count === 0) setConfig((c) => removeSection(c, section.id));
            else
              confirm({
                title: t.removeSectionTitle,
                message: t.removeSectionMessage(section.label, count),
                confirm: t.removeSection,
                onConfirm: () => setConfig((c) => removeSection(c, section.id)),
              });
          }}
          onAdd={() => open({ index: null, text: criterionFormText(newCriterion(config, section.id)) })}
          onEdit={(index) => open({ index, text: criterionFormText(config.criteria[index]) })}
          onRemoveCriterion={(index) => {
            const criterion = config.criteria[index];
            confirm({
              title: t.removeTitle,
              message: t.removeMessage(criterion.id, criterion.label),
              confirm: t.remove,
              onConfirm: () => {
                setConfig((c) => removeCriterion(c, c.criteria.indexOf(criterion)));
                setEditing(null);
              },
            });
          }}
          onMove={(index, direction) => setConfig((c) => moveCriterion(c, index, direction))}
        />
      ))}
      <div className={styles.row}>
        <Field label={t.newSection} hint={t.newSectionHint} className={styles.grow}>
          <Input
            value={newSection}
            onChange={(_, d) => setNewSection(d.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                setConfig((c) => addSection(c, newSection));
                setNewSection('');
              }
            }}
            data-testid="section-new"
          />
        </Field>
        <Button
          onClick={() => {
            setConfig((c) => addSection(c, newSection));
            setNewSection('');
          }}
        >
          {t.addSection}
        </Button>
      </div>
      {/* The built-in set scores staff: a Phòng has no built-in set to go back to. */}
      {kind !== 'school' && (
        <div>
          <Button
            onClick={() =>
              confirm({
                title: t.resetTitle,
                message: t.resetMessage,
                confirm: t.reset,
                onConfirm: () =>
                  setConfig((c) => {
                    const fresh = defaultScoringConfig(c.rounds);
                    return {
                      ...c,
                      totalPoints: fresh.totalPoints,
                      sections: fresh.sections,
                      criteria: fresh.criteria,
                    };
                  }),
              })
            }
          >
            {t.reset}
          </Button>
        </div>
      )}
    </div>
  );
}
