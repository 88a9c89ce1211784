import { evaluateCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import type { CellValue, NamedRangeSpec } from '../../../src/layout/grid';
import { ownerMarkerNames, readOwnership, roleMarkerName } from '../../../src/layout/owner-markers';
import { buildCaseWorkbook, readCaseWorkbook, type ReadCaseResult } from '../../../src/layout/workbook';
import { evaluateWorkbook } from '../../support/hyperformula';

const built = buildCaseWorkbook(sampleFullCase());
const evaluated = evaluateWorkbook(built.spec);

/** The sheet renamed as Excel does it: its values move, and every name that pointed into it follows. */
function rename(
  sheets: Record<string, CellValue[][]>,
  names: NamedRangeSpec[],
  from: string,
  to: string,
): { sheets: Record<string, CellValue[][]>; names: NamedRangeSpec[] } {
  const moved = Object.fromEntries(Object.entries(sheets).map(([n, v]) => [n === from ? to : n, v]));
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  return {
    sheets: moved,
    names: names.map((n) => ({ ...n, reference: n.reference.split(quoted(from)).join(quoted(to)) })),
  };
}

function read(sheets: Record<string, CellValue[][]>, names: NamedRangeSpec[]): ReadCaseResult {
  const result = readCaseWorkbook(sheets, { names });
  if ('missing' in result) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result;
}

describe('the add-in finds its sheets by their owner markers, never by name', () => {
  test('every sheet of a built case carries a role marker', () => {
    const ownership = readOwnership(
      built.spec.names,
      built.spec.sheets.map((s) => s.name),
    );
    expect(ownership.roles.get('targets')).toBe('Chỉ tiêu');
    expect(ownership.roles.get('quyChe')).toBe('Quy chế');
    expect(ownership.roles.get('ballotLog')).toBe('Nhật ký phiếu');
    expect(ownership.roles.get('period.1')).toBe(built.scoring.scoreSheets[0].sheetName);
    expect(ownership.owned).toHaveLength(built.spec.sheets.length);
    expect(built.spec.names.map((n) => n.name)).toContain(roleMarkerName('targets'));
  });

  test('"Chỉ tiêu" renamed "Chỉ tiêu năm học" is still read, with every target', () => {
    const renamed = rename(evaluated, built.spec.names, 'Chỉ tiêu', 'Chỉ tiêu năm học');
    const result = read(renamed.sheets, renamed.names);
    expect(result.sheets.targets).toBe('Chỉ tiêu năm học');
    expect(result.issues.map((i) => i.code)).not.toContain('workbook.targets-sheet-missing');
    expect(result.schoolCase.targets?.targets.map((t) => t.count)).toEqual(
      sampleFullCase().targets?.targets.map((t) => t.count),
    );
  });

  test('"Danh sách" and a round sheet renamed: the staff and every score are still read', () => {
    const round = built.scoring.scoreSheets[0].sheetName;
    let renamed = rename(evaluated, built.spec.names, 'Danh sách', 'DS cán bộ');
    renamed = rename(renamed.sheets, renamed.names, round, 'Chấm HK1');
    const result = read(renamed.sheets, renamed.names);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.scoring.sheets.staff).toBe('DS cán bộ');
    expect(result.scoring.scoreSheets[0].sheetName).toBe('Chấm HK1');
    expect(evaluateCase(result.schoolCase).scoring.people).toEqual(
      evaluateCase(sampleFullCase()).scoring.people,
    );
  });

  test('"Quy chế" renamed: the whole case is still found', () => {
    const renamed = rename(evaluated, built.spec.names, 'Quy chế', 'Thiết lập');
    const result = read(renamed.sheets, renamed.names);
    expect(result.scoring.sheets.quyChe).toBe('Thiết lập');
    expect(result.schoolCase.votes?.meeting.candidates).toEqual(sampleFullCase().votes?.meeting.candidates);
  });

  test('a user’s own sheet "Chỉ tiêu (2)" is never read as the targets', () => {
    const sheets = { ...evaluated, 'Chỉ tiêu (2)': [['Ghi chú của tôi', 5]] };
    const result = read(sheets, built.spec.names);
    expect(result.sheets.targets).toBe('Chỉ tiêu');
  });

  test('an older workbook with numbered markers only: an unmarked "Chỉ tiêu (2)" is not ours', () => {
    const sheets = { ...evaluated, 'Chỉ tiêu (2)': [['Ghi chú của tôi', 5]] };
    const legacy = ownerMarkerNames(built.spec.sheets.map((s) => s.name));
    const result = read(sheets, legacy);
    expect(result.sheets.targets).toBe('Chỉ tiêu');
  });

  test('a workbook with no marker at all is still read by the sheets’ names', () => {
    const result = read(evaluated, []);
    expect(result.sheets.targets).toBe('Chỉ tiêu');
    expect(result.sheets.ballotLog).toBe('Nhật ký phiếu');
  });
});
