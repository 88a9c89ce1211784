import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ASSESSMENT_LEVELS, type Band, type ScoringConfig } from '../../../../domain/scoring';
import { normalizeName } from '../../../../domain/text';
import { draftUnitKind, type TemplateDraft } from '../draft';
import type { DraftUpdate } from '../draft-store';
import { NumberField } from '../shared/NumberField';
import { useLevelStrings } from '../unit-strings';
import { addBand, removeBand, toggleLevel, updateBand } from './rounds-edit';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  levels: { display: 'flex', flexDirection: 'column' },
  band: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '6px', borderLeft: '6px solid' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  row2: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    alignItems: 'end',
    ...SHRINKABLE_FIELDS,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

function BandText({
  label,
  value,
  onCommit,
  upper,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  upper?: boolean;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const clean = normalizeName(upper ? text.toLocaleUpperCase('vi') : text);
    if (clean !== '' && clean !== value) onCommit(clean);
    else setText(value);
  };
  return (
    <Field label={label} size="small">
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

export function LevelsBandsSection({ draft, update }: { draft: TemplateDraft; update: DraftUpdate }) {
  const styles = useStyles();
  // A Phòng's levels are "Trường tự chấm", "Cụm chấm", "Phòng chấm" (UNIT_TERMS.school.levelLabels).
  const t = useLevelStrings(draftUnitKind(draft));
  const { config } = draft;
  const setConfig = (change: (config: ScoringConfig) => ScoringConfig) =>
    update((current) => ({ ...current, config: change(current.config) }));
  const setBand = (index: number, changes: Partial<Band>) => setConfig((c) => updateBand(c, index, changes));
  return (
    <div className={styles.box}>
      <fieldset className={styles.levels}>
        <legend>{t.levelsTitle}</legend>
        {ASSESSMENT_LEVELS.map((level) => (
          <Checkbox
            key={level}
            label={t.levelNames[level]}
            checked={config.levels.includes(level)}
            disabled={config.levels.length === 1 && config.levels.includes(level)}
            data-testid={`level-${level}`}
            onChange={(_, d) =>
              setConfig((c) => ({ ...c, levels: toggleLevel(c.levels, level, d.checked === true) }))
            }
          />
        ))}
        <Text size={200} className={styles.note}>
          {t.levelsNote}
        </Text>
      </fieldset>
      <Text weight="semibold">{t.bandsTitle}</Text>
      <Text size={200} className={styles.note}>
        {t.bandsNote}
      </Text>
      {config.bands.map((band, index) => (
        <section
          key={`${band.id}-${index}`}
          className={styles.band}
          style={{ borderLeftColor: band.fill, backgroundColor: tokens.colorNeutralBackground2 }}
          aria-label={band.label}
          data-testid="band"
        >
          <div className={styles.row}>
            <BandText label={t.bandId} value={band.id} upper onCommit={(id) => setBand(index, { id })} />
            <BandText
              label={t.bandLabel}
              value={band.label}
              onCommit={(label) => setBand(index, { label })}
            />
          </div>
          <div className={styles.row2}>
            <NumberField
              size="small"
              label={t.bandMin}
              value={band.min}
              onCommit={(min) => min !== undefined && setBand(index, { min })}
            />
            <Checkbox
              label={t.requiresFloors}
              checked={band.requiresFloors}
              onChange={(_, d) => setBand(index, { requiresFloors: d.checked === true })}
            />
          </div>
          <div>
            <Button
              size="small"
              disabled={config.bands.length === 1}
              onClick={() => setConfig((c) => removeBand(c, index))}
            >
              {t.removeBandOf(band.id)}
            </Button>
          </div>
        </section>
      ))}
      <div>
        <Button onClick={() => setConfig(addBand)}>{t.addBand}</Button>
      </div>
    </div>
  );
}
