import type { PersonRecord } from '../../../src/domain/targets';
import { TARGET_PROFILES } from '../../../src/domain/targets';
import { cellAddress } from '../../../src/layout/a1';
import type { CellValue } from '../../../src/layout/grid';
import { DANG_KY_SHEET, readRegistrationSheet } from '../../../src/layout/targets';
import { fullYearInput, REGISTRATIONS, TEAMS } from '../../domain/targets/fixtures/school61';
import { buildWorkbook } from './build-workbook';

function built() {
  const input = fullYearInput(TARGET_PROFILES['luat-2003']);
  const b = buildWorkbook(input);
  return { input, b, values: b.workbook.values(DANG_KY_SHEET) as CellValue[][] };
}

describe('the "Đăng ký" sheet', () => {
  it('has a ĐK and a KQ column per individual title, then the hồ sơ xét', () => {
    const { b } = built();
    const layout = b.registration.layout;
    const header = b.registration.sheet.cells[layout.person.headerRow].map((c) =>
      c && 'value' in c ? c.value : null,
    );
    expect(header.slice(0, 10)).toEqual([
      'STT',
      'Mã',
      'Họ và tên',
      'Tổ',
      'ĐK LĐTT',
      'ĐK CSTĐCS',
      'ĐK CSTĐ tỉnh',
      'KQ LĐTT',
      'KQ CSTĐCS',
      'KQ CSTĐ tỉnh',
    ]);
    expect(header).toEqual(
      expect.arrayContaining([
        'Xếp loại',
        'Ngày tuyển dụng',
        'Nghỉ thai sản (tháng)',
        'Kỷ luật',
        'CSTĐCS các năm trước',
      ]),
    );
  });

  it('keeps 20 spare rows inside the counted ranges for people added later', () => {
    const { b } = built();
    const p = b.registration.layout.person;
    expect(p.lastRow - p.firstRow + 1).toBe(61 + 20);
  });

  it('shows each tổ’s members, LĐTT share and eligibility live: Tổ 7 at 3/6 is "Không đủ"', () => {
    const { b } = built();
    const u = b.registration.layout.unit;
    const row = u.firstRow + 6;
    const at = (col: number) => b.workbook.value(DANG_KY_SHEET, cellAddress(row, col));
    expect(at(u.cols.name)).toBe('Tổ 7');
    expect(at(u.cols.members)).toBe(6);
    expect(at(u.cols.ldttCount)).toBe(3);
    expect(at(u.cols.ldttShare)).toBeCloseTo(0.5);
    expect(at(u.cols.eligible.TTLDTT!)).toBe('Không đủ');
    const tổ8 = (col: number) => b.workbook.value(DANG_KY_SHEET, cellAddress(u.firstRow + 7, col));
    expect(tổ8(u.cols.disciplined)).toBe(1);
  });
});

describe('readRegistrationSheet: the sheet comes back as registrations, records, tổ ratings and marks', () => {
  it('round-trips every registration with its cell', () => {
    const { values } = built();
    const read = readRegistrationSheet(values);
    expect(read.issues).toEqual([]);
    const key = (r: { subject: { kind: string; id?: string }; titleId: string }) =>
      `${r.subject.kind}:${r.subject.id ?? ''}:${r.titleId}`;
    expect(read.registrations.map(key).sort()).toEqual(REGISTRATIONS.map(key).sort());
    const gv01 = read.registrations.find(
      (r) => r.subject.kind === 'person' && r.subject.id === 'GV01' && r.titleId === 'LDTT',
    );
    expect(gv01?.location).toEqual({ sheet: 'Đăng ký', address: 'E5' });
  });

  it('round-trips the hồ sơ: dates, maternity, discipline, sáng kiến levels, earlier CSTĐCS years', () => {
    const { values, input } = built();
    const read = readRegistrationSheet(values);
    const byId = new Map(read.records.map((r) => [r.personId, r]));
    const strip = (r: PersonRecord) => ({ ...r, location: undefined });
    for (const id of ['GV01', 'GV02', 'GV07', 'GV33', 'GV61']) {
      expect(strip(byId.get(id)!)).toEqual(strip(input.records.find((r) => r.personId === id)!));
    }
  });

  it('round-trips discipline as data: kind, decision date, term end, "đang xem xét" (NĐ 152/2025 Điều 4 khoản 4)', () => {
    const input = fullYearInput(TARGET_PROFILES['luat-2022']);
    const gv05 = input.records.find((r) => r.personId === 'GV05')!;
    gv05.discipline = { level: 'canh-cao', date: '2020-10-05', termEnd: '2021-10-04' };
    const gv06 = input.records.find((r) => r.personId === 'GV06')!;
    gv06.disciplineUnderConsideration = true;
    const b = buildWorkbook(input);
    const values = b.workbook.values(DANG_KY_SHEET) as CellValue[][];
    const byId = new Map(readRegistrationSheet(values).records.map((r) => [r.personId, r]));
    expect(byId.get('GV05')?.discipline).toEqual({
      level: 'canh-cao',
      date: '2020-10-05',
      termEnd: '2021-10-04',
    });
    expect(byId.get('GV06')?.disciplineUnderConsideration).toBe(true);
    const cols = b.registration.layout.person.cols;
    expect(values[b.registration.layout.person.headerRow][cols.disciplineTermEnd]).toBe('Hết hạn kỷ luật');
    expect(values[b.registration.layout.person.headerRow][cols.disciplineReview]).toBe(
      'Đang xem xét kỷ luật',
    );
  });

  it('reads the tổ back, with their ids, ratings, and the people’s tổ', () => {
    const { values } = built();
    const read = readRegistrationSheet(values);
    expect(read.teams.map((t) => [t.id, t.name])).toEqual(TEAMS.map((t) => [t.id, t.name]));
    expect(read.people.find((p) => p.id === 'GV41')?.teamId).toBe('T6');
    expect(read.unitRecords.find((u) => u.subject.kind === 'school')?.rating).toBe('HTXSNV');
    expect(read.marks.get('person:GV18|CSTDCS')).toBe('Không đạt');
    expect(read.marks.get('team:T6|TTLDTT')).toBe('Đạt');
  });

  it('accepts dd/mm/yyyy text, full rating words and "cấp tỉnh"', () => {
    const { values, b } = built();
    const p = b.registration.layout.person;
    const r = p.firstRow;
    values[r][p.cols.hireDate] = '05/09/2019';
    values[r][p.cols.rating] = 'Hoàn thành xuất sắc nhiệm vụ';
    values[r][p.cols.initiativeLevel] = 'cấp tỉnh';
    const rec = readRegistrationSheet(values).records[0];
    expect(rec).toMatchObject({
      hireDate: '2019-09-05',
      rating: 'HTXSNV',
      initiatives: { count: 2, highestLevel: 'tinh' },
    });
  });

  it('says which cell it cannot read and what to type instead, and leaves the value out', () => {
    const { values, b } = built();
    const p = b.registration.layout.person;
    const r = p.firstRow + 2;
    values[r][p.cols.hireDate] = '31/02/2020';
    values[r][p.cols.rating] = 'Tốt';
    values[r][p.cols.discipline] = 'phê bình';
    values[r][p.cols.cstdcsYears] = '2019';
    values[r][p.cols.registered.LDTT!] = 'có';
    const read = readRegistrationSheet(values);
    const messages = read.issues.map((i) => `${i.location?.address} ${i.message}`);
    const row = r + 1;
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^${cellAddress(r, p.cols.hireDate)} .*"31/02/2020" không phải ngày có thật`),
        ),
        expect.stringMatching(/"Tốt" không phải xếp loại \(HTXSNV, HTTNV, HTNV, KHTNV\)/),
        expect.stringMatching(/"phê bình" không phải hình thức kỷ luật/),
        expect.stringMatching(/"2019" không phải năm học \(ghi dạng 2018-2019/),
        expect.stringMatching(new RegExp(`^E${row} .*ghi "có"; chỉ ghi "x"`)),
      ]),
    );
    const rec = read.records.find((x) => x.personId === 'GV03')!;
    expect(rec.hireDate).toBeUndefined();
    expect(rec.rating).toBeUndefined();
  });

  it('flags a row without a mã, a mã used twice, and a tổ not in the tổ block', () => {
    const { values, b } = built();
    const p = b.registration.layout.person;
    values[p.firstRow + 3][p.cols.id] = null;
    values[p.firstRow + 4][p.cols.id] = 'GV01';
    values[p.firstRow + 5][p.cols.team] = 'Tổ 9';
    const codes = readRegistrationSheet(values).issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'targets.read.missing-id',
        'targets.read.duplicate-person',
        'targets.read.unknown-team',
      ]),
    );
  });
});
