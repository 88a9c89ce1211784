/**
 * Formulas are computed (HyperFormula) so `values` gives results; `formulas` gives what was written.
 * Range.values docs: "If the returned value starts with a plus, minus, or equal sign, Excel interprets
 * this value as a formula." A leading apostrophe keeps text, and Excel does not return it
 * (OfficeDev/office-js#6687: range.formulas drops the apostrophe).
 */
import fc from 'fast-check';
import { rankOf } from '../../../src/preview/fake-excel/rank-plugin';
import { open } from './helpers';

async function compute(formulas: string[][], setup: Record<string, unknown[][]> = {}) {
  const { host, ctx } = open(['Tổng hợp năm', 'Đợt 1', 'Tính']);
  for (const [address, values] of Object.entries(setup)) {
    const [sheet, local] = address.split('!');
    ctx.workbook.worksheets.getItem(sheet).getRange(local).values = values as never;
  }
  const range = ctx.workbook.worksheets
    .getItem('Tính')
    .getRange('A1')
    .getResizedRange(formulas.length - 1, formulas[0].length - 1);
  range.formulas = formulas;
  range.load('values, formulas');
  await ctx.sync();
  return { host, values: range.values, formulas: range.formulas };
}

test('cross-sheet references with quoted Vietnamese sheet names evaluate', async () => {
  const { values } = await compute(
    [["='Tổng hợp năm'!E5", "=SUM('Tổng hợp năm'!E5:E7)", '=\'Đợt 1\'!A1&" điểm"']],
    {
      'Tổng hợp năm!E5:E7': [[92.5], [78], [64]],
      'Đợt 1!A1': [[9.5]],
    },
  );
  expect(values).toEqual([[92.5, 234.5, '9.5 điểm']]);
});

test('a bare Vietnamese sheet name, as Excel also accepts it, evaluates too', async () => {
  const { values } = await compute([['=Tính!B1+1', '5']]);
  expect(values).toEqual([[6, 5]]);
});

test('the functions the workbook relies on evaluate as in Excel', async () => {
  const setup = { 'Tổng hợp năm!A1:A6': [[92.5], [78], [78], [64], [45], ['vắng']] };
  const { values } = await compute(
    [
      [
        '=IF(\'Tổng hợp năm\'!A1>=90,"HTXSNV",IF(\'Tổng hợp năm\'!A1>=70,"HTTNV","HTNV"))',
        '=IFS(\'Tổng hợp năm\'!A4>=90,"HTXSNV",\'Tổng hợp năm\'!A4>=70,"HTTNV",\'Tổng hợp năm\'!A4>=50,"HTNV",TRUE,"KHTNV")',
        '=AVERAGEIF(\'Tổng hợp năm\'!A1:A6,">=70")',
        '=COUNTIF(\'Tổng hợp năm\'!A1:A6,">=70")',
        '=COUNTIFS(\'Tổng hợp năm\'!A1:A6,">=50",\'Tổng hợp năm\'!A1:A6,"<90")',
        "=SUMPRODUCT(('Tổng hợp năm'!A1:A5>=70)*1)",
      ],
      [
        "=ROUND(AVERAGE('Tổng hợp năm'!A1:A5),2)",
        "=INDEX('Tổng hợp năm'!A1:A6,MATCH(64,'Tổng hợp năm'!A1:A6,0))",
        '=IFERROR(1/0,"chia cho 0")',
        "=COUNTA('Tổng hợp năm'!A1:A6)",
        "=MAX('Tổng hợp năm'!A1:A6)-MIN('Tổng hợp năm'!A1:A6)",
        "=AND(ISNUMBER('Tổng hợp năm'!A1),ISBLANK('Tổng hợp năm'!A7))",
      ],
    ],
    setup,
  );
  expect(values).toEqual([
    ['HTXSNV', 'HTNV', (92.5 + 78 + 78) / 3, 3, 3, 3],
    [71.5, 64, 'chia cho 0', 6, 47.5, true],
  ]);
});

test('RANK and RANK.EQ share ranks on ties (1, 2, 2, 4) and ignore text', async () => {
  const setup = { 'Tổng hợp năm!A1:A5': [[92.5], [78], [78], [64], ['vắng']] };
  const rank = (row: number) => `=RANK('Tổng hợp năm'!A${row},'Tổng hợp năm'!$A$1:$A$5)`;
  const { values } = await compute(
    [
      [
        rank(1),
        rank(2),
        rank(3),
        rank(4),
        "=RANK.EQ(64,'Tổng hợp năm'!A1:A5,1)",
        "=RANK(70,'Tổng hợp năm'!A1:A5)",
      ],
    ],
    setup,
  );
  expect(values).toEqual([[1, 2, 2, 4, 1, '#N/A']]);
});

test('RANK in a formula agrees with its definition on any list of scores', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
      async (scores) => {
        const { ctx } = open(['S']);
        const sheet = ctx.workbook.worksheets.getItem('S');
        const n = scores.length;
        sheet.getRange(`A1:A${n}`).values = scores.map((s) => [s]);
        const ranks = sheet.getRange(`B1:B${n}`);
        ranks.formulas = scores.map((_, i) => [`=RANK(A${i + 1},$A$1:$A$${n})`]);
        ranks.load('values');
        await ctx.sync();
        const got = ranks.values.map((r) => r[0]);
        expect(got).toEqual(scores.map((s) => rankOf(s, scores, false)));
        // ranks with ties: the number of scores ranked better than rank r is exactly r - 1
        got.forEach((r) =>
          expect(got.filter((x) => (x as number) < (r as number)).length).toBe((r as number) - 1),
        );
      },
    ),
    { numRuns: 25 },
  );
});

test('errors come back as Excel’s error strings', async () => {
  const { values } = await compute([
    ['=1/0', '=XYZ(1)', '=VLOOKUP("x",\'Tổng hợp năm\'!A1:B2,2,FALSE)', '="a"+1'],
  ]);
  expect(values).toEqual([['#DIV/0!', '#NAME?', '#N/A', '#VALUE!']]);
});

test('text written through values that starts with "=" becomes a formula', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
  range.values = [[4, '=A1*2', '=B1+1']];
  range.load('values, formulas');
  await ctx.sync();
  expect(range.values).toEqual([[4, 8, 9]]);
  expect(range.formulas).toEqual([[4, '=A1*2', '=B1+1']]);
});

test('"+…"/"-…" text that is not a number is a formula too; signed numbers stay numbers', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
  range.values = [['-5', '+2.5', '-abc', '+A1']];
  range.load('values, formulas');
  await ctx.sync();
  expect(range.values).toEqual([[-5, 2.5, '#NAME?', -5]]);
  expect(range.formulas).toEqual([[-5, 2.5, '=-abc', '=+A1']]);
});

test('text that cannot be a formula is refused with InvalidArgument, as Excel refuses it', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['- Nguyễn Văn An (tổ Toán)']];
  await expect(ctx.sync()).rejects.toMatchObject({
    code: 'InvalidArgument',
    debugInfo: { errorLocation: 'Range.values' },
  });
});

test('a leading apostrophe keeps text, and is not returned by values nor formulas', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
  range.values = [["'=SUM(A2:A9)", "'0912345678"]];
  range.load('values, formulas, valueTypes');
  await ctx.sync();
  expect(range.values).toEqual([['=SUM(A2:A9)', '0912345678']]);
  expect(range.formulas).toEqual([['=SUM(A2:A9)', '0912345678']]);
  expect(range.valueTypes).toEqual([['String', 'String']]);
});

test('formulas read back as written; renaming a sheet rewrites references to it', async () => {
  const { host, ctx } = open(['Đợt 1', 'Tổng hợp']);
  ctx.workbook.worksheets.getItem('Đợt 1').getRange('A1').values = [[7]];
  ctx.workbook.worksheets.getItem('Tổng hợp').getRange('A1').formulas = [["='Đợt 1'!A1*2"]];
  await ctx.sync();
  ctx.workbook.worksheets.getItem('Đợt 1').name = 'HK I';
  await ctx.sync();
  expect(host.inspect.formulas('Tổng hợp', 'A1')).toEqual([["='HK I'!A1*2"]]);
  expect(host.inspect.values('Tổng hợp', 'A1')).toEqual([[14]]);
});

test('valueTypes name what each cell holds', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E1');
  range.values = [[1.5, 'Tổ Toán', true, '=1/0', null]];
  range.load('valueTypes');
  await ctx.sync();
  expect(range.valueTypes).toEqual([['Double', 'String', 'Boolean', 'Error', 'Empty']]);
});

test('a circular reference shows 0, as Excel does', async () => {
  const { values } = await compute([['=B1+1', '=A1+1']]);
  expect(values).toEqual([[0, 0]]);
});
