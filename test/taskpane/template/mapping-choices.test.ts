import fc from 'fast-check';
import { defaultScoringConfig } from '../../../src/domain/scoring';
import {
  choiceFromKey,
  choiceKey,
  choicesFromMapping,
  columnTitles,
  guessHeaderRows,
  mappingFromChoices,
  PERSON_FIELDS,
  repeatedFields,
  suggestChoices,
  withLevel,
  type ColumnChoice,
} from '../../../src/taskpane/panels/template/import/mapping-choices';

const criteria = defaultScoringConfig().criteria;

describe('choosing what each column holds', () => {
  test('a paste without header takes the order the pane shows', () => {
    const grid = [['Nguyễn Văn An', 'Nam', 'Giáo viên', 'gvcn', 'Tổ 1', '05/09/2010', '01/02/1985', 'GV01']];
    expect(guessHeaderRows(grid)).toBe(0);
    expect(mappingFromChoices(suggestChoices(grid, 0, []))).toEqual({
      name: 0,
      gender: 1,
      position: 2,
      role: 3,
      team: 4,
      hireDate: 5,
      birthDate: 6,
      staffCode: 7,
      criteria: [],
      totals: [],
    });
  });

  test('a header row is recognised and mapped, whatever its order', () => {
    const grid = [
      ['STT', 'Tổ CM', 'Họ và tên', 'Ngày sinh'],
      [1, 'Tổ 1', 'Nguyễn Văn An', '01/02/1985'],
      [2, 'Tổ 1', 'Lê Thị Hà', '03/04/1990'],
    ];
    expect(guessHeaderRows(grid)).toBe(1);
    const mapping = mappingFromChoices(suggestChoices(grid, 1, []));
    expect(mapping).toMatchObject({ team: 1, name: 2, birthDate: 3 });
    expect(columnTitles(grid, 1, 1)).toEqual([
      'Cột B: STT',
      'Cột C: Tổ CM',
      'Cột D: Họ và tên',
      'Cột E: Ngày sinh',
    ]);
  });

  test('two header rows: a criterion above its levels', () => {
    const grid = [
      ['Họ và tên', '1.1', null, '1.2', null],
      [null, 'Tự ĐG', 'HĐ ĐG', 'Tự ĐG', 'HĐ ĐG'],
      ['Nguyễn Văn An', 9, 9.5, 10, 10],
      ['Lê Thị Hà', 8, 8, 9, 9],
    ];
    expect(guessHeaderRows(grid, criteria)).toBe(2);
    const mapping = mappingFromChoices(suggestChoices(grid, 2, criteria));
    expect(mapping.criteria).toEqual([
      { column: 1, criterionId: '1.1', level: 'self' },
      { column: 2, criterionId: '1.1', level: 'council' },
      { column: 3, criterionId: '1.2', level: 'self' },
      { column: 4, criterionId: '1.2', level: 'council' },
    ]);
  });

  test('a field chosen twice is reported and only its first column is read', () => {
    const choices: ColumnChoice[] = [
      { kind: 'field', field: 'name' },
      { kind: 'field', field: 'name' },
    ];
    expect(repeatedFields(choices)).toEqual(['name']);
    expect(mappingFromChoices(choices).name).toBe(0);
  });

  test('changing a column from one criterion to another keeps its level', () => {
    const choice = choiceFromKey('criterion:2.1', 'team');
    expect(choice).toEqual({ kind: 'criterion', criterionId: '2.1', level: 'team' });
    expect(withLevel(choice, undefined)).toEqual({ kind: 'criterion', criterionId: '2.1' });
  });
});

describe('choices and mappings agree (property)', () => {
  const choice: fc.Arbitrary<ColumnChoice> = fc.oneof(
    fc.constant<ColumnChoice>({ kind: 'ignore' }),
    fc.constantFrom(...PERSON_FIELDS).map((field): ColumnChoice => ({ kind: 'field', field })),
    fc
      .tuple(
        fc.constantFrom(...criteria.map((c) => c.id)),
        fc.constantFrom(undefined, 'self', 'team', 'council' as const),
      )
      .map(([criterionId, level]): ColumnChoice =>
        level ? { kind: 'criterion', criterionId, level } : { kind: 'criterion', criterionId },
      ),
    fc
      .constantFrom(undefined, 'self', 'council' as const)
      .map((level): ColumnChoice => (level ? { kind: 'total', level } : { kind: 'total' })),
  );

  test('choices without repeated fields go to a mapping and come back the same', () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 12 }), (choices) => {
        fc.pre(repeatedFields(choices).length === 0);
        expect(choicesFromMapping(mappingFromChoices(choices), choices.length)).toEqual(choices);
      }),
    );
  });

  test('every choice survives its dropdown value', () => {
    fc.assert(
      fc.property(choice, (c) => {
        const level = c.kind === 'criterion' || c.kind === 'total' ? c.level : undefined;
        expect(choiceFromKey(choiceKey(c), level)).toEqual(c);
      }),
    );
  });
});
