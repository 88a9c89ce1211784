/**
 * The workbook's biên bản for a cụm thi đua's meeting, evaluated by HyperFormula over the live "Kiểm phiếu":
 * the cluster's heading, its schools and delegates, each candidate's đơn vị, the leading school once it
 * passes, signed by the thư ký and the cụm trưởng.
 */
import type { SchoolInfo } from '../../../src/domain/school/types';
import { SEED_003_PROFILE } from '../../../src/domain/votes';
import { CLUSTER_NAME, clusterBallots, clusterMeeting } from '../../domain/votes/cluster-fixtures';
import { MeetingRig } from './rig';

const CLUSTER: SchoolInfo = {
  name: CLUSTER_NAME,
  schoolYear: '2020-2021',
  parentBody: 'Phòng Giáo dục và Đào tạo Quận 1',
  place: 'Quận 1',
  yearStart: '2020-09-01',
  yearEnd: '2021-05-31',
};

function heldMeeting(ballots = clusterBallots()): MeetingRig {
  const rig = new MeetingRig(SEED_003_PROFILE, clusterMeeting(), 20, CLUSTER);
  for (const event of ballots) expect(rig.apply(event)).toBeNull();
  return rig;
}

const lines = (rig: MeetingRig): string[] =>
  rig.book
    .values('Biên bản kiểm phiếu')
    .map((r) => r.filter((v) => v !== null && v !== '').join(' | '))
    .filter((t) => t !== '');

describe('the cụm thi đua’s biên bản in the workbook', () => {
  const rig = heldMeeting();
  const text = lines(rig);

  it('is headed by the cụm, not a school, with the cluster meeting’s title', () => {
    expect(text.slice(0, 4)).toEqual([
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'QUẬN 1 | Độc lập – Tự do – Hạnh phúc',
      expect.stringMatching(/^CỤM THI ĐUA SỐ 3 – \| _+$/),
      'CẤP TIỂU HỌC',
    ]);
    expect(text).toContain('Quận 1, ngày 25 tháng 5 năm 2021');
    expect(text).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(text).toContain('Về việc bình xét thi đua cuối năm học 2020-2021');
    expect(text).not.toContain('BIÊN BẢN KIỂM PHIẾU');
  });

  it('states the delegates: 21, 15 present, quorum met, and each school’s', () => {
    expect(text).toContain('Đối tượng bỏ phiếu: | Đại biểu các đơn vị trong cụm thi đua');
    expect(text).toContain('Tổng số đại biểu: | 21 | người');
    expect(text).toContain('Số đại biểu có mặt: | 15 | người');
    expect(text.find((t) => t.startsWith('Đủ túc số'))).toBeDefined();
    expect(text).toContain('Các đơn vị trong cụm (7 đơn vị):');
    expect(text).toContain('1. Trường Tiểu học A (đại biểu 3, có mặt 3)');
    expect(text).toContain('7. Trường Tiểu học H (đại biểu 3, có mặt 1)');
  });

  it('lists each candidate with its đơn vị, agree count and result', () => {
    const table = rig.book.values('Biên bản kiểm phiếu').filter((r) => typeof r[0] === 'number');
    expect(table.map((r) => [r[1], r[2], r[3], r[4], r[6]])).toEqual([
      ['Nguyễn Thị Mai', 'Trường Tiểu học C', 'CSTĐCS', 12, 'Đạt'],
      ['Trường Tiểu học A', 'Trường Tiểu học A', 'Cờ thi đua', 14, 'Đạt'],
      ['Trường Tiểu học B', 'Trường Tiểu học B', 'Cờ thi đua', 9, 'Không đạt'],
    ]);
    expect(table[1][5]).toBeCloseTo(14 / 15, 9);
  });

  it('names Trường A as dẫn đầu cụm once it passes, and not Trường B', () => {
    const at = text.indexOf('Đơn vị dẫn đầu cụm (đạt Cờ thi đua):');
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toBe('Trường Tiểu học A');
    expect(text[at + 2]).toMatch(/^Danh sách đề nghị cấp trên/);
  });

  it('before any ballot, no school is named as leading', () => {
    const empty = lines(heldMeeting([]));
    const at = empty.indexOf('Đơn vị dẫn đầu cụm (đạt Cờ thi đua):');
    expect(empty[at + 1]).toMatch(/^Danh sách đề nghị cấp trên/);
  });

  it('is signed by the thư ký and the cụm trưởng', () => {
    expect(text).toContain('THƯ KÝ | CỤM TRƯỞNG');
    expect(text).not.toContain('TRƯỞNG BAN KIỂM PHIẾU');
  });
});
