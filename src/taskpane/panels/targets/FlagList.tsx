import { useState } from 'react';
import { Badge, Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellLocation, DomainIssue, IssueSeverity } from '../../../domain/issues';
import { usePanelStrings } from '../../i18n';
import { flagRows, severityTally } from './flag-rows';
import { TARGETS_STRINGS } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { display: 'flex', flexDirection: 'column', gap: '6px', padding: 0, margin: 0 },
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    paddingBottom: '6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COLORS: Record<IssueSeverity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

interface Props {
  flags: readonly DomainIssue[];
  onGoTo(location: CellLocation): void;
}

/** Every flag with the rule's source, errors first; one click selects the cell it is about. */
export function FlagList({ flags, onGoTo }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const [withNotes, setWithNotes] = useState(false);
  const shown = flagRows(flags, withNotes);
  const tally = severityTally(flags);
  return (
    <section className={styles.section} aria-labelledby="targets-flags-heading">
      <Text as="h2" size={400} weight="semibold" id="targets-flags-heading">
        {s.flagsHeading}
      </Text>
      <Text size={200}>{s.flagsTally(tally.error, tally.warning, tally.info)}</Text>
      <Switch label={s.showNotes} checked={withNotes} onChange={(_, data) => setWithNotes(data.checked)} />
      {shown.length === 0 ? (
        <Text>{s.noFlags}</Text>
      ) : (
        <ul className={styles.list} data-testid="flag-list">
          {shown.map((flag, i) => {
            const cell = flag.location ? `${flag.location.sheet}!${flag.location.address}` : undefined;
            return (
              <li key={`${flag.code}-${i}`} className={styles.item} data-testid="flag" data-code={flag.code}>
                <div>
                  <Badge color={COLORS[flag.severity]} appearance="tint">
                    {s.severity[flag.severity]}
                  </Badge>
                </div>
                <Text>{flag.message}</Text>
                {flag.source && (
                  <Text size={200} className={styles.muted}>
                    {s.source(flag.source)}
                  </Text>
                )}
                {flag.location && cell && (
                  <div>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => onGoTo(flag.location!)}
                      aria-label={s.goToCellOf(s.severity[flag.severity], cell)}
                      data-testid="flag-go"
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
    </section>
  );
}
