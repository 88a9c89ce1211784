import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { runExcel } from '../../../excel';
import { insertTargetChart, type TargetChartResult } from '../../../excel/operations/targets-chart';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { chartScale, type ChartBar } from './chart-data';
import { TARGETS_STRINGS } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  bars: { display: 'flex', flexDirection: 'column', gap: '6px', padding: 0, margin: 0 },
  bar: { listStyleType: 'none', display: 'grid', gridTemplateColumns: '96px 1fr', gap: '6px' },
  tracks: { display: 'flex', flexDirection: 'column', gap: '2px' },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: '2px' },
  target: { height: '10px', backgroundColor: tokens.colorNeutralForeground4, borderRadius: '2px' },
  result: { height: '10px', backgroundColor: tokens.colorBrandBackground, borderRadius: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  bars: readonly ChartBar[];
  sheet: string;
}

/** Target against result per title, drawn in the pane, and the native Excel chart inserted on demand. */
export function TargetChart({ bars, sheet }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const { perform } = useCase();
  const [done, setDone] = useState<TargetChartResult>();
  const scale = chartScale(bars);
  const width = (n: number) => `${Math.round((n / scale) * 1000) / 10}%`;
  const insert = async () => {
    const result = await perform(s.inserting, () => runExcel((context) => insertTargetChart(context, sheet)));
    if (result) setDone(result);
  };
  const where = done && `${done.chart.topLeft}:${done.chart.bottomRight}`;
  return (
    <section className={styles.section} aria-labelledby="targets-chart-heading">
      <Text as="h2" size={400} weight="semibold" id="targets-chart-heading">
        {s.chartHeading}
      </Text>
      {bars.length === 0 ? (
        <Text>{s.chartEmpty}</Text>
      ) : (
        <>
          <ul className={styles.bars} data-testid="target-chart">
            {bars.map((bar) => (
              <li
                key={bar.id}
                className={styles.bar}
                data-testid={`chart-bar-${bar.id}`}
                data-target={bar.target}
                data-result={bar.result}
                aria-label={s.barLabel(bar.category, bar.target, bar.result)}
              >
                <Text size={200}>{bar.category}</Text>
                <span className={styles.tracks} aria-hidden="true">
                  <span className={styles.track}>
                    <span className={styles.target} style={{ width: width(bar.target), display: 'block' }} />
                  </span>
                  <span className={styles.track}>
                    <span className={styles.result} style={{ width: width(bar.result), display: 'block' }} />
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <Text size={200} className={styles.muted}>
            {s.chartHint}
          </Text>
          <div>
            <Button onClick={() => void insert()} data-testid="insert-chart">
              {done ? s.reinsertChart : s.insertChart}
            </Button>
          </div>
          {done && where && (
            <Text role="status" data-testid="chart-status" data-source={done.chart.source}>
              {(done.replaced ? s.replaced : s.inserted)(done.chart.sheet, done.chart.source, where)}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
