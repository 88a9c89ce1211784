/** The typed patches, executed by the Office.js adapter against the fake host. */
import { sampleFullCase } from '../../src/domain/sample';
import { applyPatch } from '../../src/excel/apply-patch';
import { writeCaseWorkbook } from '../../src/excel/operations';
import { readCase } from '../../src/excel/operations/read-case';
import { voteSettingsSection } from '../../src/layout/votes';
import { OVERWRITE_RULES } from '../../src/layout/workbook/patches';
import { createFakeExcelHost } from '../../src/preview/fake-excel';

jest.setTimeout(60000);

const host = createFakeExcelHost({ sheets: ['Sheet1'] });
const context = host.createContext() as unknown as Excel.RequestContext;

async function read() {
  const readout = await readCase(context);
  if (readout.missing) throw new Error('not read');
  return readout.read;
}

test('every kind of patch states its overwrite rule', () => {
  expect(Object.keys(OVERWRITE_RULES).sort()).toEqual(
    ['appendLogRow', 'chart', 'quyCheSection', 'replaceSheets', 'scoreCells', 'targetCell'].sort(),
  );
});

test('a "Quy chế" section patch changes the meeting, keeps a note beside it, in two syncs', async () => {
  await writeCaseWorkbook(context, sampleFullCase());
  const before = await read();
  const quyChe = context.workbook.worksheets.getItem(before.scoring.sheets.quyChe);
  quyChe.protection.unprotect();
  quyChe.getRange('G7').values = [['Ghi chú riêng']];
  await context.sync();
  const votes = before.schoolCase.votes!;
  const meeting = { ...votes.meeting, present: votes.meeting.present - 1 };
  host.stats.reset();
  const result = await applyPatch(context, {
    kind: 'quyCheSection',
    patch: {
      sheet: before.scoring.sheets.quyChe,
      keyPrefix: 'vote.',
      section: voteSettingsSection(votes.profile, meeting),
    },
  });
  expect(result).toEqual({ kind: 'quyCheSection', syncs: 2 });
  const after = await read();
  expect(after.schoolCase.votes?.meeting).toEqual(meeting);
  expect(after.schoolCase.scoring).toEqual(before.schoolCase.scoring);
  expect(host.inspect.cell(before.scoring.sheets.quyChe, 'G7')?.value).toBe('Ghi chú riêng');
});
