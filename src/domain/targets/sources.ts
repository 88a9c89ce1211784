/**
 * Legal and internal sources the targets area cites (DOMAIN.md §6, §7). One place, so a corrected citation
 * changes every flag and every "Quy chế" note at once.
 */
export const SOURCES = {
  luat2022: 'Luật Thi đua, khen thưởng 2022',
  ldtt2022: 'Luật Thi đua, khen thưởng 2022 Điều 24',
  ldttTenure2022: 'TT 01/2024/TT-BNV',
  maternity: 'NĐ 152/2025/NĐ-CP Điều 4',
  cstdcs2022: 'Luật Thi đua, khen thưởng 2022 Điều 23',
  cstdTinh2022: 'Luật Thi đua, khen thưởng 2022 Điều 22',
  ttldxs2022: 'Luật Thi đua, khen thưởng 2022 Điều 27',
  ttldtt2022: 'Luật Thi đua, khen thưởng 2022 Điều 28',
  luat2003: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), NĐ 91/2017/NĐ-CP',
  ldtt2003: 'Luật Thi đua, khen thưởng 2003 Điều 24',
  ldttConditions2003: 'NĐ 91/2017/NĐ-CP (điều kiện xét Lao động tiên tiến)',
  cstdcs2003: 'Luật Thi đua, khen thưởng 2003 Điều 23',
  cstdTinh2003: 'Luật Thi đua, khen thưởng 2003 Điều 22',
  ttldxs2003: 'Luật Thi đua, khen thưởng 2003 Điều 27',
  ttldtt2003: 'Luật Thi đua, khen thưởng 2003 Điều 28',
  cstdcsCap: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3',
  htxsnvCap: 'QĐ 366-QĐ/TW 2025 Điều 11',
  registration:
    'Nguyên tắc thi đua: không đăng ký thì không xét danh hiệu (kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, mục II.2)',
  oneAwardPerAchievement:
    'Không tặng nhiều hình thức khen thưởng cho một thành tích (kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, mục II.4)',
  womenPreferred: 'NĐ 152/2025/NĐ-CP Điều 4',
  targets: 'Chỉ tiêu thi đua đăng ký đầu năm (kế hoạch thi đua của đơn vị)',
  decisions: 'Quy trình xét: đăng ký → đủ điều kiện → đề nghị → bình xét → công nhận',
} as const;
