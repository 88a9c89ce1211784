/**
 * The template panel's checks (school, rounds, a person, a criterion) in both languages. The checks take
 * one of these; Vietnamese is the default, so code without a language (tests, the CLI's eventual use)
 * reads as the users do.
 */
const vi = {
  schoolNameEmpty:
    'Chưa có tên trường. Hãy nhập tên trường ở mục "Trường" (ví dụ Trường Tiểu học Bình Hòa 2).',
  schoolYearEmpty:
    'Chưa có năm học. Hãy nhập năm học ở mục "Trường" (ví dụ 2024-2025) để tiêu đề các bảng ghi đúng.',
  yearStart: 'ngày bắt đầu năm học',
  yearEnd: 'ngày kết thúc năm học',
  dateInvalid: (what: string) =>
    `Ô ${what} ở mục "Trường" không phải một ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024.`,
  datesOrder: 'Ngày bắt đầu năm học đang sau ngày kết thúc. Hãy sửa hai ngày này ở mục "Trường".',
  noStaff:
    'Danh sách cán bộ đang trống. Hãy thêm cán bộ ở mục "Cán bộ": gõ từng người, dán từ Excel hoặc lấy từ vùng đang chọn.',
  roundSheetName: (problems: string, name: string) =>
    `${problems} Trang của đợt sẽ mang tên "${name}"; muốn tên khác thì hãy sửa tên đợt ở mục "Đợt thi đua".`,
  roundOutsideYear: (round: string, dates: string, year: string) =>
    `${round} (${dates}) nằm ngoài năm học ${year}. Hãy sửa ngày của đợt ở mục "Đợt thi đua" cho nằm trong năm học.`,
  person: {
    fullName: 'Hãy nhập họ và tên.',
    idTaken: (id: string, owner: string) =>
      `Mã "${id}" đã là mã của ${owner}. Hãy chọn mã khác hoặc để trống để tự đặt mã.`,
    team: 'Hãy nhập tổ của người này (ví dụ Tổ 1, Tổ Văn phòng).',
    role: 'Hãy chọn vai trò.',
  },
  criterion: {
    max: 'Điểm tối đa',
    step: 'Điểm trừ mỗi lần',
    floor: 'Điểm sàn',
    idEmpty: 'Hãy nhập mã tiêu chí, ví dụ 2.7.',
    idTaken: (id: string) => `Mã tiêu chí "${id}" đã có. Hãy chọn một mã khác.`,
    labelEmpty: 'Hãy nhập nội dung tiêu chí.',
    bonusMax: 'Hãy nhập mức thưởng tối đa lớn hơn 0.',
    deductionMax: 'Hãy nhập số điểm ban đầu lớn hơn 0.',
    levelMax: 'Hãy nhập điểm tối đa lớn hơn 0.',
    stepPositive: 'Hãy nhập số điểm trừ mỗi lần lớn hơn 0, ví dụ 3 hoặc 0,5.',
    floorRange: 'Điểm sàn phải nằm trong khoảng từ 0 đến điểm tối đa của tiêu chí.',
    noRole: 'Hãy chọn ít nhất một vai trò áp dụng tiêu chí này (hoặc "Tất cả").',
  },
  /** The same checks in a Phòng's words, when the list is of schools (issue 13). */
  phong: {
    nameEmpty:
      'Chưa có tên Phòng. Hãy nhập tên ở mục "Phòng GD&ĐT" (ví dụ Phòng Giáo dục và Đào tạo thị xã Thuận An).',
    yearEmpty:
      'Chưa có năm học. Hãy nhập năm học ở mục "Phòng GD&ĐT" (ví dụ 2024-2025) để tiêu đề các bảng ghi đúng.',
    dateInvalid: (what: string) =>
      `Ô ${what} ở mục "Phòng GD&ĐT" không phải một ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024.`,
    datesOrder: 'Ngày bắt đầu năm học đang sau ngày kết thúc. Hãy sửa hai ngày này ở mục "Phòng GD&ĐT".',
    noSchools:
      'Danh sách trường đang trống. Hãy thêm trường ở mục "Các trường": gõ từng trường hoặc dán danh sách từ Excel.',
    noCriteria:
      'Bảng chấm điểm chưa có tiêu chí nào. Hãy thêm mục và tiêu chí chấm điểm các trường ở mục "Tiêu chí".',
    noLevel: 'Hãy chọn ít nhất một cấp học áp dụng tiêu chí này (hoặc "Tất cả").',
    school: {
      name: 'Hãy nhập tên trường.',
      idTaken: (id: string, owner: string) =>
        `Mã trường "${id}" đã là mã của ${owner}. Hãy chọn mã khác hoặc để trống để tự đặt mã.`,
      cluster: 'Hãy nhập cụm thi đua của trường này (ví dụ Cụm 1).',
      level: 'Hãy chọn cấp học.',
      idUnsafe: (id: string) =>
        `Mã trường "${id}" không dùng được: mã chỉ gồm chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang, không có dấu cách (ví dụ TH-BH2, 001).`,
    },
    /** Rows pasted from Excel: each problem names the row as the user counts it in the pasted block. */
    paste: {
      oneColumn:
        'Dữ liệu dán chỉ có một cột. Hãy chọn các ô trong Excel (Mã trường, Tên trường, Cấp học, Cụm, Hiệu trưởng), sao chép (Ctrl+C) rồi dán vào đây.',
      nameEmpty: (row: number) => `Dòng ${row}: chưa có tên trường. Dòng này không được thêm.`,
      levelUnknown: (row: number, name: string, text: string, levels: string) =>
        text === ''
          ? `Dòng ${row} (${name}): chưa có cấp học. Hãy ghi một trong: ${levels}.`
          : `Dòng ${row} (${name}): cấp học "${text}" không có. Hãy ghi một trong: ${levels}.`,
      clusterEmpty: (row: number, name: string) =>
        `Dòng ${row} (${name}): chưa có cụm thi đua. Hãy ghi cụm của trường (ví dụ Cụm 1).`,
      idUnsafe: (row: number, name: string, id: string) =>
        `Dòng ${row} (${name}): mã trường "${id}" không dùng được: mã chỉ gồm chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang, không có dấu cách.`,
      idRepeated: (row: number, name: string, id: string, first: number, firstName: string) =>
        `Dòng ${row} (${name}): mã trường "${id}" trùng với dòng ${first} (${firstName}). Hãy đặt cho mỗi trường một mã riêng.`,
    },
  },
};

export type CheckMessages = typeof vi;

const en: CheckMessages = {
  schoolNameEmpty: 'No school name yet. Enter it under "School" (e.g. Trường Tiểu học Bình Hòa 2).',
  schoolYearEmpty:
    'No school year yet. Enter it under "School" (e.g. 2024-2025) so the sheet titles are right.',
  yearStart: 'school year start date',
  yearEnd: 'school year end date',
  dateInvalid: (what) =>
    `The ${what} under "School" is not a valid date. Write day/month/year, e.g. 05/09/2024.`,
  datesOrder: 'The school year starts after it ends. Correct the two dates under "School".',
  noStaff:
    'The staff list is empty. Add staff under "Staff": type each person, paste from Excel or take the selection.',
  roundSheetName: (problems, name) =>
    `${problems} The round's sheet will be named "${name}"; for another name, change the round's name under "Rounds".`,
  roundOutsideYear: (round, dates, year) =>
    `${round} (${dates}) is outside the school year ${year}. Correct the round's dates under "Rounds".`,
  person: {
    fullName: 'Enter the full name.',
    idTaken: (id, owner) =>
      `Code "${id}" already belongs to ${owner}. Choose another or leave it blank for a new one.`,
    team: "Enter this person's team (e.g. Tổ 1, Tổ Văn phòng).",
    role: 'Choose a role.',
  },
  criterion: {
    max: 'Maximum',
    step: 'Points per deduction',
    floor: 'Floor',
    idEmpty: 'Enter the criterion code, e.g. 2.7.',
    idTaken: (id) => `Criterion code "${id}" is already used. Choose another.`,
    labelEmpty: 'Enter what the criterion is.',
    bonusMax: 'Enter a maximum bonus above 0.',
    deductionMax: 'Enter starting points above 0.',
    levelMax: 'Enter a maximum above 0.',
    stepPositive: 'Enter points per deduction above 0, e.g. 3 or 0,5.',
    floorRange: "The floor must be between 0 and the criterion's maximum.",
    noRole: 'Choose at least one role this criterion applies to (or "All").',
  },
  phong: {
    nameEmpty:
      'No office name yet. Enter it under "Phòng GD&ĐT" (e.g. Phòng Giáo dục và Đào tạo thị xã Thuận An).',
    yearEmpty:
      'No school year yet. Enter it under "Phòng GD&ĐT" (e.g. 2024-2025) so the sheet titles are right.',
    dateInvalid: (what) =>
      `The ${what} under "Phòng GD&ĐT" is not a valid date. Write day/month/year, e.g. 05/09/2024.`,
    datesOrder: 'The school year starts after it ends. Correct the two dates under "Phòng GD&ĐT".',
    noSchools:
      'The list of schools is empty. Add schools under "Schools": type each one or paste from Excel.',
    noCriteria:
      'The scoring sheet has no criteria yet. Add sections and criteria for the schools under "Criteria".',
    noLevel: 'Choose at least one school level this criterion applies to (or "All").',
    school: {
      name: 'Enter the school name.',
      idTaken: (id, owner) =>
        `School code "${id}" already belongs to ${owner}. Choose another or leave it blank for a new one.`,
      cluster: "Enter this school's cluster (e.g. Cụm 1).",
      level: 'Choose a school level.',
      idUnsafe: (id) =>
        `School code "${id}" cannot be used: letters, digits, dot, underscore and hyphen only, no spaces (e.g. TH-BH2, 001).`,
    },
    paste: {
      oneColumn:
        'The pasted data has a single column. Select the cells in Excel (School code, School name, Level, Cluster, Principal), copy (Ctrl+C) and paste here.',
      nameEmpty: (row) => `Row ${row}: no school name. The row is not added.`,
      levelUnknown: (row, name, text, levels) =>
        text === ''
          ? `Row ${row} (${name}): no school level. Write one of: ${levels}.`
          : `Row ${row} (${name}): there is no school level "${text}". Write one of: ${levels}.`,
      clusterEmpty: (row, name) =>
        `Row ${row} (${name}): no cluster. Write the school's cluster (e.g. Cụm 1).`,
      idUnsafe: (row, name, id) =>
        `Row ${row} (${name}): school code "${id}" cannot be used: letters, digits, dot, underscore and hyphen only, no spaces.`,
      idRepeated: (row, name, id, first, firstName) =>
        `Row ${row} (${name}): school code "${id}" repeats row ${first} (${firstName}). Give each school its own code.`,
    },
  },
};

export const CHECK_MESSAGES = { vi, en };
