/**
 * The Phòng's workbook (DOMAIN.md §8b): one row per school, the district's totals as live SUM formulas over
 * those rows, the district's list of proposals per title in official order, and every check with the file it
 * concerns. Every school row carries the school's name as a value, so sorting "Các trường" changes no total.
 */
import type { DistrictGathering } from '../../domain/phong';
import { formatVietnameseDate } from '../../domain/text';
import { TITLES, type TitleId } from '../../domain/titles';
import { columnLetter, rangeAddress, sheetRef } from '../a1';
import { A4_LANDSCAPE } from './page';
import {
  type Cell,
  type CellValue,
  formulaCell,
  type SheetSpec,
  valueCell,
  type WorkbookSpec,
} from '../grid';

export const DISTRICT_SHEETS = { schools: 'Các trường', totals: 'Tổng hợp', checks: 'Kiểm tra' } as const;

const HEADER_ROW = 3; // 0-based: title, subtitle, blank, header
const FIRST_DATA_ROW = HEADER_ROW + 1;
const SCHOOL_FIXED = ['STT', 'Trường', 'Năm học', 'Số cán bộ'];
const COUNT_LABELS = ['Đăng ký', 'Đủ ĐK', 'Đề nghị'] as const;

const row = (values: CellValue[]): Cell[] => values.map(valueCell);
const headerStyle = {
  bold: true,
  fill: '#DDEBF7',
  borders: true,
  wrapText: true,
  horizontalAlignment: 'center' as const,
};

function titleRows(title: string, subtitle: string): Cell[][] {
  return [row([title]), row([subtitle]), []];
}

function schoolsSheet(gathering: DistrictGathering, titles: TitleId[]): SheetSpec {
  const header = [
    ...SCHOOL_FIXED,
    ...titles.flatMap((id) => COUNT_LABELS.map((label) => `${TITLES[id].shortLabel}: ${label}`)),
    'Tệp',
  ];
  const rows = gathering.schools.map((school, i) => {
    const { summary } = school;
    const counts = titles.flatMap((id) => {
      const t = summary.titles.find((x) => x.titleId === id);
      return [t?.registered ?? 0, t?.eligible ?? 0, t?.approved ?? 0];
    });
    return row([
      i + 1,
      summary.school.name,
      summary.school.schoolYear,
      summary.school.staffCount,
      ...counts,
      school.fileName,
    ]);
  });
  const last = Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + rows.length - 1);
  return {
    name: DISTRICT_SHEETS.schools,
    pageSetup: A4_LANDSCAPE,
    cells: [
      ...titleRows('TỔNG HỢP CÁC TRƯỜNG', `Năm học ${gathering.schoolYear}: ${rows.length} trường`),
      row(header),
      ...rows,
    ],
    columnWidths: [36, 220, 70, 60, ...titles.flatMap(() => [60, 60, 60]), 180],
    styles: [
      { range: 'A1:A1', style: { bold: true, fontSize: 14 } },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, header.length - 1), style: headerStyle },
      ...(rows.length > 0
        ? [{ range: rangeAddress(FIRST_DATA_ROW, 0, last, header.length - 1), style: { borders: true } }]
        : []),
    ],
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
  };
}

/** Totals per title: live sums over the schools' rows, and the length of the district's list beside them. */
function totalsSheet(gathering: DistrictGathering, titles: TitleId[]): SheetSpec {
  const count = gathering.schools.length;
  const sumOf = (column: number): Cell => {
    if (count === 0) return valueCell(0);
    const letter = columnLetter(column);
    return formulaCell(
      `SUM(${sheetRef(DISTRICT_SHEETS.schools)}!$${letter}$${FIRST_DATA_ROW + 1}:$${letter}$${FIRST_DATA_ROW + count})`,
    );
  };
  const rows = titles.map((id, i) => {
    const total = gathering.totals.find((t) => t.titleId === id);
    const first = SCHOOL_FIXED.length + i * COUNT_LABELS.length;
    return [
      valueCell(i + 1),
      valueCell(TITLES[id].label),
      sumOf(first),
      sumOf(first + 1),
      sumOf(first + 2),
      valueCell(total?.target ?? null),
      valueCell(total?.listed ?? 0),
    ];
  });
  const header = [
    'STT',
    'Danh hiệu',
    'Đăng ký',
    'Đủ điều kiện',
    'Được đề nghị',
    'Chỉ tiêu',
    'Trong danh sách',
  ];
  return {
    name: DISTRICT_SHEETS.totals,
    pageSetup: A4_LANDSCAPE,
    cells: [...titleRows('TỔNG HỢP THEO DANH HIỆU', `Năm học ${gathering.schoolYear}`), row(header), ...rows],
    columnWidths: [36, 220, 70, 80, 80, 70, 90],
    styles: [
      { range: 'A1:A1', style: { bold: true, fontSize: 14 } },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, header.length - 1), style: headerStyle },
    ],
  };
}

function listSheet(gathering: DistrictGathering, titleId: TitleId): SheetSpec {
  const list = gathering.lists[titleId] ?? [];
  const individual = TITLES[titleId].scope === 'individual';
  const header = individual
    ? ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Tổ', 'Trường', 'Đồng ý', 'Tỉ lệ (%)']
    : ['STT', 'Tập thể', 'Người đứng đầu', 'Trường', 'Đồng ý', 'Tỉ lệ (%)'];
  const rows = list.map((p, i) => {
    const percent = p.agree !== undefined && p.base ? Math.round((p.agree * 10000) / p.base) / 100 : null;
    const votes = [p.agree ?? null, percent];
    return individual
      ? row([
          i + 1,
          p.fullName,
          p.birthDate ? formatVietnameseDate(p.birthDate) : null,
          p.position,
          p.teamName,
          p.schoolName,
          ...votes,
        ])
      : row([i + 1, p.fullName, p.position, p.schoolName, ...votes]);
  });
  return {
    name: `DS ${TITLES[titleId].shortLabel}`,
    pageSetup: A4_LANDSCAPE,
    cells: [
      ...titleRows(
        `DANH SÁCH ĐỀ NGHỊ ${TITLES[titleId].label.toUpperCase()}`,
        `Năm học ${gathering.schoolYear}: ${list.length} ${individual ? 'cá nhân' : 'tập thể'}`,
      ),
      row(header),
      ...rows,
    ],
    columnWidths: individual ? [36, 180, 80, 110, 110, 200, 60, 60] : [36, 180, 160, 200, 60, 60],
    styles: [
      { range: 'A1:A1', style: { bold: true, fontSize: 14 } },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, header.length - 1), style: headerStyle },
    ],
  };
}

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as const;

function checksSheet(gathering: DistrictGathering): SheetSpec {
  const header = ['STT', 'Mức', 'Nội dung', 'Tệp', 'Căn cứ'];
  const rows = gathering.issues.map((issue, i) =>
    row([i + 1, SEVERITY_LABEL[issue.severity], issue.message, issue.fileName ?? null, issue.source ?? null]),
  );
  return {
    name: DISTRICT_SHEETS.checks,
    pageSetup: A4_LANDSCAPE,
    cells: [
      ...titleRows(
        'KIỂM TRA HỒ SƠ CÁC TRƯỜNG',
        rows.length === 0 ? 'Không phát hiện vấn đề nào.' : `${rows.length} vấn đề`,
      ),
      row(header),
      ...rows,
    ],
    columnWidths: [36, 70, 420, 180, 160],
    styles: [
      { range: 'A1:A1', style: { bold: true, fontSize: 14 } },
      { range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, header.length - 1), style: headerStyle },
      ...(rows.length > 0
        ? [
            {
              range: rangeAddress(FIRST_DATA_ROW, 2, FIRST_DATA_ROW + rows.length - 1, 2),
              style: { wrapText: true },
            },
          ]
        : []),
    ],
  };
}

export function buildDistrictWorkbook(gathering: DistrictGathering): WorkbookSpec {
  const titles = gathering.totals.map((t) => t.titleId);
  const lists = titles.filter((id) => gathering.lists[id]).map((id) => listSheet(gathering, id));
  return {
    sheets: [
      totalsSheet(gathering, titles),
      schoolsSheet(gathering, titles),
      ...lists,
      checksSheet(gathering),
    ],
    names: [],
  };
}
