import fc from 'fast-check';
import {
  convertTcvn3ToUnicode,
  convertUnicodeToTcvn3,
  convertUnicodeToVni,
  convertVniToUnicode,
  VIETNAMESE_LETTERS,
} from '../../../../src/domain/text';

const lowercase = VIETNAMESE_LETTERS.slice(0, 67);
const tcvn3Capitals = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
const ascii = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-()'),
});
const textOf = (letters: readonly string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...letters), ascii), { maxLength: 30 }).map((parts) => parts.join(''));

describe('convertTcvn3ToUnicode', () => {
  it.each([
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['Lª ThÞ Hoa', 'Lê Thị Hoa'],
    ['TrÇn §øc Minh', 'Trần Đức Minh'],
    ['Tr\u00ADêng THCS NguyÔn Tr·i', 'Trường THCS Nguyễn Trãi'],
    ['Phßng Gi¸o dôc vµ §µo t¹o', 'Phòng Giáo dục và Đào tạo'],
    ['Hoµn thµnh xuÊt s¾c nhiÖm vô', 'Hoàn thành xuất sắc nhiệm vụ'],
    ['Lao ®éng tiªn tiÕn: 9,5 ®iÓm', 'Lao động tiên tiến: 9,5 điểm'],
  ])('reads "%s" as "%s"', (legacy, unicode) => {
    expect(convertTcvn3ToUnicode(legacy)).toBe(unicode);
  });

  it('makes every letter a capital for a .VnTimeH heading', () => {
    expect(convertTcvn3ToUnicode('danh s¸ch ®Ò nghÞ', { uppercase: true })).toBe('DANH SÁCH ĐỀ NGHỊ');
  });

  it('capitalises text typed in capitals, since TCVN3 has no toned capitals', () => {
    expect(convertTcvn3ToUnicode('Lª V¡N AN')).toBe('LÊ VĂN AN');
    expect(convertTcvn3ToUnicode('Tæ To¸n: TRÇN V¡N AN')).toBe('Tổ Toán: TRẦN VĂN AN');
    expect(convertTcvn3ToUnicode('TRÇN', { uppercase: false })).toBe('TRầN');
  });

  it('round-trips any text of TCVN3 letters and ASCII (property)', () => {
    fc.assert(
      fc.property(textOf([...lowercase, ...tcvn3Capitals]), (text) => {
        expect(convertTcvn3ToUnicode(convertUnicodeToTcvn3(text), { uppercase: false })).toBe(text);
      }),
    );
  });

  it('round-trips capitals through a .VnTimeH font (property)', () => {
    const capitals = VIETNAMESE_LETTERS.slice(67);
    const upper = fc.array(fc.constantFrom(...capitals, ...'ABCDEGHIKLMNOPQRSTUVXY '), { maxLength: 20 });
    fc.assert(
      fc.property(upper, (chars) => {
        const text = chars.join('');
        expect(convertTcvn3ToUnicode(convertUnicodeToTcvn3(text), { uppercase: true })).toBe(text);
      }),
    );
  });

  it('encodes NFD input like NFC input', () => {
    expect(convertUnicodeToTcvn3('Nguyễn'.normalize('NFD'))).toBe('NguyÔn');
  });
});

describe('convertVniToUnicode', () => {
  it.each([
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Leâ Thò Hoa', 'Lê Thị Hoa'],
    ['Traàn Ñöùc Minh', 'Trần Đức Minh'],
    ['Tröôøng THCS Nguyeãn Traõi', 'Trường THCS Nguyễn Trãi'],
    ['ÑAØO THÒ HAÏNH', 'ĐÀO THỊ HẠNH'],
    ['Phaïm Thò Myõ Duyeân', 'Phạm Thị Mỹ Duyên'],
    ['Hoaøn thaønh xuaát saéc nhieäm vuï', 'Hoàn thành xuất sắc nhiệm vụ'],
    ['Hoà Thò Thuyû', 'Hồ Thị Thuỷ'],
    ['Nguyeãn Thò Kyø, 9,5 ñieåm', 'Nguyễn Thị Kỳ, 9,5 điểm'],
  ])('reads "%s" as "%s"', (legacy, unicode) => {
    expect(convertVniToUnicode(legacy)).toBe(unicode);
  });

  it('reads a tone byte of the other case by its base letter: "Aù" is Á', () => {
    expect(convertVniToUnicode('AÙ Aù')).toBe('Á Á');
  });

  it('round-trips any text of Vietnamese letters and ASCII (property)', () => {
    fc.assert(
      fc.property(textOf(VIETNAMESE_LETTERS), (text) => {
        expect(convertVniToUnicode(convertUnicodeToVni(text))).toBe(text);
      }),
    );
  });
});
