import { criterionFromHeader, levelFromHeader, suggestColumnMapping } from '../../../src/domain/import';
import { defaultScoringConfig } from '../../../src/domain/scoring/default-config';

const criteria = defaultScoringConfig().criteria;

describe('suggesting a column mapping from Vietnamese headers', () => {
  test('a one-row header: name, tổ, chức vụ, criteria by number, total', () => {
    const { mapping, unmapped } = suggestColumnMapping(
      ['STT', 'Họ và tên', 'Tổ', 'Chức vụ', 'TC 1.1', 'Tiêu chí 1.2', '2.1', 'Tổng điểm', 'Ghi chú'],
      criteria,
    );
    expect(mapping).toMatchObject({ name: 1, team: 2, position: 3 });
    expect(mapping.criteria).toEqual([
      { column: 4, criterionId: '1.1' },
      { column: 5, criterionId: '1.2' },
      { column: 6, criterionId: '2.1' },
    ]);
    expect(mapping.totals).toEqual([{ column: 7 }]);
    expect(unmapped).toEqual([]);
  });

  test('accents and case do not matter: "HỌ TÊN", "ho va ten", "TỔ CHUYÊN MÔN", "tong"', () => {
    expect(suggestColumnMapping(['HỌ TÊN', 'TỔ CHUYÊN MÔN', 'tong']).mapping).toMatchObject({
      name: 0,
      team: 1,
      totals: [{ column: 2 }],
    });
    expect(suggestColumnMapping(['ho va ten', 'to', 'Tổng cộng']).mapping).toMatchObject({
      name: 0,
      team: 1,
    });
  });

  test('decomposed (NFD) headers are read like composed ones', () => {
    const { mapping } = suggestColumnMapping(['Họ và tên'.normalize('NFD'), 'Ngày sinh'.normalize('NFD')]);
    expect(mapping).toMatchObject({ name: 0, birthDate: 1 });
  });

  test('"Tổ" is the tổ column but "Tổng" is a total', () => {
    const { mapping } = suggestColumnMapping(['Họ tên', 'Tổng', 'Tổ']);
    expect(mapping.team).toBe(2);
    expect(mapping.totals).toEqual([{ column: 1 }]);
  });

  test('staff-list headers: giới tính, ngày sinh, mã, ngày tuyển dụng, vai trò, a "Nữ" mark column', () => {
    const { mapping } = suggestColumnMapping([
      'Mã CB',
      'Họ và tên',
      'Nữ',
      'Ngày tháng năm sinh',
      'Ngày tuyển dụng',
      'Vai trò',
      'Tổ khối',
    ]);
    expect(mapping).toMatchObject({
      staffCode: 0,
      name: 1,
      female: 2,
      birthDate: 3,
      hireDate: 4,
      role: 5,
      team: 6,
    });
    expect(suggestColumnMapping(['Họ tên', 'Giới tính']).mapping.gender).toBe(1);
  });

  test('"TC3" without a criterion numbered 3 means the third criterion', () => {
    expect(criterionFromHeader('TC3', criteria)?.id).toBe(criteria[2].id);
    expect(criterionFromHeader('TC 2.2 (15đ)', criteria)?.id).toBe('2.2');
    expect(criterionFromHeader('Tiêu chí 99', criteria)).toBeNull();
  });

  test('a criterion named by its label, whole or its beginning', () => {
    expect(criterionFromHeader('Kiểm tra, đánh giá học sinh theo quy định', criteria)?.id).toBe('2.3');
    expect(criterionFromHeader('KIỂM TRA, ĐÁNH GIÁ HỌC SINH', criteria)?.id).toBe('2.3');
    expect(criterionFromHeader('Kiểm tra', criteria)).toBeNull();
  });

  test('levels: Tự ĐG, Tổ đánh giá, HĐ ĐG', () => {
    expect(levelFromHeader('Tự ĐG')).toBe('self');
    expect(levelFromHeader('Tự đánh giá')).toBe('self');
    expect(levelFromHeader('Tổ đánh giá')).toBe('team');
    expect(levelFromHeader('Tổ')).toBe('team');
    expect(levelFromHeader('HĐ ĐG')).toBe('council');
    expect(levelFromHeader('Hội đồng đánh giá')).toBe('council');
    expect(levelFromHeader('Họ và tên')).toBeNull();
  });

  test('two header rows: a criterion merged over its three level columns', () => {
    const top = [
      'STT',
      'Họ và tên',
      'Tổ',
      'Tiêu chí 1.1',
      null,
      null,
      'Tiêu chí 1.2',
      null,
      null,
      'Tổng điểm',
      null,
      null,
    ];
    const bottom = [
      null,
      null,
      null,
      'Tự ĐG',
      'Tổ ĐG',
      'HĐ ĐG',
      'Tự ĐG',
      'Tổ ĐG',
      'HĐ ĐG',
      'Tự ĐG',
      'Tổ ĐG',
      'HĐ ĐG',
    ];
    const { mapping, unmapped } = suggestColumnMapping([top, bottom], criteria);
    expect(mapping.name).toBe(1);
    expect(mapping.team).toBe(2);
    expect(mapping.criteria).toEqual([
      { column: 3, criterionId: '1.1', level: 'self' },
      { column: 4, criterionId: '1.1', level: 'team' },
      { column: 5, criterionId: '1.1', level: 'council' },
      { column: 6, criterionId: '1.2', level: 'self' },
      { column: 7, criterionId: '1.2', level: 'team' },
      { column: 8, criterionId: '1.2', level: 'council' },
    ]);
    expect(mapping.totals).toEqual([
      { column: 9, level: 'self' },
      { column: 10, level: 'team' },
      { column: 11, level: 'council' },
    ]);
    expect(unmapped).toEqual([]);
  });

  test('headers it cannot place are listed for the user; known extras (STT, Ghi chú, Xếp loại) are not', () => {
    const { mapping, unmapped } = suggestColumnMapping(
      ['STT', 'Họ và tên', 'Điểm phụ đạo', 'Xếp loại'],
      criteria,
    );
    expect(mapping.name).toBe(1);
    expect(unmapped).toEqual([{ column: 2, header: 'Điểm phụ đạo' }]);
  });

  test('a second column with the same meaning is not taken twice', () => {
    const { mapping, unmapped } = suggestColumnMapping(['Họ và tên', 'Họ tên'], criteria);
    expect(mapping.name).toBe(0);
    expect(unmapped).toEqual([{ column: 1, header: 'Họ tên' }]);
  });
});
