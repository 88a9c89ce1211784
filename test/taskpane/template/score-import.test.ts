import { convertUnicodeToTcvn3 } from '../../../src/domain/text';
import { findScoreSheet } from '../../../src/layout/scoring';
import {
  readableGrid,
  sourceFromSelection,
} from '../../../src/taskpane/panels/template/import/import-source';
import {
  guessHeaderRows,
  suggestChoices,
} from '../../../src/taskpane/panels/template/import/mapping-choices';
import { previewScoreImport } from '../../../src/taskpane/panels/template/import/score-import';
import { planScoreWrites } from '../../../src/taskpane/panels/template/import/score-writes';
import { buildSample, readBack, sampleCase } from '../scores/sample-workbook';

describe('an old score sheet brought into the template', () => {
  let workbook: Awaited<ReturnType<typeof readBack>>['read'];
  beforeAll(async () => {
    const { context } = await buildSample(sampleCase(false));
    workbook = (await readBack(context)).read;
  });

  test('names matched in NFC and TCVN3, "9,5" read as 9.5, each value placed in its round-sheet cell', () => {
    const [an, binh] = workbook.schoolCase.roster.staff;
    const source = sourceFromSelection({
      sheet: 'Điểm HK1 cũ',
      address: 'A1:D3',
      origin: { row: 0, column: 0 },
      values: [
        ['Họ và tên', 'TC 1.1', 'TC 1.2', 'Tổng điểm'],
        [an.fullName.normalize('NFD'), '9,5', 10, 19.5],
        [binh.fullName, 8, 12, 20],
      ],
      font: null,
    });
    const headerRows = guessHeaderRows(source.grid, workbook.schoolCase.scoring.config.criteria);
    expect(headerRows).toBe(1);
    const choices = suggestChoices(source.grid, headerRows, workbook.schoolCase.scoring.config.criteria);
    const preview = previewScoreImport(workbook, source, choices, {
      period: 0,
      level: 'council',
      headerRows,
    });
    if (!preview) throw new Error('no preview');
    expect(preview.sheetName).toBe('Đợt 1');
    const sheet = findScoreSheet(workbook.scoring, 'dot-1');
    if (!sheet) throw new Error('no sheet');
    expect(preview.plan.writes).toEqual([
      { sheet: 'Đợt 1', row: sheet.rows[an.id], column: sheet.criteria['1.1'].levels.council, value: 9.5 },
      { sheet: 'Đợt 1', row: sheet.rows[an.id], column: sheet.criteria['1.2'].levels.council, value: 10 },
      { sheet: 'Đợt 1', row: sheet.rows[binh.id], column: sheet.criteria['1.1'].levels.council, value: 8 },
      { sheet: 'Đợt 1', row: sheet.rows[binh.id], column: sheet.criteria['1.2'].levels.council, value: 12 },
    ]);
    // 12 is above the maximum 10: kept as typed, and reported on its cell of the old sheet.
    const above = preview.read.issues.find((issue) => issue.code === 'score.above-max');
    expect(above?.location).toEqual({ sheet: 'Điểm HK1 cũ', address: 'C3' });
  });

  test('text in TCVN3 is converted and said so', () => {
    const person = workbook.schoolCase.roster.staff[2];
    const source = sourceFromSelection({
      sheet: 'Cũ',
      address: 'A1:B2',
      origin: { row: 0, column: 0 },
      values: [
        [convertUnicodeToTcvn3('Họ và tên'), '1.1'],
        [convertUnicodeToTcvn3(person.fullName), 9],
      ],
      font: '.VnTime',
    });
    // The header is recognised once read as Unicode, as the pane reads it.
    const readable = readableGrid(source);
    expect(readable[0][0]).toBe('Họ và tên');
    const choices = suggestChoices(readable, 1, workbook.schoolCase.scoring.config.criteria);
    const preview = previewScoreImport(workbook, source, choices, {
      period: 1,
      level: 'self',
      headerRows: 1,
    });
    expect(preview?.read.inputs).toEqual([
      expect.objectContaining({ personId: person.id, roundId: 'dot-2', value: 9 }),
    ]);
    expect(
      preview?.read.issues.some((issue) => issue.severity === 'info' && /TCVN3/.test(issue.message)),
    ).toBe(true);
  });

  test('a level the sheets do not carry has no cell: nothing is written for it', () => {
    const person = workbook.schoolCase.roster.staff[0];
    const map = { ...workbook.scoring, scoreSheets: workbook.scoring.scoreSheets.map((s) => ({ ...s })) };
    const plan = planScoreWrites(map, [
      { personId: person.id, roundId: 'dot-1', criterionId: '1.1', level: 'team', value: 9 },
      { personId: person.id, roundId: 'dot-9', criterionId: '1.1', level: 'team', value: 9 },
      { personId: person.id, roundId: 'dot-1', criterionId: '1.1', level: 'team', value: 8 },
    ]);
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0].value).toBe(8);
    expect(plan.unplaced).toHaveLength(1);
  });
});
