import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CriteriaSection, Criterion } from '../../../../domain/scoring';
import type { Role } from '../../../../domain/school/types';
import type { UnitKind } from '../../../../domain/school/units';
import { showNumber } from '../shared/format';
import { useCriteriaStrings } from '../unit-strings';

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    paddingBottom: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', gap: '4px', alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBottom: '4px' },
  meta: { color: tokens.colorNeutralForeground3, display: 'block' },
  buttons: { display: 'flex', justifyContent: 'flex-end', gap: '2px' },
  small: { minWidth: 'auto' },
});

export interface SectionBlockProps {
  section: CriteriaSection;
  /** The section's criteria with their index in the whole list. */
  criteria: { criterion: Criterion; index: number }[];
  roles: readonly Role[];
  /** Whose criteria: a Phòng's apply per cấp học. */
  kind?: UnitKind;
  onRename: (label: string) => void;
  onRemove: () => void;
  onAdd: () => void;
  onEdit: (index: number) => void;
  onRemoveCriterion: (index: number) => void;
  onMove: (index: number, direction: -1 | 1) => void;
}

export function SectionBlock(props: SectionBlockProps) {
  const { section, criteria, roles } = props;
  const styles = useStyles();
  const t = useCriteriaStrings(props.kind ?? 'staff');
  const [label, setLabel] = useState(section.label);
  useEffect(() => setLabel(section.label), [section.label]);
  const commit = () => {
    const clean = label.normalize('NFC').trim();
    if (clean !== '' && clean !== section.label) props.onRename(clean);
    else setLabel(section.label);
  };
  const roleText = (criterion: Criterion) =>
    criterion.roles === 'all'
      ? t.allRoles
      : criterion.roles.map((id) => roles.find((role) => role.id === id)?.label ?? id).join(', ');
  const points = (criterion: Criterion) => {
    const max = showNumber(criterion.max);
    if (criterion.kind === 'deduction') return t.deductionSummary(max, showNumber(criterion.deductionStep));
    if (criterion.kind === 'bonus') return t.bonusSummary(max);
    return criterion.floor === undefined
      ? t.pointsSummary(max)
      : t.pointsFloorSummary(max, showNumber(criterion.floor));
  };

  return (
    <section className={styles.block} aria-label={section.label} data-testid={`section-${section.id}`}>
      <div className={styles.head}>
        <Field label={t.sectionLabel(section.id)} size="small" className={styles.grow}>
          <Input
            size="small"
            value={label}
            onChange={(_, d) => setLabel(d.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
            }}
          />
        </Field>
        <Button size="small" onClick={props.onRemove} aria-label={t.removeSectionOf(section.label)}>
          {t.removeSection}
        </Button>
      </div>
      <ul className={styles.list}>
        {criteria.map(({ criterion, index }, position) => (
          <li key={`${criterion.id}-${index}`} className={styles.item} data-testid="criterion-row">
            <Text size={200}>
              <strong>{criterion.id}</strong> {criterion.label}
              <Text size={100} className={styles.meta}>
                {points(criterion)} · {roleText(criterion)}
              </Text>
            </Text>
            <span className={styles.buttons}>
              <Button
                size="small"
                className={styles.small}
                appearance="subtle"
                disabled={position === 0}
                onClick={() => props.onMove(index, -1)}
                aria-label={t.moveUpOf(criterion.id)}
              >
                ↑
              </Button>
              <Button
                size="small"
                className={styles.small}
                appearance="subtle"
                disabled={position === criteria.length - 1}
                onClick={() => props.onMove(index, 1)}
                aria-label={t.moveDownOf(criterion.id)}
              >
                ↓
              </Button>
              <Button
                size="small"
                className={styles.small}
                appearance="subtle"
                onClick={() => props.onEdit(index)}
                aria-label={t.editOf(criterion.id)}
              >
                {t.edit}
              </Button>
              <Button
                size="small"
                className={styles.small}
                appearance="subtle"
                onClick={() => props.onRemoveCriterion(index)}
                aria-label={t.removeOf(criterion.id)}
              >
                {t.remove}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <div>
        <Button size="small" onClick={props.onAdd} data-testid={`section-add-${section.id}`}>
          {t.addToSection}
        </Button>
      </div>
    </section>
  );
}
