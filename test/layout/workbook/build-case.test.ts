import { evaluateCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import { buildCaseWorkbook, readCaseWorkbook } from '../../../src/layout/workbook';
import { evaluateWorkbook } from '../../support/hyperformula';

describe('the whole workbook of the sample school', () => {
  const schoolCase = sampleFullCase();
  const built = buildCaseWorkbook(schoolCase);
  const values = evaluateWorkbook(built.spec);

  it('holds the scoring, targets and vote sheets, each once', () => {
    const names = built.spec.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Quy chế',
        'Danh sách',
        'Tiêu chí',
        'Chỉ tiêu',
        'Đăng ký',
        'Nhật ký phiếu',
        'Kiểm phiếu',
      ]),
    );
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('has no formula that Excel would answer with #NAME? or #REF!', () => {
    const broken: string[] = [];
    for (const [sheet, grid] of Object.entries(values)) {
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string' && /^#(NAME\?|REF!)/.test(v))
            broken.push(`${sheet}!R${r + 1}C${c + 1}: ${v}`);
        }),
      );
    }
    expect(broken).toEqual([]);
  });

  it('shows the domain year totals on the year summary', () => {
    const results = evaluateCase(schoolCase);
    const summary = values[built.scoring.sheets.yearSummary];
    const { rows, columns } = built.scoring.yearSummary;
    for (const person of results.scoring.people) {
      const row = rows[person.personId];
      expect(summary[row][columns.yearTotal]).toBeCloseTo(person.yearTotal, 6);
      expect(summary[row][columns.band]).toBe(person.bandId);
    }
  });

  it('never reuses a sheet name the workbook already has', () => {
    const again = buildCaseWorkbook(schoolCase, {
      existingSheetNames: ['Quy chế', 'Chỉ tiêu', 'Kiểm phiếu'],
    });
    const names = again.spec.sheets.map((s) => s.name);
    expect(names).not.toContain('Quy chế');
    expect(names).not.toContain('Chỉ tiêu');
    expect(names).not.toContain('Kiểm phiếu');
  });
});

describe('reading the whole workbook back', () => {
  it('gives back the same case: roster, scores, targets and the meeting', () => {
    const schoolCase = sampleFullCase();
    const built = buildCaseWorkbook(schoolCase);
    const read = readCaseWorkbook(evaluateWorkbook(built.spec));
    if ('missing' in read) throw new Error(read.issues.map((i) => i.message).join('\n'));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.schoolCase.roster.staff).toEqual(schoolCase.roster.staff);
    expect(evaluateCase(read.schoolCase).scoring.people).toEqual(evaluateCase(schoolCase).scoring.people);
    expect(read.schoolCase.targets?.targets.map((t) => [t.id, t.count])).toEqual(
      schoolCase.targets?.targets.map((t) => [t.id, t.count]),
    );
    expect(read.schoolCase.votes?.meeting.candidates).toEqual(schoolCase.votes?.meeting.candidates);
    expect(read.schoolCase.votes?.profile.id).toBe(schoolCase.votes?.profile.id);
  });

  it('says plainly when the workbook was not made by Thi Đua', () => {
    const read = readCaseWorkbook({ Sheet1: [['Họ và tên', 'Điểm']] });
    expect('missing' in read).toBe(true);
    expect(read.issues[0].message).toContain('Quy chế');
  });
});
