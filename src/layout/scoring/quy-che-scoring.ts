/**
 * What scoring puts on "Quy chế": the school, the total and the levels as key/value settings, and the
 * rounds and bands as tables whose columns carry the workbook names the summary formulas use.
 */
import { LEVEL_LABELS } from '../../domain/scoring/describe';
import { orderedLevels } from '../../domain/scoring/criteria';
import type { ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { isoToExcelSerial } from '../../domain/text';
import type { CellValue } from '../grid';
import type { QuyCheBlock } from '../quy-che/build';
import type { QuyCheSection } from '../quy-che/entries';
import type { WorkbookNames } from './names';

export const DATE_FORMAT = 'dd/mm/yyyy';
export const REQUIRES_FLOORS_YES = 'Có';
export const REQUIRES_FLOORS_NO = 'Không';

export const QUY_CHE_KEYS = {
  schoolName: 'school.name',
  schoolYear: 'school.schoolYear',
  parentBody: 'school.parentBody',
  place: 'school.place',
  yearStart: 'school.yearStart',
  yearEnd: 'school.yearEnd',
  principal: 'school.principalName',
  totalPoints: 'scoring.totalPoints',
  levels: 'scoring.levels',
  rule: 'scoring.finalScoreRule',
  missing: 'scoring.missingRule',
} as const;

export const ROUNDS_TABLE = 'scoring.rounds';
export const BANDS_TABLE = 'scoring.bands';

/** A date cell: the Excel serial when the ISO date is valid, the text as typed otherwise. */
export function dateValue(iso: string | undefined): CellValue {
  if (!iso) return null;
  return isoToExcelSerial(iso) ?? iso;
}

function schoolSection(roster: SchoolRoster): QuyCheSection {
  const { info } = roster;
  return {
    title: 'Thông tin trường',
    entries: [
      { key: QUY_CHE_KEYS.schoolName, label: 'Tên trường', value: info.name },
      { key: QUY_CHE_KEYS.schoolYear, label: 'Năm học', value: info.schoolYear },
      { key: QUY_CHE_KEYS.parentBody, label: 'Cơ quan cấp trên', value: info.parentBody },
      { key: QUY_CHE_KEYS.place, label: 'Địa danh (ghi trên văn bản)', value: info.place },
      {
        key: QUY_CHE_KEYS.yearStart,
        label: 'Ngày bắt đầu năm học',
        value: dateValue(info.yearStart),
        numberFormat: DATE_FORMAT,
      },
      {
        key: QUY_CHE_KEYS.yearEnd,
        label: 'Ngày kết thúc năm học',
        value: dateValue(info.yearEnd),
        numberFormat: DATE_FORMAT,
      },
      { key: QUY_CHE_KEYS.principal, label: 'Hiệu trưởng', value: info.principalName ?? null },
    ],
  };
}

function scoringSection(config: ScoringConfig, names: WorkbookNames): QuyCheSection {
  return {
    title: 'Chấm điểm thi đua (bảng lượng hóa)',
    entries: [
      {
        key: QUY_CHE_KEYS.totalPoints,
        label: 'Tổng điểm của bảng',
        value: config.totalPoints,
        name: names.totalPoints,
        note: 'Tổng điểm của người có điểm tối đa các tiêu chí khác con số này được quy đổi về thang này (ví dụ 72/80 → 90).',
        validation: {
          kind: 'decimal',
          min: 0.01,
          errorMessage: 'Tổng điểm phải là số lớn hơn 0, thường là 100.',
          prompt: 'Tổng điểm của bảng lượng hóa, thường là 100.',
        },
      },
      {
        key: QUY_CHE_KEYS.levels,
        label: 'Các mức đánh giá',
        value: orderedLevels(config)
          .map((level) => LEVEL_LABELS[level])
          .join(', '),
        note: 'Mỗi tiêu chí có một cột cho mỗi mức trên trang chấm điểm của từng đợt.',
      },
      {
        key: QUY_CHE_KEYS.rule,
        label: 'Điểm cuối cùng của tiêu chí',
        value: 'Mức cao nhất đã nhập: hội đồng, rồi tổ, rồi tự đánh giá',
      },
      {
        key: QUY_CHE_KEYS.missing,
        label: 'Tiêu chí chưa chấm',
        value: 'Tính 0 điểm và được báo là còn thiếu',
        note: 'Tiêu chí trừ điểm cần nhập số lần vi phạm, kể cả 0; điểm thưởng để trống là không có thưởng.',
      },
    ],
  };
}

function roundsTable(config: ScoringConfig, names: WorkbookNames): QuyCheBlock {
  return {
    table: {
      key: ROUNDS_TABLE,
      title: 'Các đợt thi đua',
      columns: [
        { header: 'Mã đợt' },
        { header: 'Tên đợt' },
        { header: 'Từ ngày', numberFormat: DATE_FORMAT },
        { header: 'Đến ngày', numberFormat: DATE_FORMAT },
        {
          header: 'Trọng số',
          name: names.roundWeights,
          editable: true,
          validation: {
            kind: 'decimal',
            min: 0.01,
            errorMessage: 'Trọng số phải là số lớn hơn 0 (ví dụ 1 cho học kỳ I, 2 cho học kỳ II).',
          },
        },
        { header: 'Chấm theo tháng' },
      ],
      rows: config.rounds.map((round) => ({
        id: round.id,
        values: [
          round.id,
          round.label,
          dateValue(round.start),
          dateValue(round.end),
          round.weight,
          round.months ? round.months.map((month) => month.label).join(', ') : 'Không',
        ],
      })),
    },
  };
}

function bandsTable(config: ScoringConfig, names: WorkbookNames): QuyCheBlock {
  return {
    table: {
      key: BANDS_TABLE,
      title: 'Xếp loại (từ cao xuống thấp)',
      columns: [
        { header: 'Mã', name: names.bandIds },
        { header: 'Xếp loại' },
        {
          header: 'Điểm tối thiểu (từ … điểm)',
          name: names.bandMins,
          editable: true,
          validation: {
            kind: 'decimal',
            min: 0,
            errorMessage: 'Điểm tối thiểu phải là số từ 0 trở lên; các mức giảm dần từ trên xuống.',
          },
        },
        {
          header: 'Cần đạt điểm sàn mọi tiêu chí',
          name: names.bandRequiresFloors,
          editable: true,
          validation: {
            kind: 'list',
            list: [REQUIRES_FLOORS_YES, REQUIRES_FLOORS_NO],
            errorMessage: `Chọn "${REQUIRES_FLOORS_YES}" hoặc "${REQUIRES_FLOORS_NO}".`,
          },
        },
      ],
      rows: config.bands.map((band) => ({
        id: band.id,
        values: [
          band.id,
          band.label,
          band.min,
          band.requiresFloors ? REQUIRES_FLOORS_YES : REQUIRES_FLOORS_NO,
        ],
      })),
    },
  };
}

export function scoringQuyCheBlocks(
  roster: SchoolRoster,
  config: ScoringConfig,
  names: WorkbookNames,
): QuyCheBlock[] {
  return [
    { section: schoolSection(roster) },
    { section: scoringSection(config, names) },
    roundsTable(config, names),
    bandsTable(config, names),
  ];
}
