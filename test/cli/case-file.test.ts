/** The JSON case file the CLI reads and writes: scores as a table, and the older one-by-one form. */
import { caseFromFile, caseToFile, evaluateCase } from '../../src/domain/case';
import { sampleFullCase } from '../../src/domain/sample';
import type { ScoreInput } from '../../src/domain/scoring';

const order = (inputs: ScoreInput[]) =>
  inputs
    .map((i) => `${i.personId}|${i.roundId}|${i.monthId ?? ''}|${i.criterionId}|${i.level}|${i.value}`)
    .sort();

describe('the sample school through its case file', () => {
  const sample = sampleFullCase();
  const file = caseToFile(sample);

  test('every score goes into the table; none is left one by one', () => {
    expect(file.scoring?.inputs).toBeUndefined();
    const cells = file.scoring?.table?.rows.reduce(
      (n, row) => n + row.values.filter((v) => v !== null).length,
      0,
    );
    expect(cells).toBe(sample.scoring.inputs.length);
  });

  test('read back by default, the table becomes the same scores one by one (for the workbook and the pane)', () => {
    const { schoolCase } = caseFromFile(file);
    expect(schoolCase?.scoring.table).toBeUndefined();
    expect(order(schoolCase?.scoring.inputs ?? [])).toEqual(order(sample.scoring.inputs));
  });

  test('kept as a table, it evaluates to the same results, and writes back the same table', () => {
    const { schoolCase } = caseFromFile(file, { keepScoreTable: true });
    if (!schoolCase) throw new Error('the sample must read back');
    expect(schoolCase.scoring.inputs).toEqual([]);
    const kept = evaluateCase(schoolCase);
    const original = evaluateCase(sample);
    expect(kept.scoring.people).toEqual(original.scoring.people);
    expect(kept.scoring.teams).toEqual(original.scoring.teams);
    expect(kept.targets).toEqual(original.targets);
    expect(caseToFile(schoolCase).scoring).toEqual(file.scoring);
  });

  test('a score the table cannot hold (a criterion the rules lack) stays one by one, after the table', () => {
    const stray: ScoreInput = {
      personId: 'BH2-001',
      roundId: 'dot-1',
      criterionId: '9.9',
      level: 'self',
      value: 1,
    };
    const withStray = {
      ...sample,
      scoring: { ...sample.scoring, inputs: [...sample.scoring.inputs, stray] },
    };
    expect(caseToFile(withStray).scoring?.inputs).toEqual([stray]);
  });
});
