/**
 * The sample school's staff, shaped like seed 000 (Trường Tiểu học Bình Hòa 2, 2020-2021: 61 staff, 8 tổ).
 * Names are invented but typical of a southern primary school: mostly women, varied family names. Two
 * teachers share the name "Nguyễn Thị Thu Hà" and are told apart by birth date; one teacher was hired in
 * March 2021, under six months before the year ends, so eligibility rules have someone to refuse.
 */
import type { Gender, RoleId, Team } from '../school/types';

export const SAMPLE_TEAMS: Team[] = [
  { id: 'to-1', name: 'Tổ 1' },
  { id: 'to-2', name: 'Tổ 2' },
  { id: 'to-3', name: 'Tổ 3' },
  { id: 'to-4', name: 'Tổ 4' },
  { id: 'to-5', name: 'Tổ 5' },
  { id: 'to-anh-tin', name: 'Tổ Tiếng Anh – Tin học' },
  { id: 'to-nang-khieu', name: 'Tổ Năng khiếu' },
  { id: 'to-van-phong', name: 'Tổ Văn phòng' },
];

/** [full name, gender, birth date, hire date, position, role, team id]; staff codes follow the order. */
export type SampleStaffRow = [string, Gender, string, string, string, RoleId, string];

export const SAMPLE_STAFF_ROWS: SampleStaffRow[] = [
  // Ban giám hiệu
  [
    'Nguyễn Thị Hoàng Trang',
    'nữ',
    '1972-03-14',
    '1993-09-01',
    'Hiệu trưởng',
    'can-bo-quan-ly',
    'to-van-phong',
  ],
  ['Trần Văn Hùng', 'nam', '1975-08-22', '1996-09-01', 'Phó hiệu trưởng', 'can-bo-quan-ly', 'to-van-phong'],
  ['Lê Thị Ngọc Hân', 'nữ', '1979-11-05', '2000-09-01', 'Phó hiệu trưởng', 'can-bo-quan-ly', 'to-van-phong'],
  // Tổ 1
  ['Huỳnh Thị Mỹ Linh', 'nữ', '1978-01-20', '1998-09-01', 'Tổ trưởng', 'gvcn', 'to-1'],
  ['Nguyễn Thị Bích Ngọc', 'nữ', '1981-07-09', '2003-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Trần Thị Thu Hương', 'nữ', '1984-12-02', '2006-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Lê Thị Hồng Nhung', 'nữ', '1988-04-15', '2010-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Đỗ Thị Kim Anh', 'nữ', '1990-09-27', '2012-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Bùi Thị Thanh Tâm', 'nữ', '1976-05-03', '1997-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Ngô Thị Phương Thảo', 'nữ', '1993-02-11', '2015-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  ['Dương Thị Ngọc Trâm', 'nữ', '1995-10-19', '2018-09-01', 'Giáo viên', 'gvcn', 'to-1'],
  // Tổ 2
  ['Phạm Thị Thanh Hoa', 'nữ', '1977-06-06', '1998-09-01', 'Tổ trưởng', 'gvcn', 'to-2'],
  ['Nguyễn Thị Thu Hà', 'nữ', '1985-04-12', '2007-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Võ Thị Mộng Tuyền', 'nữ', '1987-08-08', '2009-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Hồ Thị Kim Chi', 'nữ', '1982-03-25', '2004-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Lý Thị Mỹ Hạnh', 'nữ', '1991-11-30', '2013-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Trương Thị Diễm Phúc', 'nữ', '1989-01-14', '2011-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Đặng Văn Tài', 'nam', '1986-07-21', '2008-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  ['Phan Thị Tuyết Mai', 'nữ', '1994-05-05', '2017-09-01', 'Giáo viên', 'gvcn', 'to-2'],
  // Tổ 3
  ['Lê Thị Thanh Xuân', 'nữ', '1979-02-02', '2000-09-01', 'Tổ trưởng', 'gvcn', 'to-3'],
  ['Nguyễn Ngọc Bảo Trân', 'nữ', '1992-09-09', '2014-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  ['Trần Thị Minh Thư', 'nữ', '1983-10-10', '2005-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  ['Huỳnh Thị Kim Ngân', 'nữ', '1990-06-18', '2012-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  ['Cao Thị Hồng Vân', 'nữ', '1980-12-24', '2002-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  ['Đinh Thị Thu Thảo', 'nữ', '1996-03-08', '2019-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  ['Mai Thị Ngọc Diệp', 'nữ', '1985-08-29', '2007-09-01', 'Giáo viên', 'gvcn', 'to-3'],
  // Tổ 4
  ['Võ Thị Kim Phượng', 'nữ', '1976-09-15', '1997-09-01', 'Tổ trưởng', 'gvcn', 'to-4'],
  ['Nguyễn Thị Thu Hà', 'nữ', '1992-10-03', '2015-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  ['Bùi Thị Ngọc Ánh', 'nữ', '1988-02-27', '2010-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  ['Lâm Thị Bích Trâm', 'nữ', '1991-07-07', '2013-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  ['Phạm Thị Hồng Gấm', 'nữ', '1984-04-04', '2006-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  ['Tô Thị Thanh Nga', 'nữ', '1982-11-11', '2004-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  ['Châu Thị Mỹ Duyên', 'nữ', '1997-01-26', '2019-09-01', 'Giáo viên', 'gvcn', 'to-4'],
  // Tổ 5
  ['Trần Thị Kim Oanh', 'nữ', '1975-12-12', '1996-09-01', 'Tổ trưởng', 'gvcn', 'to-5'],
  ['Nguyễn Văn Thắng', 'nam', '1983-05-19', '2005-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  ['Hoàng Thị Thu Trang', 'nữ', '1987-03-03', '2009-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  ['Lê Thị Mỹ Tiên', 'nữ', '1993-08-16', '2016-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  ['Dương Thị Thanh Hằng', 'nữ', '1981-06-22', '2003-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  ['Đỗ Thị Hoài Thương', 'nữ', '1990-12-05', '2012-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  ['Ngô Thị Bảo Yến', 'nữ', '1989-09-13', '2011-09-01', 'Giáo viên', 'gvcn', 'to-5'],
  // Tổ Tiếng Anh – Tin học
  ['Phan Thị Ngọc Quyên', 'nữ', '1984-07-30', '2007-09-01', 'Tổ trưởng', 'giao-vien', 'to-anh-tin'],
  ['Huỳnh Minh Khoa', 'nam', '1990-04-21', '2014-09-01', 'Giáo viên', 'giao-vien', 'to-anh-tin'],
  ['Trần Thị Thanh Vy', 'nữ', '1995-11-02', '2018-09-01', 'Giáo viên', 'giao-vien', 'to-anh-tin'],
  ['Nguyễn Hoàng Phúc', 'nam', '1994-02-14', '2017-09-01', 'Giáo viên', 'giao-vien', 'to-anh-tin'],
  ['Lý Thị Như Ý', 'nữ', '1998-06-01', '2021-03-01', 'Giáo viên', 'giao-vien', 'to-anh-tin'],
  // Tổ Năng khiếu
  ['Võ Văn Dũng', 'nam', '1980-10-17', '2002-09-01', 'Tổ trưởng', 'giao-vien', 'to-nang-khieu'],
  ['Lê Minh Tuấn', 'nam', '1992-03-29', '2015-09-01', 'Giáo viên', 'giao-vien', 'to-nang-khieu'],
  ['Nguyễn Thị Thanh Tuyền', 'nữ', '1988-05-23', '2010-09-01', 'Giáo viên', 'giao-vien', 'to-nang-khieu'],
  ['Đặng Thị Thu Ba', 'nữ', '1986-01-09', '2008-09-01', 'Giáo viên', 'giao-vien', 'to-nang-khieu'],
  ['Phạm Ngọc Hiền', 'nữ', '1991-08-12', '2014-09-01', 'Giáo viên', 'giao-vien', 'to-nang-khieu'],
  ['Trương Văn Lộc', 'nam', '1985-12-28', '2008-09-01', 'Giáo viên', 'giao-vien', 'to-nang-khieu'],
  // Tổ Văn phòng
  ['Đặng Thị Mỹ Dung', 'nữ', '1982-09-04', '2005-10-01', 'Tổ trưởng', 'nhan-vien', 'to-van-phong'],
  ['Phạm Thị Kim Loan', 'nữ', '1983-02-17', '2006-10-01', 'Kế toán', 'nhan-vien', 'to-van-phong'],
  ['Võ Thị Thanh Thủy', 'nữ', '1986-06-30', '2009-09-01', 'Văn thư', 'nhan-vien', 'to-van-phong'],
  ['Hồ Thị Ngọc Bích', 'nữ', '1989-03-16', '2012-09-01', 'Y tế', 'nhan-vien', 'to-van-phong'],
  ['Bùi Thị Kim Liên', 'nữ', '1987-10-24', '2011-09-01', 'Thiết bị', 'nhan-vien', 'to-van-phong'],
  ['Dương Văn Khánh', 'nam', '1991-05-10', '2013-09-01', 'Tổng phụ trách Đội', 'kiem-nhiem', 'to-van-phong'],
  ['Nguyễn Văn Bảy', 'nam', '1968-07-07', '2001-01-02', 'Bảo vệ', 'nhan-vien', 'to-van-phong'],
  ['Lê Văn Mười', 'nam', '1970-02-20', '2004-03-01', 'Bảo vệ', 'nhan-vien', 'to-van-phong'],
  ['Trần Thị Lệ', 'nữ', '1974-08-18', '2003-09-01', 'Phục vụ', 'nhan-vien', 'to-van-phong'],
  ['Huỳnh Thị Sáu', 'nữ', '1977-05-01', '2008-09-01', 'Phục vụ', 'nhan-vien', 'to-van-phong'],
];
