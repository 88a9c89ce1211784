import { useEffect, useRef } from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Team } from '../../../domain/school/types';
import { usePanelStrings } from '../../i18n';
import { OUTCOME_COLORS, outcomeText, signed } from './outcome';
import { TARGETS_STRINGS } from './strings';
import { TargetEditor } from './TargetEditor';
import type { TargetRow } from './target-rows';

const useStyles = makeStyles({
  card: {
    listStyleType: 'none',
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  top: { display: 'flex', justifyContent: 'space-between', gap: '8px', alignItems: 'flex-start' },
  numbers: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  number: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
});

interface Props {
  row: TargetRow;
  team?: Team;
  editing: boolean;
  onEdit(): void;
  onCancel(): void;
  onSave(value: number): void;
  onGoTo(): void;
}

export function TargetCard({ row, team, editing, onEdit, onCancel, onSave, onGoTo }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const cell = row.location ? `${row.location.sheet}!${row.location.address}` : undefined;
  // When the editor closes (saved or cancelled), the keyboard goes back to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <li className={styles.card} data-testid={`target-${row.id}`} data-outcome={row.outcome}>
      <div className={styles.top}>
        <div>
          <Text weight="semibold" block>
            {row.label}
          </Text>
          <Text size={200} className={styles.muted}>
            {[row.kindLabel, row.level].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Badge
          className={styles.badge}
          color={OUTCOME_COLORS[row.outcome]}
          appearance="tint"
          data-testid={`target-outcome-${row.id}`}
        >
          {outcomeText(row, s)}
        </Badge>
      </div>
      <div className={styles.numbers}>
        <span className={styles.number}>
          <Text size={200}>{s.target}</Text>
          <Text weight="semibold" data-testid={`target-count-${row.id}`}>
            {row.count}
          </Text>
        </span>
        <span className={styles.number}>
          <Text size={200}>{s.result}</Text>
          <Text weight="semibold" data-testid={`target-result-${row.id}`}>
            {row.result}
          </Text>
        </span>
        <span className={styles.number}>
          <Text size={200}>{s.gap}</Text>
          <Text weight="semibold">{signed(row.gap)}</Text>
        </span>
        {row.pool !== null && (
          <span className={styles.number}>
            <Text size={200}>{s.pool}</Text>
            <Text weight="semibold">{row.pool}</Text>
          </span>
        )}
      </div>
      {row.counts && (
        <Text size={200} className={styles.muted}>
          {s.stages(
            row.counts.registered,
            row.counts.eligible,
            row.counts.proposed,
            row.counts.voted,
            row.counts.approved,
          )}
        </Text>
      )}
      {row.teamShare && team && (
        <Text size={200} data-testid={`target-team-share-${row.id}`}>
          {s.teamShare(
            team.name,
            row.teamShare.registered,
            row.teamShare.eligible,
            row.teamShare.achieved,
            row.teamShare.subjects,
          )}
        </Text>
      )}
      {editing ? (
        <TargetEditor id={row.id} label={row.label} current={row.count} onSave={onSave} onCancel={onCancel} />
      ) : (
        <div className={styles.actions}>
          <Button onClick={onEdit} data-testid={`target-edit-${row.id}`} disabled={!row.location}>
            {s.edit}
          </Button>
          {cell && (
            <Button appearance="subtle" onClick={onGoTo} aria-label={s.goToCellOf(row.label, cell)}>
              {s.goToCell} {cell}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
