/**
 * The column mapping as the pane edits it: one choice per column of the imported rectangle (a person
 * field, a criterion at a level, a total, or nothing), turned back into the domain's ColumnMapping.
 */
import type { ColumnMapping, ImportGrid, PersonField } from '../../../../domain/import';
import { columnLetter, suggestColumnMapping } from '../../../../domain/import';
import type { AssessmentLevel, Criterion } from '../../../../domain/scoring';

export type ColumnChoice =
  | { kind: 'ignore' }
  | { kind: 'field'; field: PersonField }
  | { kind: 'criterion'; criterionId: string; level?: AssessmentLevel }
  | { kind: 'total'; level?: AssessmentLevel };

export const PERSON_FIELDS: PersonField[] = [
  'name',
  'staffCode',
  'team',
  'role',
  'position',
  'gender',
  'female',
  'birthDate',
  'hireDate',
];

/** Columns of a header-less paste, in the order the pane asks for them. */
export const PASTE_ORDER: PersonField[] = [
  'name',
  'gender',
  'position',
  'role',
  'team',
  'hireDate',
  'birthDate',
  'staffCode',
];

export function choicesFromMapping(mapping: ColumnMapping, width: number): ColumnChoice[] {
  const choices: ColumnChoice[] = Array.from({ length: width }, () => ({ kind: 'ignore' }));
  for (const field of PERSON_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && column < width) choices[column] = { kind: 'field', field };
  }
  for (const { column, criterionId, level } of mapping.criteria) {
    if (column < width)
      choices[column] = level
        ? { kind: 'criterion', criterionId, level }
        : { kind: 'criterion', criterionId };
  }
  for (const { column, level } of mapping.totals) {
    if (column < width) choices[column] = level ? { kind: 'total', level } : { kind: 'total' };
  }
  return choices;
}

/** The mapping the choices make; a field chosen for two columns keeps the first (the pane warns). */
export function mappingFromChoices(choices: readonly ColumnChoice[]): ColumnMapping {
  const mapping: ColumnMapping = { criteria: [], totals: [] };
  choices.forEach((choice, column) => {
    switch (choice.kind) {
      case 'field':
        if (mapping[choice.field] === undefined) mapping[choice.field] = column;
        break;
      case 'criterion':
        mapping.criteria.push(
          choice.level
            ? { column, criterionId: choice.criterionId, level: choice.level }
            : { column, criterionId: choice.criterionId },
        );
        break;
      case 'total':
        mapping.totals.push(choice.level ? { column, level: choice.level } : { column });
        break;
      case 'ignore':
        break;
    }
  });
  return mapping;
}

/** Person fields chosen for more than one column: only the first is read. */
export function repeatedFields(choices: readonly ColumnChoice[]): PersonField[] {
  const seen = new Set<PersonField>();
  const repeated = new Set<PersonField>();
  for (const choice of choices) {
    if (choice.kind !== 'field') continue;
    if (seen.has(choice.field)) repeated.add(choice.field);
    seen.add(choice.field);
  }
  return [...repeated];
}

/** The value of a choice in a <select>: "ignore", "field:name", "criterion:2.1", "total". */
export function choiceKey(choice: ColumnChoice): string {
  switch (choice.kind) {
    case 'ignore':
      return 'ignore';
    case 'field':
      return `field:${choice.field}`;
    case 'criterion':
      return `criterion:${choice.criterionId}`;
    case 'total':
      return 'total';
  }
}

/** The choice a <select> value names, keeping the level the column had. */
export function choiceFromKey(key: string, level?: AssessmentLevel): ColumnChoice {
  if (key.startsWith('field:')) return { kind: 'field', field: key.slice('field:'.length) as PersonField };
  if (key.startsWith('criterion:')) {
    const criterionId = key.slice('criterion:'.length);
    return level ? { kind: 'criterion', criterionId, level } : { kind: 'criterion', criterionId };
  }
  if (key === 'total') return level ? { kind: 'total', level } : { kind: 'total' };
  return { kind: 'ignore' };
}

export function withLevel(choice: ColumnChoice, level: AssessmentLevel | undefined): ColumnChoice {
  if (choice.kind !== 'criterion' && choice.kind !== 'total') return choice;
  const { level: _previous, ...rest } = choice;
  void _previous;
  return level ? { ...rest, level } : rest;
}

export function gridWidth(grid: ImportGrid): number {
  return grid.reduce((width, row) => Math.max(width, row.length), 0);
}

/** Each column's name for the mapping editor: its header rows joined, after its sheet letter. */
export function columnTitles(
  grid: ImportGrid,
  headerRows: number,
  firstColumn: number,
  columnName: (letter: string) => string = (letter) => `Cột ${letter}`,
): string[] {
  return Array.from({ length: gridWidth(grid) }, (_, column) => {
    const header = grid
      .slice(0, headerRows)
      .map((row) => row[column])
      .filter((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')
      .map((cell) => String(cell).normalize('NFC').trim())
      .join(' / ');
    const letter = columnLetter(firstColumn + column);
    return header === '' ? columnName(letter) : `${columnName(letter)}: ${header}`;
  });
}

function mappedCount(mapping: ColumnMapping): number {
  return (
    PERSON_FIELDS.filter((field) => mapping[field] !== undefined).length +
    mapping.criteria.length +
    mapping.totals.length
  );
}

/**
 * How many rows at the top are headers: none when the first row does not name a column the pane knows
 * (a paste of people only), two when a second row adds levels or criteria under the first.
 */
export function guessHeaderRows(grid: ImportGrid, criteria: readonly Criterion[] = []): number {
  if (grid.length === 0) return 0;
  const one = suggestColumnMapping(grid[0] ?? [], criteria).mapping;
  if (mappedCount(one) === 0) return 0;
  if (grid.length < 3) return 1;
  const two = suggestColumnMapping(grid.slice(0, 2), criteria).mapping;
  const secondIsPerson =
    one.name !== undefined && grid[1]?.[one.name] !== null && grid[1]?.[one.name] !== undefined;
  return mappedCount(two) > mappedCount(one) && !secondIsPerson ? 2 : 1;
}

/** The suggestion for `headerRows` header rows, or the paste order when there is no header. */
export function suggestChoices(
  grid: ImportGrid,
  headerRows: number,
  criteria: readonly Criterion[],
): ColumnChoice[] {
  const width = gridWidth(grid);
  if (headerRows === 0) {
    return Array.from({ length: width }, (_, column): ColumnChoice => {
      // A score sheet without header: the user names its columns; the first is usually the name.
      const field = criteria.length === 0 ? PASTE_ORDER[column] : column === 0 ? 'name' : undefined;
      return field ? { kind: 'field', field } : { kind: 'ignore' };
    });
  }
  const suggestion = suggestColumnMapping(grid.slice(0, headerRows), criteria);
  return choicesFromMapping(suggestion.mapping, width);
}
