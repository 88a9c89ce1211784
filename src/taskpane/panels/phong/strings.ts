/** The Phòng panel's own words (Vietnamese first; English mirrors every key). */
const vi = {
  heading: 'Phòng GD&ĐT: tổng hợp các trường',
  intro:
    'Chọn các tệp mà các trường gửi lên (tệp xuất "Gửi Phòng" hoặc cả sổ làm việc Thi Đua). Tệp được đọc ngay trên máy này, không gửi đi đâu.',
  pick: 'Chọn tệp của các trường…',
  pickMore: 'Thêm tệp…',
  clear: 'Bỏ hết tệp',
  reading: (done: number, total: number, name: string) => `Đang đọc tệp ${done}/${total}: ${name}`,
  files: (n: number) => `${n} tệp đã đọc`,
  fileOk: 'đọc được',
  fileComputed: 'cả sổ làm việc: đã tính thay trường',
  fileProblem: 'lỗi',
  settings: 'Thiết lập tổng hợp',
  schoolYear: 'Năm học (bỏ trống: năm học của đa số tệp)',
  deadline: 'Hạn nộp (ngày/tháng/năm)',
  deadlineInvalid: (text: string) => `"${text}" không phải ngày; hãy viết dạng 30/05/2021.`,
  phongName: 'Tên Phòng (tệp gửi nơi khác sẽ bị loại)',
  expected: 'Các trường phải nộp (mỗi dòng một trường)',
  result: (schools: number, year: string) => `${schools} trường, năm học ${year}`,
  totalsTitle: 'Tổng hợp theo danh hiệu',
  totalsLine: (label: string, registered: number, eligible: number, approved: number, listed: number) =>
    `${label}: đăng ký ${registered}, đủ điều kiện ${eligible}, được đề nghị ${approved}, trong danh sách ${listed}`,
  checksTitle: (n: number) => (n === 0 ? 'Kiểm tra: không phát hiện vấn đề nào.' : `Kiểm tra: ${n} vấn đề`),
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  write: 'Ghi tổng hợp vào sổ làm việc này',
  writing: 'Đang ghi các trang tổng hợp…',
  written: (sheets: string) => `Đã thêm các trang: ${sheets}.`,
  nothing: 'Chưa có tệp nào đọc được để tổng hợp.',
};

const en: typeof vi = {
  heading: 'District office: gather the schools',
  intro:
    'Pick the files the schools sent (their "Gửi Phòng" export or their whole Thi Đua workbook). Files are read on this computer and sent nowhere.',
  pick: 'Pick the schools’ files…',
  pickMore: 'Add files…',
  clear: 'Remove all files',
  reading: (done, total, name) => `Reading file ${done}/${total}: ${name}`,
  files: (n) => `${n} files read`,
  fileOk: 'read',
  fileComputed: 'whole workbook: computed here',
  fileProblem: 'error',
  settings: 'Gathering settings',
  schoolYear: 'School year (blank: the year most files give)',
  deadline: 'Deadline (dd/mm/yyyy)',
  deadlineInvalid: (text) => `"${text}" is not a date; write it as 30/05/2021.`,
  phongName: 'Office name (files sent elsewhere are left out)',
  expected: 'Schools that must send a file (one per line)',
  result: (schools, year) => `${schools} schools, school year ${year}`,
  totalsTitle: 'Totals per title',
  totalsLine: (label, registered, eligible, approved, listed) =>
    `${label}: registered ${registered}, eligible ${eligible}, proposed ${approved}, on the list ${listed}`,
  checksTitle: (n) => (n === 0 ? 'Checks: no problem found.' : `Checks: ${n} problems`),
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  write: 'Write the summary into this workbook',
  writing: 'Writing the summary sheets…',
  written: (sheets) => `Sheets added: ${sheets}.`,
  nothing: 'No readable file to gather yet.',
};

export const PHONG_STRINGS = { vi, en };
