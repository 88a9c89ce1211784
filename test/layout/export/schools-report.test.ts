import { buildExportWorkbook, exportPreview, SCHOOL_UNIT_DOCUMENTS } from '../../../src/layout/export';
import type { ExportInput } from '../../../src/layout/export';
import { rowValues, valueAt, find } from './sheet-reader';
import { parseCellAddress } from '../../../src/layout/a1';

function phongInput(): ExportInput {
  return {
    school: {
      name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
      parentBody: 'Ủy ban nhân dân thị xã Thuận An',
      place: 'Thuận An',
      schoolYear: '2020-2021',
    },
    recipient: { id: 'custom', name: 'Ủy ban nhân dân thị xã Thuận An' },
    signer: { title: 'TRƯỞNG PHÒNG', fullName: 'Trần Văn Minh' },
    date: '2021-05-28',
    incompleteness: [],
    schoolsReport: {
      sections: [
        {
          levelLabel: 'Mầm non',
          rows: [
            { name: 'Trường Mầm non Hoa Sen', groupName: 'Cụm 1' },
            {
              name: 'Trường Mầm non An Phú',
              groupName: 'Cụm 1',
              score: 82,
              bandLabel: 'Tốt',
              rankInLevel: 2,
              rankInGroup: 1,
            },
            {
              name: 'Trường Mầm non Bình Hòa',
              groupName: 'Cụm 2',
              score: 91.5,
              bandLabel: 'Xuất sắc',
              rankInLevel: 1,
              rankInGroup: 1,
            },
          ],
        },
        { levelLabel: 'Liên cấp', rows: [] },
        {
          levelLabel: 'Tiểu học',
          rows: [
            {
              name: 'Trường Tiểu học Lái Thiêu',
              groupName: 'Cụm 2',
              score: 88,
              bandLabel: 'Tốt',
              rankInLevel: 1,
              rankInGroup: 2,
            },
          ],
        },
      ],
    },
  };
}

const sheet = () => buildExportWorkbook(phongInput(), ['schools-report']).sheets[0];

test("the Phòng's report: A4 portrait, official header, the Phòng's name broken after its kind", () => {
  const s = sheet();
  expect(s.name).toBe('Kết quả chấm điểm các trường');
  expect(s.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 'A4', fitToWidth: true });
  expect([valueAt(s, 'A1'), valueAt(s, 'A2'), valueAt(s, 'A3')]).toEqual([
    'ỦY BAN NHÂN DÂN THỊ XÃ THUẬN AN',
    'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    'THỊ XÃ THUẬN AN',
  ]);
  expect(find(s, 'BÁO CÁO TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC TRƯỜNG')).toBeDefined();
  expect(find(s, 'TRƯỞNG PHÒNG')).toBeDefined();
});

test('one section per cấp học with schools, sorted by rank in the cấp học; a school not scored last, "Chưa chấm"', () => {
  const s = sheet();
  const header = parseCellAddress(find(s, 'STT')).row + 1;
  expect(rowValues(s, header)).toEqual([
    'STT',
    'Tên trường',
    'Cụm',
    'Điểm',
    'Xếp loại',
    'Hạng trong cấp học',
    'Hạng trong cụm',
  ]);
  const rows = [1, 2, 3, 4, 5, 6].map((k) =>
    rowValues(s, header + k).filter((v) => v !== null && v !== undefined),
  );
  expect(rows).toEqual([
    ['I. Mầm non (3 trường)'],
    [1, 'Trường Mầm non Bình Hòa', 'Cụm 2', 91.5, 'Xuất sắc', 1, 1],
    [2, 'Trường Mầm non An Phú', 'Cụm 1', 82, 'Tốt', 2, 1],
    [3, 'Trường Mầm non Hoa Sen', 'Cụm 1', 'Chưa chấm'],
    ['II. Tiểu học (1 trường)'],
    [1, 'Trường Tiểu học Lái Thiêu', 'Cụm 2', 88, 'Tốt', 1, 2],
  ]);
});

test('the Phòng is offered its report alone; without its data the paper says so', () => {
  expect(SCHOOL_UNIT_DOCUMENTS.map((d) => d.id)).toEqual(['schools-report']);
  const { schoolsReport: _report, ...without } = phongInput();
  const preview = exportPreview(without, ['schools-report']);
  expect(preview.documents[0].rowCount).toBe(0);
  expect(preview.documents[0].warnings.map((w) => w.code)).toEqual(['export.missing-data']);
});

test("asked for a school's papers, a Phòng's workbook of schools prints its report alone", () => {
  const book = buildExportWorkbook(phongInput(), [
    'summary',
    'proposal:LDTT',
    'meeting-minutes',
    'ballot-count',
  ]);
  expect(book.sheets.map((s) => s.name)).toEqual(['Kết quả chấm điểm các trường']);
});
