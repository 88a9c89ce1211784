/**
 * The role markers travel in an .xlsx file (the CLI's road): written with the sheets, read back with the
 * workbook's names, and the case read from the file finds every part by them.
 */
import { sampleFullCase } from '../../../src/domain/sample';
import { readOwnership } from '../../../src/layout/owner-markers';
import { buildCaseWorkbook, readCaseWorkbook } from '../../../src/layout/workbook';
import { readWorkbookBuffer, workbookSpecToBuffer } from '../../../src/xlsx';

jest.setTimeout(60000);

test('an .xlsx written from the case carries a role marker per sheet, and reads back by them', async () => {
  const built = buildCaseWorkbook(sampleFullCase());
  const grids = await readWorkbookBuffer(await workbookSpecToBuffer(built.spec));
  const sheetNames = grids.sheets.map((s) => s.name);
  const { roles, owned } = readOwnership(grids.names, sheetNames);
  expect(owned.sort()).toEqual([...sheetNames].sort());
  expect(roles.get('targets')).toBe('Chỉ tiêu');
  expect(roles.get('minutes')).toBe('Biên bản kiểm phiếu');
  const read = readCaseWorkbook(Object.fromEntries(grids.sheets.map((s) => [s.name, s.values])), {
    names: grids.names,
  });
  if ('missing' in read) throw new Error('not read');
  expect(read.sheets).toMatchObject({ targets: 'Chỉ tiêu', ballotLog: 'Nhật ký phiếu', count: 'Kiểm phiếu' });
});
