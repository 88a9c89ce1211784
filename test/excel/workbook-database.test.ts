/**
 * The workbook is the database, against the fake Excel host: saving a meeting changes only the vote part
 * of "Quy chế" and the vote sheets; renamed sheets of ours are still found; a user's own sheets are never
 * touched or read as ours.
 */
import { sampleFullCase } from '../../src/domain/sample';
import { readCaseSheets } from '../../src/excel/operations/read-case-sheets';
import { saveMeetingSheets } from '../../src/excel/operations/votes-save';
import { writeCaseWorkbook } from '../../src/excel/operations';
import { readCaseWorkbook, type ReadCaseResult } from '../../src/layout/workbook';
import { createFakeExcelHost, type FakeExcelHost } from '../../src/preview/fake-excel';
import { votes61 } from '../domain/votes/tally/fixtures';

jest.setTimeout(60000);

let host: FakeExcelHost;
let context: Excel.RequestContext;

async function readCase(): Promise<ReadCaseResult> {
  const { sheets, names } = await readCaseSheets(context);
  const read = readCaseWorkbook(sheets, { names });
  if ('missing' in read) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read;
}

/** A user typing where the add-in never writes: the sheet is unprotected for it, as a user would. */
async function typeNote(sheet: string, address: string, text: string): Promise<void> {
  const target = context.workbook.worksheets.getItem(sheet);
  target.protection.unprotect();
  target.getRange(address).values = [[text]];
  await context.sync();
}

function cell(sheet: string, address: string): unknown {
  return host.inspect.cell(sheet, address)?.value;
}

beforeAll(async () => {
  host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
  context = host.createContext() as unknown as Excel.RequestContext;
  await writeCaseWorkbook(context, sampleFullCase());
});

describe('saving a meeting touches only the vote section of "Quy chế" and the vote sheets', () => {
  test('a note typed in a free cell of "Quy chế" survives "Lưu thiết lập", in two syncs', async () => {
    await typeNote('Quy chế', 'F4', 'Ghi chú: Hội đồng họp ngày 20/5');
    await typeNote('Quy chế', 'A300', 'Hiệu trưởng duyệt');
    const read = await readCase();
    host.stats.reset();
    const saved = await saveMeetingSheets(context, read, votes61());
    expect(saved.syncs).toBe(2);
    expect(cell('Quy chế', 'F4')).toBe('Ghi chú: Hội đồng họp ngày 20/5');
    expect(cell('Quy chế', 'A300')).toBe('Hiệu trưởng duyệt');
    const again = await readCase();
    expect(again.schoolCase.votes).toEqual(votes61());
    expect(again.schoolCase.scoring).toEqual(read.schoolCase.scoring);
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('renamed sheets of ours are found; a user’s own are left alone', () => {
  test('"Chỉ tiêu" renamed and a user’s "Chỉ tiêu (2)": the targets come from the renamed sheet', async () => {
    const sheets = context.workbook.worksheets;
    sheets.getItem('Chỉ tiêu').name = 'Chỉ tiêu năm học';
    const mine = sheets.add('Chỉ tiêu (2)');
    mine.getRange('A1:B1').values = [['Việc riêng của tôi', 3]];
    await context.sync();
    const read = await readCase();
    expect(read.sheets.targets).toBe('Chỉ tiêu năm học');
    expect(read.issues.map((i) => i.code)).not.toContain('workbook.targets-sheet-missing');
    expect(read.schoolCase.targets?.targets.map((t) => t.count)).toEqual(
      sampleFullCase().targets?.targets.map((t) => t.count),
    );
    await saveMeetingSheets(context, read, votes61());
    expect(cell('Chỉ tiêu (2)', 'A1')).toBe('Việc riêng của tôi');
  });

  test('"Nhật ký phiếu" renamed: saving the meeting rewrites the renamed log, adds no second one', async () => {
    context.workbook.worksheets.getItem('Nhật ký phiếu').name = 'Phiếu bầu';
    await context.sync();
    const read = await readCase();
    expect(read.sheets.ballotLog).toBe('Phiếu bầu');
    const saved = await saveMeetingSheets(context, read, votes61());
    expect(saved.sheetNames).toContain('Phiếu bầu');
    const names = context.workbook.worksheets.load('items/name');
    await context.sync();
    expect(names.items.map((s) => s.name)).not.toContain('Nhật ký phiếu');
  });
});
