/** Words of the targets' setup and management in the Chỉ tiêu panel (Vietnamese first; English mirrors). */
const vi = {
  createHeading: 'Chưa có chỉ tiêu và đăng ký',
  createIntro:
    'Sổ này đã có bảng điểm nhưng chưa có trang "Chỉ tiêu" và "Đăng ký". Bấm nút dưới đây để tạo hai trang với các chỉ tiêu thường gặp (Lao động tiên tiến cho mọi người, Chiến sĩ thi đua cơ sở 15 %, tổ Lao động tiên tiến…); sau đó sửa số, thêm hoặc xóa chỉ tiêu và ghi đăng ký ngay trong mục này.',
  create: 'Tạo chỉ tiêu và đăng ký',
  creating: 'Đang tạo trang Chỉ tiêu và Đăng ký…',
  manageHeading: 'Sửa danh sách chỉ tiêu',
  manageHint:
    'Thêm, đổi tên, đổi số hoặc xóa một chỉ tiêu. Mỗi lần lưu, trang Chỉ tiêu và Đăng ký được ghi lại.',
  label: 'Danh hiệu / hình thức',
  level: 'Cấp công nhận',
  count: 'Chỉ tiêu',
  title: 'Đếm theo danh hiệu',
  noTitle: 'Không (nhập kết quả bằng tay)',
  add: 'Thêm chỉ tiêu',
  remove: 'Xóa',
  removeOf: (label: string) => `Xóa chỉ tiêu ${label}`,
  saving: 'Đang ghi trang Chỉ tiêu và Đăng ký…',
  saved: 'Đã ghi trang Chỉ tiêu và Đăng ký.',
  labelMissing: 'Nhập tên danh hiệu hoặc hình thức.',
  countBad: 'Nhập một số nguyên từ 0 trở lên.',
  registrationHeading: 'Đăng ký thi đua của từng người',
  registrationHint: 'Chọn một người rồi đánh dấu các danh hiệu người đó đăng ký.',
  person: 'Người',
  choosePerson: 'Chọn một người…',
  registered: (n: number) => `${n} lượt đăng ký cá nhân`,
};

export type TargetsEditStrings = typeof vi;

const en: TargetsEditStrings = {
  createHeading: 'No targets or registrations yet',
  createIntro:
    'This workbook has score sheets but no "Chỉ tiêu" and "Đăng ký" sheets. Press the button to create both with the usual targets (LĐTT for everyone, CSTĐCS at 15 %, TTLĐTT for each tổ…); then change numbers, add or remove targets and record registrations here.',
  create: 'Create targets and registrations',
  creating: 'Creating the "Chỉ tiêu" and "Đăng ký" sheets…',
  manageHeading: 'Edit the list of targets',
  manageHint:
    'Add, rename, renumber or remove a target. Each save rewrites the "Chỉ tiêu" and "Đăng ký" sheets.',
  label: 'Title / award',
  level: 'Awarded by',
  count: 'Target',
  title: 'Counted by title',
  noTitle: 'No (result entered by hand)',
  add: 'Add target',
  remove: 'Remove',
  removeOf: (label) => `Remove target ${label}`,
  saving: 'Writing the "Chỉ tiêu" and "Đăng ký" sheets…',
  saved: 'The "Chỉ tiêu" and "Đăng ký" sheets were written.',
  labelMissing: 'Type the name of the title or award.',
  countBad: 'Type a whole number from 0.',
  registrationHeading: 'Registrations of each person',
  registrationHint: 'Pick a person, then tick the titles they register for.',
  person: 'Person',
  choosePerson: 'Pick a person…',
  registered: (n) => `${n} individual registrations`,
};

export const TARGETS_EDIT_STRINGS = { vi, en };
