/**
 * Where imported scores go: each input's cell on its round sheet (the level's input column in the
 * person's row). Inputs the template has no cell for (a total, a level the sheets do not carry) are
 * returned apart so the pane can say so; nothing is written for them.
 */
import type { ScoreInput } from '../../../../domain/scoring';
import { findScoreSheet, type ScoringWorkbookMap } from '../../../../layout/scoring';
import type { ScoreCellWrite } from '../../../../excel/operations/scoring-score-cells';

export interface ScoreWritePlan {
  writes: ScoreCellWrite[];
  unplaced: ScoreInput[];
}

export function planScoreWrites(map: ScoringWorkbookMap, inputs: readonly ScoreInput[]): ScoreWritePlan {
  const plan: ScoreWritePlan = { writes: [], unplaced: [] };
  // The last value read for a cell wins, as validateScoreInputs reports for a duplicate.
  const byCell = new Map<string, ScoreCellWrite>();
  for (const input of inputs) {
    const sheet = findScoreSheet(map, input.roundId, input.monthId);
    const row = sheet?.rows[input.personId];
    const column = sheet?.criteria[input.criterionId]?.levels[input.level];
    if (!sheet || row === undefined || column === undefined) {
      plan.unplaced.push(input);
      continue;
    }
    byCell.set(`${sheet.sheetName}|${row}|${column}`, {
      sheet: sheet.sheetName,
      row,
      column,
      value: input.value,
    });
  }
  plan.writes = [...byCell.values()];
  return plan;
}
