/**
 * What scoring puts on "Quy chế": the school, the total and the levels as key/value settings, the rounds
 * and bands as tables whose columns carry the workbook names the summary formulas use, the months of
 * monthly rounds, the roles and tổ with their codes, and the names the sheets were given. With "Danh sách"
 * and "Tiêu chí" that is everything needed to read the workbook back (read-workbook.ts).
 */
import { orderedLevels } from '../../domain/scoring/criteria';
import type { ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { unitKindOf } from '../../domain/school/units';
import { isoToExcelSerial } from '../../domain/text';
import type { CellValue } from '../grid';
import type { QuyCheBlock } from '../quy-che/build';
import type { QuyCheSection } from '../quy-che/entries';
import { periodLabel, scoringPeriods } from './names';
import type { ScoringSheetNames, WorkbookNames } from './names';
import { levelLabelsOf, QUY_CHE_WORDS, UNIT_KIND_ENTRY, UNIT_KIND_TEXT } from './unit-words';

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
export const MONTHS_TABLE = 'scoring.months';
export const BANDS_TABLE = 'scoring.bands';
export const ROLES_TABLE = 'school.roles';
export const TEAMS_TABLE = 'school.teams';

/**
 * Table titles (column A): the reader finds each table by its title. These are a staff workbook's; a
 * workbook of schools titles its roles and groups tables in its own words (QUY_CHE_WORDS).
 */
export const TABLE_TITLES = {
  rounds: 'Các đợt thi đua',
  months: 'Các tháng của đợt chấm theo tháng',
  bands: 'Xếp loại (từ cao xuống thấp)',
  roles: QUY_CHE_WORDS.staff.rolesTitle,
  teams: QUY_CHE_WORDS.staff.teamsTitle,
} as const;

/** "Chấm theo tháng" of a round scored once. */
export const NOT_MONTHLY = 'Không';

/** Where the sheets are: the names chosen at build time ("Đợt 1 (2)" when "Đợt 1" was taken). */
export const SHEETS_SECTION_TITLE = 'Các trang tính của Thi Đua';
export const SHEET_KEYS = {
  staff: 'sheet.staff',
  criteria: 'sheet.criteria',
  yearSummary: 'sheet.yearSummary',
  teamSummary: 'sheet.teamSummary',
  /** The total-points workbook name; the other names share its suffix ("TD_TongDiem_2" → "_2"). */
  totalPointsName: 'sheet.totalPointsName',
} as const;

/**
 * Key of the n-th scored period's sheet (1-based, rounds then their months in order). Periods are numbered
 * rather than keyed by round id because ids need not fit a key ("Đợt 1", "hk1.t9").
 */
export function periodSheetKey(n: number): string {
  return `sheet.period.${n}`;
}

/** A date cell: the Excel serial when the ISO date is valid, the text as typed otherwise. */
export function dateValue(iso: string | undefined): CellValue {
  if (!iso) return null;
  return isoToExcelSerial(iso) ?? iso;
}

function schoolSection(roster: SchoolRoster): QuyCheSection {
  const { info } = roster;
  const words = QUY_CHE_WORDS[unitKindOf(roster)];
  return {
    title: words.infoTitle,
    entries: [
      { key: QUY_CHE_KEYS.schoolName, label: words.nameLabel, value: info.name },
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
      { key: QUY_CHE_KEYS.principal, label: words.headLabel, value: info.principalName ?? null },
    ],
  };
}

function scoringSection(roster: SchoolRoster, config: ScoringConfig, names: WorkbookNames): QuyCheSection {
  const kind = unitKindOf(roster);
  return {
    title: 'Chấm điểm thi đua (bảng lượng hóa)',
    entries: [
      // Only a workbook of schools says so: a staff workbook stays as every earlier one was.
      ...(kind === 'school'
        ? [
            {
              key: UNIT_KIND_ENTRY.key,
              label: UNIT_KIND_ENTRY.label,
              value: UNIT_KIND_TEXT.school,
              note: 'Sổ chấm điểm thi đua các trường: mỗi dòng là một trường, xếp hạng theo cấp học và theo cụm. Không sửa ô này.',
            },
          ]
        : []),
      {
        key: QUY_CHE_KEYS.totalPoints,
        label: 'Tổng điểm của bảng',
        value: config.totalPoints,
        name: names.totalPoints,
        note: `Tổng điểm của ${kind === 'school' ? 'trường' : 'người'} có điểm tối đa các tiêu chí khác con số này được quy đổi về thang này (ví dụ 72/80 → 90).`,
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
          .map((level) => levelLabelsOf(kind)[level])
          .join(', '),
        note: 'Mỗi tiêu chí có một cột cho mỗi mức trên trang chấm điểm của từng đợt.',
      },
      {
        key: QUY_CHE_KEYS.rule,
        label: 'Điểm cuối cùng của tiêu chí',
        value:
          kind === 'school'
            ? 'Mức cao nhất đã nhập: Phòng chấm, rồi cụm chấm, rồi trường tự chấm'
            : 'Mức cao nhất đã nhập: hội đồng, rồi tổ, rồi tự đánh giá',
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
      title: TABLE_TITLES.rounds,
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
          round.months ? round.months.map((month) => month.label).join(', ') : NOT_MONTHLY,
        ],
      })),
    },
  };
}

/** The codes of the months of monthly rounds; only written when a round is scored monthly. */
function monthsTable(config: ScoringConfig): QuyCheBlock[] {
  const rows = config.rounds.flatMap((round) =>
    (round.months ?? []).map((month) => ({
      id: `${round.id}/${month.id}`,
      values: [round.id, month.id, month.label],
    })),
  );
  if (rows.length === 0) return [];
  return [
    {
      table: {
        key: MONTHS_TABLE,
        title: TABLE_TITLES.months,
        columns: [{ header: 'Mã đợt' }, { header: 'Mã tháng' }, { header: 'Tên tháng' }],
        rows,
      },
    },
  ];
}

function rolesTable(roster: SchoolRoster): QuyCheBlock {
  const words = QUY_CHE_WORDS[unitKindOf(roster)];
  return {
    table: {
      key: ROLES_TABLE,
      title: words.rolesTitle,
      columns: [{ header: words.roleHeaders[0] }, { header: words.roleHeaders[1] }],
      rows: roster.roles.map((role) => ({ id: role.id, values: [role.id, role.label] })),
    },
  };
}

function teamsTable(roster: SchoolRoster): QuyCheBlock {
  const words = QUY_CHE_WORDS[unitKindOf(roster)];
  return {
    table: {
      key: TEAMS_TABLE,
      title: words.teamsTitle,
      columns: [{ header: words.teamHeaders[0] }, { header: words.teamHeaders[1] }],
      rows: roster.teams.map((team) => ({ id: team.id, values: [team.id, team.name] })),
    },
  };
}

function sheetsSection(
  roster: SchoolRoster,
  config: ScoringConfig,
  names: WorkbookNames,
  sheets: ScoringSheetNames,
): QuyCheSection {
  const note = 'Nếu đổi tên trang tính, hãy ghi tên mới vào đây để Thi Đua đọc được sổ.';
  const words = QUY_CHE_WORDS[unitKindOf(roster)];
  return {
    title: SHEETS_SECTION_TITLE,
    entries: [
      { key: SHEET_KEYS.staff, label: words.listSheetLabel, value: sheets.staff, note },
      { key: SHEET_KEYS.criteria, label: 'Tiêu chí chấm điểm', value: sheets.criteria, note },
      ...scoringPeriods(config).map(({ round, month }, i) => ({
        key: periodSheetKey(i + 1),
        label: `Chấm điểm ${periodLabel(round, month)}`,
        value: sheets.periods[i] ?? null,
        note: `Mã đợt ${round.id}${month ? `, mã tháng ${month.id}` : ''}. ${note}`,
      })),
      { key: SHEET_KEYS.yearSummary, label: 'Tổng hợp năm', value: sheets.yearSummary, note },
      { key: SHEET_KEYS.teamSummary, label: words.groupSheetLabel, value: sheets.teamSummary, note },
      {
        key: SHEET_KEYS.totalPointsName,
        label: 'Tên vùng "tổng điểm" dùng trong công thức',
        value: names.totalPoints,
        note: 'Các tên vùng khác của mẫu này có cùng phần đuôi. Không sửa ô này.',
      },
    ],
  };
}

function bandsTable(config: ScoringConfig, names: WorkbookNames): QuyCheBlock {
  return {
    table: {
      key: BANDS_TABLE,
      title: TABLE_TITLES.bands,
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
        // The colours of the band on "Tổng hợp năm" (conditional formats), kept so they read back.
        { header: 'Màu nền' },
        { header: 'Màu chữ' },
      ],
      rows: config.bands.map((band) => ({
        id: band.id,
        values: [
          band.id,
          band.label,
          band.min,
          band.requiresFloors ? REQUIRES_FLOORS_YES : REQUIRES_FLOORS_NO,
          band.fill,
          band.fontColor,
        ],
      })),
    },
  };
}

export function scoringQuyCheBlocks(
  roster: SchoolRoster,
  config: ScoringConfig,
  names: WorkbookNames,
  sheets: ScoringSheetNames,
): QuyCheBlock[] {
  return [
    { section: schoolSection(roster) },
    { section: scoringSection(roster, config, names) },
    roundsTable(config, names),
    ...monthsTable(config),
    bandsTable(config, names),
    rolesTable(roster),
    teamsTable(roster),
    { section: sheetsSection(roster, config, names, sheets) },
  ];
}
