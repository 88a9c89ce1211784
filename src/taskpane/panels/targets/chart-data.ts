/**
 * The bars the pane draws beside the native chart: one per title target, target against result, with the
 * same categories the "Chỉ tiêu" sheet's chart table uses, so what the pane shows is what Excel draws.
 */
import type { TargetsEvaluation } from '../../../domain/targets';
import { chartCategory } from '../../../layout/targets/targets-sheet';

export interface ChartBar {
  id: string;
  category: string;
  target: number;
  result: number;
}

export function chartBars(evaluation: TargetsEvaluation): ChartBar[] {
  return evaluation.targets
    .filter((s) => s.target.titleId && (s.target.kind === 'individual' || s.target.kind === 'collective'))
    .map((s) => ({
      id: s.target.id,
      category: chartCategory(s.target),
      target: s.target.count,
      result: s.result,
    }));
}

/** The largest number drawn, so bars share one scale; 1 when everything is 0. */
export function chartScale(bars: readonly ChartBar[]): number {
  return Math.max(1, ...bars.flatMap((b) => [b.target, b.result]));
}
