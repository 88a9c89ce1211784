/**
 * "Tổng hợp tổ": per tổ the number of members, the mean of their year totals and the tổ's rank.
 *
 *   members  COUNTIF(tổ column of "Tổng hợp năm", tổ)
 *   mean     IF(members>0,ROUND(AVERAGEIF(tổ column,tổ,year totals),2),"")
 *   rank     IF(members>0,COUNTIF(means,">"&mean)+1,"")
 */
import type { SchoolRoster } from '../../domain/school/types';
import { cellAddress, rangeAddress, sheetRef } from '../a1';
import type { SheetSpec } from '../grid';
import type { ScoringWorkbookMap } from './map';
import { Grid, landscape, TOTAL_FORMAT, headingStyles } from './sheet-kit';

export const TEAM_ROWS = { title: 0, subtitle: 1, header: 2, firstData: 3 } as const;
const COLUMNS = { index: 0, name: 1, members: 2, mean: 3, rank: 4 } as const;

export function buildTeamSummarySheet(
  sheetName: string,
  roster: SchoolRoster,
  year: { sheetName: string; map: ScoringWorkbookMap['yearSummary'] },
): { sheet: SheetSpec; map: ScoringWorkbookMap['teamSummary'] } {
  const grid = new Grid();
  const first = TEAM_ROWS.firstData;
  const lastRow = Math.max(first, first + roster.teams.length - 1);
  const yearRows = Object.values(year.map.rows);
  const firstYear = yearRows.length > 0 ? Math.min(...yearRows) : 0;
  const lastYear = yearRows.length > 0 ? Math.max(...yearRows) : 0;
  const yearRef = sheetRef(year.sheetName);
  const teamRange = `${yearRef}!${rangeAddress(firstYear, year.map.columns.team, lastYear, year.map.columns.team, true)}`;
  const totals = `${yearRef}!${rangeAddress(firstYear, year.map.columns.yearTotal, lastYear, year.map.columns.yearTotal, true)}`;
  const means = rangeAddress(first, COLUMNS.mean, lastRow, COLUMNS.mean, true);

  grid.value(TEAM_ROWS.title, 0, `TỔNG HỢP THI ĐUA THEO TỔ – NĂM HỌC ${roster.info.schoolYear}`);
  grid.value(
    TEAM_ROWS.subtitle,
    0,
    `${roster.info.name}. Điểm của tổ = trung bình điểm năm của các thành viên.`,
  );
  ['STT', 'Tổ', 'Số thành viên', 'Điểm trung bình', 'Xếp hạng'].forEach((header, c) =>
    grid.value(TEAM_ROWS.header, c, header),
  );
  const rows: Record<string, number> = {};
  roster.teams.forEach((team, i) => {
    const row = first + i;
    rows[team.id] ??= row;
    const r = (c: number) => cellAddress(row, c);
    grid.value(row, COLUMNS.index, i + 1);
    grid.value(row, COLUMNS.name, team.name);
    if (yearRows.length === 0) {
      grid.value(row, COLUMNS.members, 0);
      grid.value(row, COLUMNS.mean, '');
      grid.value(row, COLUMNS.rank, '');
      return;
    }
    grid.formula(row, COLUMNS.members, `COUNTIF(${teamRange},${r(COLUMNS.name)})`);
    grid.formula(
      row,
      COLUMNS.mean,
      `IF(${r(COLUMNS.members)}>0,ROUND(AVERAGEIF(${teamRange},${r(COLUMNS.name)},${totals}),2),"")`,
    );
    grid.formula(
      row,
      COLUMNS.rank,
      `IF(${r(COLUMNS.members)}>0,COUNTIF(${means},">"&${r(COLUMNS.mean)})+1,"")`,
    );
  });
  return {
    map: {
      rows,
      columns: { name: COLUMNS.name, members: COLUMNS.members, mean: COLUMNS.mean, rank: COLUMNS.rank },
    },
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths: [32, 180, 80, 90, 70],
      styles: [
        ...headingStyles(rangeAddress(TEAM_ROWS.header, 0, TEAM_ROWS.header, COLUMNS.rank)),
        { range: rangeAddress(first, 0, lastRow, COLUMNS.rank), style: { borders: true } },
        {
          range: rangeAddress(first, COLUMNS.mean, lastRow, COLUMNS.mean),
          style: { numberFormat: TOTAL_FORMAT, bold: true },
        },
      ],
      freeze: { rows: first, columns: 0 },
      protect: true,
      pageSetup: landscape(`$${TEAM_ROWS.header + 1}:$${TEAM_ROWS.header + 1}`),
      tabColor: '#7030A0',
    },
  };
}
