import { createFakeExcelHost } from '../../../src/preview/fake-excel';

it('a workbook name bound to a blank cell is blank, not 0, as in Excel (ISNUMBER FALSE, ISBLANK TRUE)', async () => {
  const host = createFakeExcelHost({ sheets: ['Quy chế'] });
  const context = host.createContext() as unknown as Excel.RequestContext;
  context.workbook.names.add('TD_Seats', "='Quy chế'!$C$5");
  context.workbook.worksheets.getItem('Quy chế').getRange('E1:G1').formulas = [
    ['=ISNUMBER(TD_Seats)', '=ISBLANK(TD_Seats)', '=IF(TD_Seats="","không giới hạn","có giới hạn")'],
  ];
  await context.sync();
  expect(host.inspect.values('Quy chế', 'E1:G1')).toEqual([[false, true, 'không giới hạn']]);
});
