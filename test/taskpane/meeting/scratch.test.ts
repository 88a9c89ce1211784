import { createFakeExcelHost } from '../../../src/preview/fake-excel';
import { readAllSheets } from '../../../src/excel/operations';
import { writeWorkbookSpec } from '../../../src/excel';
import { sampleFullCase } from '../../../src/domain/sample';
import { readCaseWorkbook, buildCaseWorkbook } from '../../../src/layout/workbook';

test('scratch', async () => {
  const host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
  const context = host.createContext() as unknown as Excel.RequestContext;
  const t0 = Date.now();
  const wb = buildCaseWorkbook(sampleFullCase());
  for (const s of wb.spec.sheets) s.validations = s.validations?.filter((v) => !(v.list ?? []).some((i) => i.includes(',')));
  await writeWorkbookSpec(context, wb.spec);
  console.log('write ms', Date.now() - t0);
  const sheets = await readAllSheets(context);
  console.log(Object.keys(sheets));
  const read = readCaseWorkbook(sheets);
  if ('missing' in read) { console.log(read.issues); return; }
  console.log(read.sheets, read.issues.slice(0, 5), JSON.stringify(read.schoolCase.votes, null, 1).slice(0, 3000));
  console.log(read.scoring.sheets, read.scoring.scoreSheets.map((s) => s.sheetName), read.scoring.names);
});
