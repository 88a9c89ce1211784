import { useState } from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellLocation } from '../../../domain/issues';
import { usePanelStrings } from '../../i18n';
import { reasonSourceText, type StatusRow, type StatusTone } from './status-rows';
import { TARGETS_STRINGS } from './strings';

/** Rows shown before "Hiện thêm": a tổ fits, the whole school is paged. */
export const PAGE_SIZE = 30;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { display: 'flex', flexDirection: 'column', gap: '6px', padding: 0, margin: 0 },
  item: {
    listStyleType: 'none',
    paddingBottom: '6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  top: { display: 'flex', justifyContent: 'space-between', gap: '6px', alignItems: 'flex-start' },
  reasons: { margin: 0, paddingLeft: '18px' },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
});

const TONE_COLORS: Record<StatusTone, 'success' | 'informative' | 'danger'> = {
  achieved: 'success',
  open: 'informative',
  out: 'danger',
};

interface Props {
  id: string;
  heading: string;
  empty: string;
  rows: readonly StatusRow[];
  onGoTo(location: CellLocation): void;
}

/** Where each person or tổ stands on a title and every reason, with its legal source. */
export function StatusList({ id, heading, empty, rows, onGoTo }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = rows.slice(0, limit);
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Text as="h2" size={400} weight="semibold" id={`${id}-heading`}>
        {heading} ({rows.length})
      </Text>
      {rows.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <ul className={styles.list} data-testid={id}>
          {shown.map((row) => {
            const cell = row.location ? `${row.location.sheet}!${row.location.address}` : undefined;
            return (
              <li key={row.key} className={styles.item} data-testid="status-row" data-stage={row.stage}>
                <div className={styles.top}>
                  <div>
                    <Text weight="semibold">{row.name}</Text>{' '}
                    <Text size={200} className={styles.muted}>
                      {row.teamName !== row.name ? `${row.teamName} · ` : ''}
                      {row.titleLabel}
                    </Text>
                  </div>
                  <Badge
                    className={styles.badge}
                    color={TONE_COLORS[row.tone]}
                    appearance="tint"
                    title={s.tone[row.tone]}
                  >
                    {row.stageLabel}
                  </Badge>
                </div>
                {row.reasons.length > 0 && (
                  <ul className={styles.reasons}>
                    {row.reasons.map((reason, i) => (
                      <li key={i}>
                        <Text size={200}>{reason.message}</Text>
                        {reason.source && (
                          <Text size={200} className={styles.muted} block>
                            {reasonSourceText(reason, s)}
                          </Text>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {row.location && cell && (
                  <div>
                    <Button
                      appearance="subtle"
                      onClick={() => onGoTo(row.location!)}
                      aria-label={s.goToCellOf(row.name, cell)}
                    >
                      {s.goToCell} {cell}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > limit && (
        <div>
          <Button onClick={() => setLimit(limit + PAGE_SIZE)}>
            {s.showMore(Math.min(PAGE_SIZE, rows.length - limit))}
          </Button>
        </div>
      )}
    </section>
  );
}
