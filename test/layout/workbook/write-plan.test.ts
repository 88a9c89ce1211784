import { valueCell, type WorkbookSpec } from '../../../src/layout/grid';
import { planWrite, type WorkbookProbe } from '../../../src/layout/workbook/write-plan';

const spec = (...names: string[]): WorkbookSpec => ({
  sheets: names.map((name) => ({ name, cells: [[valueCell(1)]] })),
  names: [{ name: 'TD_Diem', reference: `'${names[0]}'!$A$1` }],
});

function probe(partial: Partial<WorkbookProbe>): WorkbookProbe {
  return { sheetNames: [], hasData: new Map(), ownedSheets: [], names: [], ...partial };
}

describe('where each sheet goes ("Nothing lost")', () => {
  test('a fresh workbook: every sheet added under its own name and marked as ours', () => {
    const plan = planWrite(spec('Đợt 1', 'Tổng hợp'), probe({ sheetNames: ['Sheet1'] }), 'rename');
    expect(plan.sheets).toEqual([
      { requested: 'Đợt 1', actual: 'Đợt 1', action: 'add', mark: true },
      { requested: 'Tổng hợp', actual: 'Tổng hợp', action: 'add', mark: true },
    ]);
    expect(plan.markers).toEqual([
      { name: 'TD_AddinSheet_1', sheet: 'Đợt 1' },
      { name: 'TD_AddinSheet_2', sheet: 'Tổng hợp' },
    ]);
    expect(plan.names).toEqual([
      { requested: 'TD_Diem', actual: 'TD_Diem', reference: "'Đợt 1'!$A$1", action: 'add' },
    ]);
  });

  test('"Đợt 1" exists with the user’s data: ours becomes "Đợt 1 (2)", skipping a "Đợt 1 (2)" we also write', () => {
    const plan = planWrite(
      spec('Đợt 1', 'Đợt 1 (2)'),
      probe({ sheetNames: ['Đợt 1'], hasData: new Map([['Đợt 1', true]]) }),
      'rename',
    );
    expect(plan.sheets.map((p) => [p.actual, p.action])).toEqual([
      ['Đợt 1 (3)', 'add'],
      ['Đợt 1 (2)', 'add'],
    ]);
  });

  test('an existing but empty "đợt 1" is reused under its own spelling', () => {
    const plan = planWrite(
      spec('Đợt 1'),
      probe({ sheetNames: ['đợt 1'], hasData: new Map([['Đợt 1', false]]) }),
      'rename',
    );
    expect(plan.sheets).toEqual([{ requested: 'Đợt 1', actual: 'đợt 1', action: 'reuse', mark: true }]);
  });

  test('our own sheet with data is renamed under "rename" but replaced under "replaceIfAddinOwned"', () => {
    const existing = probe({
      sheetNames: ['Tổng hợp'],
      hasData: new Map([['Tổng hợp', true]]),
      ownedSheets: ['Tổng hợp'],
      names: [
        { name: 'TD_AddinSheet_4', formula: "='Tổng hợp'!$A$1" },
        { name: 'TD_Diem', formula: "='Tổng hợp'!$A$1" },
      ],
    });
    const renamed = planWrite(spec('Tổng hợp'), existing, 'rename');
    expect(renamed.sheets[0]).toMatchObject({ actual: 'Tổng hợp (2)', action: 'add' });
    expect(renamed.markers).toEqual([{ name: 'TD_AddinSheet_5', sheet: 'Tổng hợp (2)' }]);
    expect(renamed.names[0]).toMatchObject({ actual: 'TD_Diem_2', action: 'add' });

    const replaced = planWrite(spec('Tổng hợp'), existing, 'replaceIfAddinOwned');
    expect(replaced.sheets[0]).toEqual({
      requested: 'Tổng hợp',
      actual: 'Tổng hợp',
      action: 'reuse',
      mark: false,
    });
    expect(replaced.markers).toEqual([]);
    expect(replaced.names[0]).toMatchObject({ actual: 'TD_Diem', action: 'replace' });
  });

  test('the user’s own sheet is never replaced, whatever the policy', () => {
    const plan = planWrite(
      spec('Tổng hợp'),
      probe({ sheetNames: ['Tổng hợp'], hasData: new Map([['Tổng hợp', true]]) }),
      'replaceIfAddinOwned',
    );
    expect(plan.sheets[0]).toMatchObject({ actual: 'Tổng hợp (2)', action: 'add' });
  });

  test('two sheets with one name, or a name Excel refuses, stop before anything is written', () => {
    expect(() => planWrite(spec('Đợt 1', 'ĐỢT 1'), probe({}), 'rename')).toThrow(
      /hai trang tính cùng tên "ĐỢT 1"/,
    );
    expect(() => planWrite(spec('Tổ 1/2'), probe({}), 'rename')).toThrow(/ký tự không được dùng/);
  });
});
