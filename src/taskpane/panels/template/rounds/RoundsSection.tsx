import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ScoringConfig, ScoringRound } from '../../../../domain/scoring';
import { normalizeName } from '../../../../domain/text';
import { usePanelStrings } from '../../../i18n';
import type { TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { DateField } from '../shared/DateField';
import { NumberField } from '../shared/NumberField';
import { TEMPLATE_STRINGS } from '../strings';
import { addRound, removeRound, setMonthly, updateRound } from './rounds-edit';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '10px' },
  round: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    paddingBottom: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  months: { color: tokens.colorNeutralForeground3 },
});

function RoundLabel({ round, onCommit }: { round: ScoringRound; onCommit: (label: string) => void }) {
  const t = usePanelStrings(TEMPLATE_STRINGS).rounds;
  const [text, setText] = useState(round.label);
  useEffect(() => setText(round.label), [round.label]);
  const commit = () => {
    const clean = normalizeName(text);
    if (clean !== '' && clean !== round.label) onCommit(clean);
    else setText(round.label);
  };
  return (
    <Field label={t.label} hint={t.labelHint} size="small">
      <Input
        size="small"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

export interface RoundsSectionProps {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}

export function RoundsSection({ draft, update, confirm }: RoundsSectionProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).rounds;
  const { config } = draft;
  const setRounds = (change: (config: ScoringConfig) => ScoringRound[]) =>
    update((current) => ({ ...current, config: { ...current.config, rounds: change(current.config) } }));
  const weights = config.rounds.reduce(
    (sum, round) => sum + (Number.isFinite(round.weight) ? round.weight : 0),
    0,
  );
  return (
    <div className={styles.box}>
      <Text size={200}>{t.intro}</Text>
      {config.rounds.map((round, index) => (
        <section key={round.id} className={styles.round} aria-label={round.label} data-testid="round">
          <RoundLabel
            round={round}
            onCommit={(label) => setRounds((c) => updateRound(c, index, { label }))}
          />
          <div className={styles.row}>
            <DateField
              size="small"
              label={t.start}
              value={round.start}
              required
              onCommit={(start) => setRounds((c) => updateRound(c, index, { start }))}
            />
            <DateField
              size="small"
              label={t.end}
              value={round.end}
              required
              onCommit={(end) => setRounds((c) => updateRound(c, index, { end }))}
            />
          </div>
          <div className={styles.row}>
            <NumberField
              size="small"
              label={t.weight}
              hint={weights > 0 ? t.weightShare(round.weight, weights) : undefined}
              value={round.weight}
              min={0}
              onCommit={(weight) =>
                weight !== undefined && setRounds((c) => updateRound(c, index, { weight }))
              }
            />
            <Checkbox
              label={t.monthly}
              checked={round.months !== undefined}
              onChange={(_, d) => setRounds((c) => setMonthly(c, index, d.checked === true))}
            />
          </div>
          {round.months && (
            <Text size={200} className={styles.months}>
              {round.months.length > 0 ? t.monthsList(round.months.map((m) => m.label)) : t.noMonths}
            </Text>
          )}
          <div>
            <Button
              size="small"
              onClick={() =>
                confirm({
                  title: t.removeTitle,
                  message: t.removeMessage(round.label),
                  confirm: t.remove,
                  onConfirm: () =>
                    update((current) => ({
                      ...current,
                      config: removeRound(current.config, current.config.rounds.indexOf(round)),
                    })),
                })
              }
            >
              {t.removeOf(round.label)}
            </Button>
          </div>
        </section>
      ))}
      <div>
        <Button
          onClick={() =>
            update((current) => ({ ...current, config: addRound(current.config, current.info.yearEnd) }))
          }
          data-testid="round-add"
        >
          {t.add}
        </Button>
      </div>
    </div>
  );
}
