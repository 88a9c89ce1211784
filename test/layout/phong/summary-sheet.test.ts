import { evaluateCase } from '../../../src/domain/case';
import { summaryIntact, SUMMARY_VERSION } from '../../../src/domain/phong';
import { schoolSummaryFromCase } from '../../../src/layout/export-input/school-summary';
import type { CellValue } from '../../../src/layout/grid';
import { buildSummarySheet, readSummarySheet } from '../../../src/layout/phong';
import { randomSchool } from '../../support/random-school';

/** The values a spreadsheet holds for a sheet of constants. */
function valuesOf(sheet: ReturnType<typeof buildSummarySheet>): CellValue[][] {
  return sheet.cells.map((row) => row.map((cell) => (cell && 'value' in cell ? cell.value : null)));
}

describe('"Tóm tắt": the school summary the Phòng reads', () => {
  const schoolCase = randomSchool(11, 'Trường Tiểu học =Hòa *Bình');
  const summary = schoolSummaryFromCase(schoolCase, evaluateCase(schoolCase), '2021-05-28T10:00');

  it('reads back exactly what was written, check value intact (names with = and * stay text)', () => {
    const read = readSummarySheet(valuesOf(buildSummarySheet(summary)));
    expect(read).toEqual({ summary });
    if ('summary' in read) expect(summaryIntact(read.summary)).toBe(true);
  });

  it("a school's mã, cấp học and cụm from its SchoolInfo are written and read back; without them, no such row", () => {
    const identified = {
      ...schoolCase,
      roster: {
        ...schoolCase.roster,
        info: {
          ...schoolCase.roster.info,
          code: 'TH-017',
          level: 'tieu-hoc',
          clusterId: 'C2',
          clusterName: 'Cụm 2 – phía Bắc',
        },
      },
    };
    const withIdentity = schoolSummaryFromCase(identified, evaluateCase(identified), '2021-05-28T10:00');
    expect(withIdentity.school).toMatchObject({
      code: 'TH-017',
      level: 'tieu-hoc',
      clusterId: 'C2',
      clusterName: 'Cụm 2 – phía Bắc',
    });
    const read = readSummarySheet(valuesOf(buildSummarySheet(withIdentity)));
    expect(read).toEqual({ summary: withIdentity });
    if ('summary' in read) expect(summaryIntact(read.summary)).toBe(true);
    const labels = valuesOf(buildSummarySheet(summary)).map((row) => row[0]);
    expect(labels).not.toContain('Mã trường');
    expect(labels).not.toContain('Mã cụm');
  });

  it('lists every candidate who passed, with mã and votes', () => {
    const passed = summary.proposals.filter((p) => p.titleId === 'CSTDCS');
    expect(passed.length).toBeGreaterThan(0);
    for (const p of passed) {
      expect(p.code).toMatch(/\S/);
      expect(p.agree! * 100).toBeGreaterThanOrEqual(70 * p.base!);
    }
  });

  it('a newer format version is refused with a sentence saying to update', () => {
    const values = valuesOf(buildSummarySheet(summary));
    values[0][1] = SUMMARY_VERSION + 1;
    expect(readSummarySheet(values)).toEqual({ problem: expect.stringMatching(/mới hơn.*cập nhật Thi Đua/) });
  });

  it('a sheet that is not a Thi Đua summary, and a broken number, are named', () => {
    expect(readSummarySheet([['Bảng điểm']])).toEqual({
      problem: expect.stringMatching(/không có trang "Tóm tắt"/),
    });
    const values = valuesOf(buildSummarySheet(summary));
    const titleRow = values.findIndex((r) => r[0] === 'DANH_HIEU') + 1;
    values[titleRow][2] = 'mười';
    expect(readSummarySheet(values)).toEqual({ problem: expect.stringMatching(/ô C\d+ phải là một số/) });
  });
});
