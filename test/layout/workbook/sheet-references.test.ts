import { formulaCell, valueCell, type WorkbookSpec } from '../../../src/layout/grid';
import { renameInSpec, renameReferences } from '../../../src/layout/workbook/sheet-references';

const sheets = (entries: [string, string][]) => ({
  sheets: new Map(entries),
  names: new Map<string, string>(),
});

describe('following renamed sheets and names into formulas', () => {
  test('\'Đợt 1\'!B3 follows "Đợt 1" → "Đợt 1 (2)", other sheets untouched', () => {
    const renames = sheets([['Đợt 1', 'Đợt 1 (2)']]);
    expect(renameReferences("=SUM('Đợt 1'!B3:B9)+'Đợt 2'!B3", renames)).toBe(
      "=SUM('Đợt 1 (2)'!B3:B9)+'Đợt 2'!B3",
    );
  });

  test('bare sheet names, apostrophes in names and case are handled', () => {
    expect(renameReferences('=Data!A1*2', sheets([['data', 'Data (2)']]))).toBe("='Data (2)'!A1*2");
    expect(renameReferences("='Tổ ''A'''!C5", sheets([["Tổ 'A'", "Tổ 'A' (2)"]]))).toBe("='Tổ ''A'' (2)'!C5");
  });

  test('text inside string literals is never rewritten', () => {
    const renames = { sheets: new Map([['Đợt 1', 'Đợt 1 (2)']]), names: new Map([['TD_Diem', 'TD_Diem_2']]) };
    expect(renameReferences(`=IF(A1="'Đợt 1'!","TD_Diem",TD_Diem)`, renames)).toBe(
      `=IF(A1="'Đợt 1'!","TD_Diem",TD_Diem_2)`,
    );
  });

  test('workbook names follow, functions with the same spelling do not', () => {
    const renames = {
      sheets: new Map<string, string>(),
      names: new Map([
        ['TD_Diem', 'TD_Diem_2'],
        ['SUM', 'X'],
      ]),
    };
    expect(renameReferences('=SUM(td_diem)/COUNT(TD_Diem)', renames)).toBe(
      '=SUM(TD_Diem_2)/COUNT(TD_Diem_2)',
    );
  });

  test('the whole spec: sheet name, formulas on other sheets, and name references', () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: 'Đợt 1', cells: [[valueCell(5), formulaCell('A1*2')]] },
        { name: 'Tổng hợp', cells: [[formulaCell("'Đợt 1'!B1+SUM(TD_Diem)"), valueCell("'Đợt 1'!B1")]] },
      ],
      names: [{ name: 'TD_Diem', reference: "'Đợt 1'!$A$1:$B$1" }],
    };
    const renamed = renameInSpec(spec, {
      sheets: new Map([['Đợt 1', 'Đợt 1 (2)']]),
      names: new Map([['TD_Diem', 'TD_Diem_2']]),
    });
    expect(renamed.sheets.map((s) => s.name)).toEqual(['Đợt 1 (2)', 'Tổng hợp']);
    expect(renamed.sheets[1].cells[0]).toEqual([
      { formula: "='Đợt 1 (2)'!B1+SUM(TD_Diem_2)" },
      valueCell("'Đợt 1'!B1"),
    ]);
    expect(renamed.names).toEqual([{ name: 'TD_Diem_2', reference: "'Đợt 1 (2)'!$A$1:$B$1" }]);
    expect(spec.sheets[0].name).toBe('Đợt 1');
  });
});
