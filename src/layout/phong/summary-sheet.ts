/**
 * "Tóm tắt" sheet: the school's summary as plain values (no formula), one block per part, each opened by a
 * marker in column A. Written into every export; read by the Phòng. The first cell names the format and the
 * second its version, so a reader knows at once whether it can read the rest.
 */
import type {
  SignedSummary,
  SummaryCap,
  SummaryProposal,
  SummaryResult,
  SummaryTitleCounts,
} from '../../domain/phong';
import { SUMMARY_FORMAT, SUMMARY_VERSION } from '../../domain/phong';
import { isTitleId, type TitleId } from '../../domain/titles';
import { cellAddress } from '../a1';
import { A4_LANDSCAPE } from './page';
import { type Cell, type CellValue, type SheetSpec, valueCell } from '../grid';

export const SUMMARY_SHEET_NAME = 'Tóm tắt';

const BLOCK = {
  school: 'TRUONG',
  titles: 'DANH_HIEU',
  proposals: 'DE_NGHI',
  caps: 'TRAN',
  results: 'KET_QUA',
} as const;

const SCHOOL_FIELDS = [
  ['name', 'Tên trường'],
  ['parentBody', 'Cơ quan cấp trên'],
  ['place', 'Địa danh'],
  ['schoolYear', 'Năm học'],
  ['staffCount', 'Số cán bộ'],
  ['teamCount', 'Số tổ'],
  // Written only when the school's workbook gives them (SchoolInfo), so a file without them is as before.
  ['code', 'Mã trường'],
  ['level', 'Cấp học'],
  ['clusterId', 'Mã cụm'],
  ['clusterName', 'Tên cụm'],
  ['targetsProfile', 'Bộ quy tắc danh hiệu'],
  ['votesProfile', 'Bộ quy tắc bỏ phiếu'],
  ['exportedAt', 'Thời điểm xuất'],
  ['checkValue', 'Mã kiểm tra'],
] as const;

const OPTIONAL_FIELDS = new Set<(typeof SCHOOL_FIELDS)[number][0]>([
  'code',
  'level',
  'clusterId',
  'clusterName',
]);

const TITLE_COLUMNS = ['Danh hiệu', 'Đăng ký', 'Đủ điều kiện', 'Được đề nghị', 'Chỉ tiêu'];
const PROPOSAL_COLUMNS = [
  'Danh hiệu',
  'Mã',
  'Họ và tên',
  'Ngày sinh',
  'Chức vụ',
  'Tổ',
  'Đồng ý',
  'Trên',
  'Điểm',
];
const CAP_COLUMNS = ['Danh hiệu', 'Trên danh hiệu', 'Tỉ lệ tối đa (%)', 'Căn cứ'];
const RESULT_COLUMNS = ['Mã', 'Họ và tên', 'Tổ', 'Tổng điểm năm', 'Xếp loại', 'Hạng'];

const row = (values: CellValue[]): Cell[] => values.map(valueCell);
const orNull = <T extends CellValue>(value: T | undefined): CellValue => (value === undefined ? null : value);

export function buildSummarySheet(summary: SignedSummary, sheetName = SUMMARY_SHEET_NAME): SheetSpec {
  const { school } = summary;
  const fieldValue: Record<(typeof SCHOOL_FIELDS)[number][0], CellValue> = {
    name: school.name,
    parentBody: school.parentBody,
    place: school.place,
    schoolYear: school.schoolYear,
    staffCount: school.staffCount,
    teamCount: school.teamCount,
    code: school.code ?? null,
    level: school.level ?? null,
    clusterId: school.clusterId ?? null,
    clusterName: school.clusterName ?? null,
    targetsProfile: summary.profiles.targets ?? null,
    votesProfile: summary.profiles.votes ?? null,
    exportedAt: summary.exportedAt,
    checkValue: summary.checkValue,
  };
  const rows: Cell[][] = [
    row([SUMMARY_FORMAT, summary.version, 'Trang này để Phòng GD&ĐT đọc bằng máy: xin đừng sửa.']),
    [],
    row([BLOCK.school]),
    ...SCHOOL_FIELDS.filter(([key]) => !OPTIONAL_FIELDS.has(key) || fieldValue[key] !== null).map(
      ([key, label]) => row([label, fieldValue[key]]),
    ),
    [],
    row([BLOCK.titles, ...TITLE_COLUMNS]),
    ...summary.titles.map((t) =>
      row([null, t.titleId, t.registered, t.eligible, t.approved, orNull(t.target)]),
    ),
    [],
    row([BLOCK.proposals, ...PROPOSAL_COLUMNS]),
    ...summary.proposals.map((p) =>
      row([
        null,
        p.titleId,
        p.code,
        p.fullName,
        orNull(p.birthDate),
        p.position,
        p.teamName,
        orNull(p.agree),
        orNull(p.base),
        orNull(p.score),
        orNull(p.memberCount),
      ]),
    ),
    [],
    row([BLOCK.caps, ...CAP_COLUMNS]),
    ...summary.caps.map((c) => row([null, c.titleId, c.ofTitleId, c.percent, c.source])),
    [],
    row([BLOCK.results, ...RESULT_COLUMNS]),
    ...summary.results.map((r) =>
      row([null, r.code, r.fullName, r.teamName, r.yearTotal, r.band, r.rankOverall]),
    ),
  ];
  return {
    name: sheetName,
    cells: rows,
    columnWidths: [90, 120, 110, 160, 90, 110, 110, 60, 60, 60, 60],
    styles: [{ range: 'A1:K1', style: { bold: true } }],
    tabColor: '#808080',
    // Not a paper, but printed it must still come out on the A4 every Vietnamese office uses.
    pageSetup: A4_LANDSCAPE,
  };
}

/** Whether a sheet's grid is a Thi Đua summary (of any version). */
export function isSummaryGrid(values: CellValue[][]): boolean {
  return values[0]?.[0] === SUMMARY_FORMAT;
}

export type SummaryRead = { summary: SignedSummary } | { problem: string };

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : String(value);
const optionalText = (value: CellValue | undefined): string | undefined => text(value) || undefined;
const optionalNumber = (value: CellValue | undefined): number | undefined =>
  typeof value === 'number' ? value : undefined;

class SummaryFormatError extends Error {}

function numberAt(value: CellValue | undefined, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SummaryFormatError(`ô ${where} phải là một số, đang là "${text(value)}"`);
  }
  return value;
}

function titleOf(value: CellValue | undefined, where: string): TitleId {
  const id = text(value);
  if (!isTitleId(id)) throw new SummaryFormatError(`ô ${where} không phải mã danh hiệu ("${id}")`);
  return id;
}

/** Rows of one block: from the row after its marker to the first blank row. */
function blockRows(values: CellValue[][], marker: string): { row: CellValue[]; index: number }[] {
  const start = values.findIndex((r) => r[0] === marker);
  if (start < 0) throw new SummaryFormatError(`thiếu phần ${marker}`);
  const out: { row: CellValue[]; index: number }[] = [];
  for (let i = start + 1; i < values.length; i++) {
    const r = values[i] ?? [];
    if (r.every((v) => v === null || v === '')) break;
    out.push({ row: r, index: i });
  }
  return out;
}

const cellName = (rowIndex: number, column: number): string => cellAddress(rowIndex, column);

function readBody(values: CellValue[][]): SignedSummary {
  const fields = new Map(blockRows(values, BLOCK.school).map(({ row: r }) => [text(r[0]), r[1]]));
  const field = (key: (typeof SCHOOL_FIELDS)[number][0]) =>
    fields.get(SCHOOL_FIELDS.find(([k]) => k === key)?.[1] ?? '');
  const titles = blockRows(values, BLOCK.titles).map(({ row: r, index }): SummaryTitleCounts => ({
    titleId: titleOf(r[1], cellName(index, 1)),
    registered: numberAt(r[2], cellName(index, 2)),
    eligible: numberAt(r[3], cellName(index, 3)),
    approved: numberAt(r[4], cellName(index, 4)),
    ...(optionalNumber(r[5]) !== undefined ? { target: optionalNumber(r[5]) } : {}),
  }));
  const proposals = blockRows(values, BLOCK.proposals).map(({ row: r, index }): SummaryProposal => {
    const proposal: SummaryProposal = {
      titleId: titleOf(r[1], cellName(index, 1)),
      code: text(r[2]),
      fullName: text(r[3]),
      position: text(r[5]),
      teamName: text(r[6]),
    };
    const birthDate = optionalText(r[4]);
    if (birthDate) proposal.birthDate = birthDate;
    const [agree, base, score] = [optionalNumber(r[7]), optionalNumber(r[8]), optionalNumber(r[9])];
    const memberCount = optionalNumber(r[10]);
    if (memberCount !== undefined) proposal.memberCount = memberCount;
    if (agree !== undefined) proposal.agree = agree;
    if (base !== undefined) proposal.base = base;
    if (score !== undefined) proposal.score = score;
    return proposal;
  });
  const caps = blockRows(values, BLOCK.caps).map(({ row: r, index }): SummaryCap => ({
    titleId: titleOf(r[1], cellName(index, 1)),
    ofTitleId: titleOf(r[2], cellName(index, 2)),
    percent: numberAt(r[3], cellName(index, 3)),
    source: text(r[4]),
  }));
  const results = blockRows(values, BLOCK.results).map(({ row: r, index }): SummaryResult => ({
    code: text(r[1]),
    fullName: text(r[2]),
    teamName: text(r[3]),
    yearTotal: numberAt(r[4], cellName(index, 4)),
    band: text(r[5]),
    rankOverall: numberAt(r[6], cellName(index, 6)),
  }));
  const identity = {
    ...(optionalText(field('code')) ? { code: text(field('code')) } : {}),
    ...(optionalText(field('level')) ? { level: text(field('level')) } : {}),
    ...(optionalText(field('clusterId')) ? { clusterId: text(field('clusterId')) } : {}),
    ...(optionalText(field('clusterName')) ? { clusterName: text(field('clusterName')) } : {}),
  };
  const targetsProfile = optionalText(field('targetsProfile'));
  const votesProfile = optionalText(field('votesProfile'));
  return {
    format: SUMMARY_FORMAT,
    version: numberAt(values[0]?.[1], 'B1'),
    school: {
      name: text(field('name')),
      parentBody: text(field('parentBody')),
      place: text(field('place')),
      schoolYear: text(field('schoolYear')),
      staffCount: numberAt(field('staffCount'), 'Số cán bộ'),
      teamCount: numberAt(field('teamCount'), 'Số tổ'),
      ...identity,
    },
    profiles: {
      ...(targetsProfile ? { targets: targetsProfile } : {}),
      ...(votesProfile ? { votes: votesProfile } : {}),
    },
    caps,
    exportedAt: text(field('exportedAt')),
    titles,
    proposals,
    results,
    checkValue: text(field('checkValue')),
  };
}

/** The summary on that grid, or a Vietnamese reason (another format, a newer version, a broken cell). */
export function readSummarySheet(values: CellValue[][]): SummaryRead {
  if (!isSummaryGrid(values)) return { problem: 'không có trang "Tóm tắt" của Thi Đua.' };
  const version = values[0]?.[1];
  if (typeof version !== 'number' || version > SUMMARY_VERSION) {
    return {
      problem: `trang "Tóm tắt" theo định dạng phiên bản ${text(version)}, mới hơn phiên bản ${SUMMARY_VERSION} mà bản Thi Đua này đọc được: hãy cập nhật Thi Đua.`,
    };
  }
  try {
    return { summary: readBody(values) };
  } catch (error) {
    if (error instanceof SummaryFormatError) return { problem: `trang "Tóm tắt" hỏng: ${error.message}.` };
    throw error;
  }
}
