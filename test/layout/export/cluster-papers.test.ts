/**
 * A cụm thi đua's exported papers (issue 13): the biên bản họp cụm on official form, A4, headed by the cụm,
 * with its schools, dẫn đầu cụm and the lists passed up; the danh sách đề nghị with a "Đơn vị" column.
 */
import { buildExportWorkbook } from '../../../src/layout/export';
import type { ExportInput } from '../../../src/layout/export';
import { sampleInput } from './fixtures';
import { find, has, rowValues } from './sheet-reader';

function clusterInput(): ExportInput {
  const school = sampleInput();
  return {
    ...school,
    cluster: true,
    school: { ...school.school, name: 'Cụm thi đua số 3 – Cấp Tiểu học', parentBody: 'Phòng GD&ĐT Quận 1' },
    signer: { title: 'CỤM TRƯỞNG', fullName: 'Lê Thị Hồng' },
    individualProposals: {
      CSTDCS: [
        {
          fullName: 'Nguyễn Thị Mai',
          position: '',
          teamName: '',
          unitName: 'Trường Tiểu học C',
          agree: 12,
          base: 15,
        },
      ],
    },
    collectiveProposals: {
      TTLDXS: [
        { name: 'Trường Tiểu học A', leaderName: 'Phạm Văn Lâm', memberCount: 0, agree: 14, base: 15 },
      ],
    },
    meeting: {
      ...school.meeting!,
      chair: { fullName: 'Lê Thị Hồng', position: 'Cụm trưởng' },
      cluster: {
        units: [
          { name: 'Trường Tiểu học A', delegates: 3, present: 3 },
          { name: 'Trường Tiểu học B', delegates: 3, present: 2 },
        ],
        leading: ['Trường Tiểu học A'],
        leadingSource:
          'Kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, mục V (quy định của cụm thi đua)',
        lists: [
          {
            titleId: 'CO_THI_DUA',
            entries: [{ name: 'Trường Tiểu học A', unitName: 'Trường Tiểu học A', agree: 14, base: 15 }],
          },
        ],
      },
    },
  };
}

describe('the cụm thi đua’s biên bản, exported', () => {
  const sheet = buildExportWorkbook(clusterInput(), ['meeting-minutes']).sheets.find(
    (s) => s.name === 'Biên bản họp xét thi đua',
  )!;

  it('is official form, A4, headed by the cụm, titled BIÊN BẢN HỌP CỤM THI ĐUA', () => {
    expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 'A4' });
    expect(has(sheet, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(has(sheet, /^CỤM THI ĐUA SỐ 3/)).toBe(true);
    expect(has(sheet, 'TRƯỜNG TIỂU HỌC BÌNH HÒA 2')).toBe(false);
    expect(has(sheet, 'BIÊN BẢN HỌP CỤM THI ĐUA')).toBe(true);
    expect(has(sheet, 'Về việc bình xét thi đua cuối năm học 2020-2021')).toBe(true);
  });

  it('lists the schools with their delegates, the leading school and the lists passed up with Đơn vị', () => {
    expect(has(sheet, '- Các đơn vị trong cụm (2 đơn vị):')).toBe(true);
    expect(has(sheet, '2. Trường Tiểu học B: 3 đại biểu, có mặt 2.')).toBe(true);
    const leading = Number(find(sheet, 'Đơn vị dẫn đầu cụm thi đua:').slice(1));
    expect(rowValues(sheet, leading + 1)[0]).toBe('1. Trường Tiểu học A.');
    const header = Number(find(sheet, 'Họ và tên / Tên tập thể').replace(/^[A-Z]+/, ''));
    expect(rowValues(sheet, header)[2]).toBe('Đơn vị');
    expect(rowValues(sheet, header + 2).slice(0, 5)).toEqual([
      1,
      'Trường Tiểu học A',
      'Trường Tiểu học A',
      14,
      15,
    ]);
  });

  it('is signed by the thư ký and the cụm trưởng', () => {
    expect(has(sheet, 'CỤM TRƯỞNG')).toBe(true);
    expect(has(sheet, 'CHỦ TỌA')).toBe(false);
  });
});

describe('the cụm thi đua’s lists carry a Đơn vị column', () => {
  const book = buildExportWorkbook(clusterInput(), ['proposal:CSTDCS', 'proposal:TTLDXS']);
  const list = (name: string) => book.sheets.find((s) => s.name === name)!;

  it('a person with their school', () => {
    const sheet = list('DS đề nghị CSTĐCS');
    const header = Number(find(sheet, 'Họ và tên').replace(/^[A-Z]+/, ''));
    expect(rowValues(sheet, header)[3]).toBe('Đơn vị');
    expect(rowValues(sheet, header + 2).slice(0, 4)).toEqual([1, 'Nguyễn Thị Mai', '', 'Trường Tiểu học C']);
  });

  it('a school standing for a collective title, with its head', () => {
    const sheet = list('DS đề nghị TTLĐXS');
    const header = Number(find(sheet, 'Tên tập thể').replace(/^[A-Z]+/, ''));
    expect(rowValues(sheet, header).slice(2, 4)).toEqual(['Thủ trưởng đơn vị', 'Đơn vị']);
    expect(rowValues(sheet, header + 2).slice(0, 4)).toEqual([
      1,
      'Trường Tiểu học A',
      'Phạm Văn Lâm',
      'Trường Tiểu học A',
    ]);
  });

  it('a school’s own list keeps Tổ and Số thành viên', () => {
    const school = buildExportWorkbook(sampleInput(), ['proposal:TTLDTT']).sheets.find((s) =>
      s.name.startsWith('DS đề nghị'),
    )!;
    expect(has(school, 'Số thành viên')).toBe(true);
    expect(has(school, 'Thủ trưởng đơn vị')).toBe(false);
  });
});
