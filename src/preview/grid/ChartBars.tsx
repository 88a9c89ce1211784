import type { FakeExcelHost } from '../fake-excel';
import { chartData, splitSource } from './grid-layout';

const COLOURS = ['#A6A6A6', '#2F75B5', '#70AD47', '#ED7D31'];
const BAR = 14;
const GAP = 10;
const LABEL = 150;
const WIDTH = 260;

/**
 * The charts of a sheet, drawn from the numbers of their source as horizontal bars: enough to judge that
 * the chart shows the right table, not a copy of Excel's rendering.
 */
export function ChartBars({ host, sheet }: { host: FakeExcelHost; sheet: string }) {
  const charts = host.inspect.charts(sheet);
  if (charts.length === 0) return null;
  return (
    <div className="preview-charts">
      {charts.map((chart) => {
        const source = splitSource(chart.source);
        if (!source) return null;
        const data = chartData(host.inspect.values(source.sheet, source.range));
        const groupHeight = data.series.length * BAR + GAP;
        const height = data.categories.length * groupHeight + 24;
        const scale = data.max > 0 ? WIDTH / data.max : 0;
        return (
          <figure
            key={chart.name}
            className="preview-chart"
            data-testid="preview-chart"
            data-chart={chart.name}
          >
            <figcaption>
              {chart.title || chart.name} <small>({chart.source})</small>
            </figcaption>
            <svg width={LABEL + WIDTH + 60} height={height} role="img" aria-label={chart.title || chart.name}>
              {data.categories.map((category, c) => (
                <g key={category + c} transform={`translate(0, ${c * groupHeight})`}>
                  <text x={LABEL - 6} y={(data.series.length * BAR) / 2 + 4} textAnchor="end" fontSize="12">
                    {category}
                  </text>
                  {data.series.map((series, s) => (
                    <g key={series.name}>
                      <rect
                        x={LABEL}
                        y={s * BAR}
                        width={Math.max(1, series.values[c] * scale)}
                        height={BAR - 2}
                        fill={COLOURS[s % COLOURS.length]}
                        data-testid="preview-chart-bar"
                        data-value={series.values[c]}
                      />
                      <text x={LABEL + series.values[c] * scale + 4} y={s * BAR + BAR - 4} fontSize="11">
                        {series.values[c]}
                      </text>
                    </g>
                  ))}
                </g>
              ))}
              <g transform={`translate(${LABEL}, ${height - 12})`}>
                {data.series.map((series, s) => (
                  <text key={series.name} x={s * 110} y={8} fontSize="12" fill={COLOURS[s % COLOURS.length]}>
                    ■ {series.name}
                  </text>
                ))}
              </g>
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
