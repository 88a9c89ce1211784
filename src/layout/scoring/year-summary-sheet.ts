/**
 * "Tổng hợp năm": round totals linked from the scoring sheets, the weighted year total, the band (text and
 * colour), the rank overall and within the tổ, and whether the floors were met in every round.
 *
 * Each row carries its mã cán bộ as a value; everything else comes by that key, never by position:
 *
 *   name   IFERROR(INDEX('Danh sách'!names,MATCH($B5,'Danh sách'!codes,0))&"","")   (likewise tổ, role, mã tổ)
 *   round  INDEX('Đợt 1'!totals,MATCH($B5,'Đợt 1'!codes,0)), or ROUND(AVERAGE(month totals),2) for a
 *          monthly round; a person missing from a round sheet shows #N/A, never 0
 *   year   IF(SUM(weights)>0,ROUND(SUMPRODUCT(weights,round totals)/SUM(weights),2),0)
 *   band   IF(AND(year>=INDEX(mins,1),OR(INDEX(needsFloors,1)<>"Có",floors="Đạt")),INDEX(ids,1),IF(…,INDEX(ids,n)))
 *   rank   COUNTIF(years,">"&year)+1           (ties share a rank: 1, 2, 2, 4)
 *   in tổ  IF(mã tổ="","",COUNTIFS(mã tổ column,mã tổ,years,">"&year)+1)
 *
 * The tổ criterion is the mã tổ (a key of letters, digits, . _ -), never the tổ's name: a name such as
 * "Tổ *" would be read as a wildcard. Every formula refers to its own row, so sorting the sheet is harmless.
 *
 * A Phòng's workbook of schools (issue 13) says trường, cụm, cấp học, and adds the rank within the cấp học:
 *
 *   in cấp học  IF(OR(mã cấp học="",year=""),"",COUNTIFS(mã cấp học column,mã cấp học,years,">"&year)+1)
 *
 * counted by a "Mã cấp học" column (a value written with the sheet, a key as safe as a mã tổ), never by the
 * cấp học's name. A school's cấp học also decides which criteria its round sheets carry, so a change of
 * cấp học on the list means building the workbook again, which rewrites that column too.
 */
import type { ScoringConfig } from '../../domain/scoring/types';
import type { SchoolRoster } from '../../domain/school/types';
import { unitKindOf, unitTermsOf } from '../../domain/school/units';
import { cellAddress, rangeAddress } from '../a1';
import type { ConditionalFormatSpec, SheetSpec } from '../grid';
import { FLOORS_MET, FLOORS_NOT_MET } from './map';
import type { ScoreSheetMap, ScoringWorkbookMap } from './map';
import type { WorkbookNames } from './names';
import { REQUIRES_FLOORS_YES } from './quy-che-scoring';
import { keyCell, lookupByKey } from './key-lookup';
import type { ColumnRange } from './key-lookup';
import { SCORE_FIXED_COLUMNS, SCORE_ROWS } from './score-sheet';
import { Grid, landscape, TOTAL_FORMAT, headingStyles } from './sheet-kit';

export const YEAR_ROWS = { title: 0, subtitle: 1, header: 2, weights: 3, firstData: 4 } as const;

/** What the status column shows (domain ScoringStatus): blank when every period is scored. */
export const STATUS_TEXT = { unscored: 'Chưa chấm', partial: 'Tạm tính', complete: '' } as const;

export interface YearSummaryRequest {
  sheetName: string;
  roster: SchoolRoster;
  config: ScoringConfig;
  scoreSheets: ScoreSheetMap[];
  names: WorkbookNames;
  /** The data rows of "Danh sách". */
  staff: ColumnRange;
  staffColumns: { code: number; name: number; team: number; role: number; teamCode: number };
}

/**
 * First column of the round totals; then a "scored" flag per round, the year's figures, a band per round.
 * A workbook of schools has its "Mã cấp học" where a staff workbook starts its rounds, and one more figure.
 */
const ROUND_START = 6;

/**
 * Where everything is on "Tổng hợp năm", without building a cell: the columns and each person's row.
 * buildYearSummarySheet lays its cells out by this very map; readers that only need the map call it alone.
 */
export function yearSummaryMap(
  request: Pick<YearSummaryRequest, 'roster' | 'config'>,
): ScoringWorkbookMap['yearSummary'] {
  const { roster, config } = request;
  const schools = unitKindOf(roster) === 'school';
  const extra = schools ? 1 : 0;
  const roundStart = ROUND_START + extra;
  const roundColumns: Record<string, number> = {};
  config.rounds.forEach((round, i) => (roundColumns[round.id] ??= roundStart + i));
  const roundCount = config.rounds.length;
  // After the round totals, one "scored" flag (1 or 0) per round: the year counts scored rounds only.
  const scoredStart = roundStart + roundCount;
  const roundScored: Record<string, number> = {};
  config.rounds.forEach((round, i) => (roundScored[round.id] ??= scoredStart + i));
  const after = scoredStart + roundCount;
  const roundBands: Record<string, number> = {};
  config.rounds.forEach((round, i) => (roundBands[round.id] ??= after + 7 + extra + i));
  const columns: ScoringWorkbookMap['yearSummary']['columns'] = {
    code: SCORE_FIXED_COLUMNS.code,
    name: SCORE_FIXED_COLUMNS.name,
    team: SCORE_FIXED_COLUMNS.team,
    role: SCORE_FIXED_COLUMNS.role,
    teamCode: 5,
    rounds: roundColumns,
    roundScored,
    yearTotal: after,
    band: after + 1,
    rankOverall: after + 2,
    rankInTeam: after + 3,
    ...(schools ? { rankInRole: after + 4, roleCode: ROUND_START } : {}),
    floorsMet: after + 4 + extra,
    missing: after + 5 + extra,
    status: after + 6 + extra,
    // Last, so the columns before keep their places: the band of each round (issue 11).
    roundBands,
  };
  const rows: Record<string, number> = {};
  roster.staff.forEach((person, i) => (rows[person.id] = YEAR_ROWS.firstData + i));
  return { rows, weightRow: YEAR_ROWS.weights, columns };
}

export function buildYearSummarySheet(request: YearSummaryRequest): {
  sheet: SheetSpec;
  map: ScoringWorkbookMap['yearSummary'];
} {
  const { roster, config, scoreSheets, names } = request;
  const grid = new Grid();
  const map = yearSummaryMap(request);
  const { columns } = map;
  const roundCount = config.rounds.length;
  const terms = unitTermsOf(roster);
  const schools = unitKindOf(roster) === 'school';
  const roundStart = columns.yearTotal - 2 * roundCount;
  const scoredStart = roundStart + roundCount;
  const after = columns.yearTotal;
  const bandsStart = columns.status + 1;
  const lastCol = columns.status + roundCount;
  const first = YEAR_ROWS.firstData;
  const people = roster.staff;
  const lastRow = Math.max(first, first + people.length - 1);
  const lastPersonRow = SCORE_ROWS.firstData + Math.max(0, people.length - 1);
  const scoreRange = (sheet: ScoreSheetMap): ColumnRange => ({
    sheet: sheet.sheetName,
    firstRow: SCORE_ROWS.firstData,
    lastRow: lastPersonRow,
  });

  grid.value(
    YEAR_ROWS.title,
    0,
    `TỔNG HỢP ĐIỂM THI ĐUA ${schools ? 'CÁC TRƯỜNG ' : ''}NĂM HỌC ${roster.info.schoolYear}`,
  );
  grid.value(
    YEAR_ROWS.subtitle,
    0,
    `${roster.info.name}. Điểm năm = trung bình có trọng số các đợt đã chấm ("Tạm tính" khi còn đợt chưa chấm); xếp loại và trọng số theo trang Quy chế.`,
  );
  const headers: [number, string][] = [
    [0, 'STT'],
    [columns.code, terms.codeHeading],
    [columns.name, terms.nameHeading],
    [columns.team, terms.groupHeading],
    [columns.role, terms.roleHeading],
    [columns.teamCode, terms.groupCodeHeading],
    ...(columns.roleCode === undefined ? [] : [[columns.roleCode, 'Mã cấp học'] as [number, string]]),
    [columns.yearTotal, 'Điểm năm'],
    [columns.band, 'Xếp loại'],
    [columns.rankOverall, 'Hạng chung'],
    [columns.rankInTeam, `Hạng trong ${terms.group}`],
    ...(columns.rankInRole === undefined
      ? []
      : [[columns.rankInRole, 'Hạng trong cấp học'] as [number, string]]),
    [columns.floorsMet, 'Điểm sàn'],
    [columns.missing, 'Số tiêu chí chưa chấm'],
    [columns.status, 'Tình trạng'],
  ];
  for (const [c, header] of headers) grid.value(YEAR_ROWS.header, c, header);
  grid.value(YEAR_ROWS.weights, SCORE_FIXED_COLUMNS.role, 'Trọng số');
  config.rounds.forEach((round, k) => {
    grid.value(YEAR_ROWS.header, roundStart + k, round.label);
    grid.value(YEAR_ROWS.header, scoredStart + k, `Đã chấm ${round.label}`);
    grid.value(YEAR_ROWS.header, bandsStart + k, `Xếp loại ${round.label}`);
    grid.formula(YEAR_ROWS.weights, roundStart + k, `INDEX(${names.roundWeights},${k + 1})`);
  });

  const weights =
    config.rounds.length > 0
      ? rangeAddress(YEAR_ROWS.weights, roundStart, YEAR_ROWS.weights, scoredStart - 1, true)
      : undefined;
  const years = rangeAddress(first, columns.yearTotal, lastRow, columns.yearTotal, true);
  const teams = rangeAddress(first, columns.teamCode, lastRow, columns.teamCode, true);
  const roleCodes =
    columns.roleCode === undefined
      ? undefined
      : rangeAddress(first, columns.roleCode, lastRow, columns.roleCode, true);
  const sheetsByRound = new Map<string, ScoreSheetMap[]>();
  for (const sheet of scoreSheets)
    sheetsByRound.set(sheet.roundId, [...(sheetsByRound.get(sheet.roundId) ?? []), sheet]);

  people.forEach((person, i) => {
    const row = first + i;
    const r = (c: number) => cellAddress(row, c);
    grid.value(row, 0, i + 1);
    grid.value(row, columns.code, person.id);
    const key = keyCell(row, columns.code);
    const staffCol = request.staffColumns;
    const shown = (col: number) =>
      lookupByKey(key, request.staff, staffCol.code, col, { text: true, blankIfMissing: true });
    grid.formula(row, columns.name, shown(staffCol.name));
    grid.formula(row, columns.team, shown(staffCol.team));
    grid.formula(row, columns.role, shown(staffCol.role));
    grid.formula(row, columns.teamCode, shown(staffCol.teamCode));
    if (columns.roleCode !== undefined) grid.value(row, columns.roleCode, person.roleId);
    const onSheet = (sheet: ScoreSheetMap, col: number) =>
      lookupByKey(key, scoreRange(sheet), SCORE_FIXED_COLUMNS.code, col);
    const totalRef = (sheet: ScoreSheetMap) => onSheet(sheet, sheet.columns.total);
    // A period is scored once one criterion is (issue 11, "partial results").
    const isScored = (sheet: ScoreSheetMap) => `(${onSheet(sheet, sheet.columns.scoredCount)}>0)`;
    // As a number: Excel never equates TRUE with 1 unless arithmetic turns it into one.
    const scoredNumber = (sheet: ScoreSheetMap) => `--${isScored(sheet)}`;
    config.rounds.forEach((round, k) => {
      const sheets = sheetsByRound.get(round.id) ?? [];
      const c = roundStart + k;
      const flag = scoredStart + k;
      if (sheets.length === 0) {
        grid.value(row, c, 0);
        grid.value(row, flag, 0);
      } else if (!round.months) {
        grid.formula(row, c, totalRef(sheets[0]));
        grid.formula(row, flag, `IF(${isScored(sheets[0])},1,0)`);
      } else {
        // The mean of the scored months only; 0 when none is scored.
        const scored = sheets.map(scoredNumber).join('+');
        const sum = sheets.map((sheet) => `IF(${isScored(sheet)},${totalRef(sheet)},0)`).join('+');
        grid.formula(row, c, `IF(${scored}=0,0,ROUND((${sum})/(${scored}),2))`);
        grid.formula(row, flag, `IF(${scored}>0,1,0)`);
      }
    });
    const year = r(columns.yearTotal);
    const blankYear = `${year}=""`;
    const scoredPeriods = scoreSheets.length > 0 ? `(${scoreSheets.map(scoredNumber).join('+')})` : '0';
    if (weights) {
      const totals = rangeAddress(row, roundStart, row, scoredStart - 1);
      const flags = rangeAddress(row, scoredStart, row, after - 1);
      // Weighted mean of the scored rounds; blank before any score.
      grid.formula(
        row,
        columns.yearTotal,
        `IF(SUMPRODUCT(${weights},${flags})>0,ROUND(SUMPRODUCT(${weights},${totals},${flags})/SUMPRODUCT(${weights},${flags}),2),IF(SUM(${flags})>0,0,""))`,
      );
    } else {
      grid.value(row, columns.yearTotal, '');
    }
    grid.formula(
      row,
      columns.status,
      `IF(${scoredPeriods}=0,"${STATUS_TEXT.unscored}",IF(${scoredPeriods}<${scoreSheets.length},"${STATUS_TEXT.partial}","${STATUS_TEXT.complete}"))`,
    );
    const floors = r(columns.floorsMet);
    const bands = config.bands;
    // The band of a total, given whether its floors were met (a formula that yields TRUE or FALSE).
    const bandOf = (total: string, floorsMet: string) => {
      let band = `INDEX(${names.bandIds},${bands.length})`;
      for (let k = bands.length - 1; k >= 1; k--) {
        band =
          `IF(AND(${total}>=INDEX(${names.bandMins},${k}),OR(INDEX(${names.bandRequiresFloors},${k})<>"${REQUIRES_FLOORS_YES}",` +
          `${floorsMet})),INDEX(${names.bandIds},${k}),${band})`;
      }
      return band;
    };
    if (bands.length > 0) {
      grid.formula(row, columns.band, `IF(${blankYear},"",${bandOf(year, `${floors}="${FLOORS_MET}"`)})`);
    }
    config.rounds.forEach((round, k) => {
      const c = bandsStart + k;
      const sheets = sheetsByRound.get(round.id) ?? [];
      if (bands.length === 0 || sheets.length === 0) {
        grid.value(row, c, '');
        return;
      }
      // Floors of the round's scored periods; blank until the round is scored.
      const roundFloors = `AND(${sheets
        .map(
          (sheet) => `OR(NOT${isScored(sheet)},${onSheet(sheet, sheet.columns.floorsMet)}="${FLOORS_MET}")`,
        )
        .join(',')})`;
      grid.formula(row, c, `IF(${r(scoredStart + k)}=0,"",${bandOf(r(roundStart + k), roundFloors)})`);
    });
    grid.formula(row, columns.rankOverall, `IF(${blankYear},"",COUNTIF(${years},">"&${year})+1)`);
    // A person without a tổ has no rank within one (COUNTIFS on "" differs between engines anyway).
    const team = r(columns.teamCode);
    grid.formula(
      row,
      columns.rankInTeam,
      `IF(OR(${team}="",${blankYear}),"",COUNTIFS(${teams},${team},${years},">"&${year})+1)`,
    );
    if (columns.rankInRole !== undefined && columns.roleCode !== undefined && roleCodes) {
      const role = r(columns.roleCode);
      grid.formula(
        row,
        columns.rankInRole,
        `IF(OR(${role}="",${blankYear}),"",COUNTIFS(${roleCodes},${role},${years},">"&${year})+1)`,
      );
    }
    // Floors of scored periods only.
    const flags = scoreSheets.map(
      (sheet) => `OR(NOT${isScored(sheet)},${onSheet(sheet, sheet.columns.floorsMet)}="${FLOORS_MET}")`,
    );
    if (flags.length > 0)
      grid.formula(row, columns.floorsMet, `IF(AND(${flags.join(',')}),"${FLOORS_MET}","${FLOORS_NOT_MET}")`);
    else grid.value(row, columns.floorsMet, FLOORS_MET);
    const missing = scoreSheets.map((sheet) => onSheet(sheet, sheet.columns.missing));
    if (missing.length > 0) grid.formula(row, columns.missing, `SUM(${missing.join(',')})`);
    else grid.value(row, columns.missing, 0);
  });

  const bandRange = rangeAddress(first, columns.band, lastRow, columns.band);
  const conditionalFormats: ConditionalFormatSpec[] = config.bands.map((band) => ({
    range: bandRange,
    equals: band.id,
    fill: band.fill,
    fontColor: band.fontColor,
  }));
  const widths = schools ? [32, 72, 220, 90, 110, 56, 64] : [32, 64, 160, 90, 100, 56];
  config.rounds.forEach(() => widths.push(62));
  config.rounds.forEach(() => widths.push(48));
  widths.push(...(schools ? [64, 72, 52, 56, 64, 60, 62, 72] : [64, 72, 52, 56, 60, 62, 72]));
  config.rounds.forEach(() => widths.push(72));
  return {
    map,
    sheet: {
      name: request.sheetName,
      cells: grid.cells,
      columnWidths: widths,
      styles: [
        ...headingStyles(rangeAddress(YEAR_ROWS.header, 0, YEAR_ROWS.weights, lastCol)),
        { range: rangeAddress(first, 0, lastRow, lastCol), style: { borders: true } },
        {
          range: rangeAddress(first, roundStart, lastRow, scoredStart - 1),
          style: { numberFormat: TOTAL_FORMAT },
        },
        {
          range: rangeAddress(first, columns.yearTotal, lastRow, columns.yearTotal),
          style: { numberFormat: TOTAL_FORMAT },
        },
        {
          range: rangeAddress(first, columns.yearTotal, lastRow, columns.band),
          style: { bold: true, horizontalAlignment: 'center' },
        },
      ],
      conditionalFormats,
      freeze: { rows: YEAR_ROWS.firstData, columns: SCORE_FIXED_COLUMNS.name + 1 },
      protect: true,
      pageSetup: landscape(`$${YEAR_ROWS.header + 1}:$${YEAR_ROWS.weights + 1}`),
      tabColor: '#7030A0',
    },
  };
}
