/**
 * "Tổng hợp tổ": per tổ (a row carrying its mã tổ as a value) the number of members, the mean of their
 * year totals and the tổ's rank. Members are counted by exact mã tổ, never by name, so no name or key
 * can act as a wildcard or an operator:
 *
 *   name     IFERROR(INDEX(Quy chế tổ names,MATCH($B4,Quy chế mã tổ,0))&"","")
 *   members  SUMPRODUCT(--EXACT(mã tổ column of "Tổng hợp năm",$B4))
 *   mean     IF(members>0,ROUND(SUMPRODUCT(--EXACT(mã tổ column,$B4),year totals)/members,2),"")
 *   rank     IF(members>0,COUNTIF(means,">"&mean)+1,"")      (a number as the criterion)
 */
import type { SchoolRoster } from '../../domain/school/types';
import { unitTermsOf } from '../../domain/school/units';
import { cellAddress, rangeAddress, sheetRef } from '../a1';
import type { SheetSpec } from '../grid';
import { keyCell, lookupByKey } from './key-lookup';
import type { ScoringWorkbookMap } from './map';
import type { TeamTable } from './staff-sheet';
import { Grid, landscape, TOTAL_FORMAT, headingStyles } from './sheet-kit';

export const TEAM_ROWS = { title: 0, subtitle: 1, header: 2, firstData: 3 } as const;
const COLUMNS = { index: 0, code: 1, name: 2, members: 3, mean: 4, rank: 5 } as const;

export function buildTeamSummarySheet(
  sheetName: string,
  roster: SchoolRoster,
  year: { sheetName: string; map: ScoringWorkbookMap['yearSummary'] },
  teamTable?: TeamTable,
): { sheet: SheetSpec; map: ScoringWorkbookMap['teamSummary'] } {
  const grid = new Grid();
  const first = TEAM_ROWS.firstData;
  const lastRow = Math.max(first, first + roster.teams.length - 1);
  const yearRows = Object.values(year.map.rows);
  const firstYear = yearRows.length > 0 ? Math.min(...yearRows) : 0;
  const lastYear = yearRows.length > 0 ? Math.max(...yearRows) : 0;
  const yearRef = sheetRef(year.sheetName);
  const teamRange = `${yearRef}!${rangeAddress(firstYear, year.map.columns.teamCode, lastYear, year.map.columns.teamCode, true)}`;
  const totals = `${yearRef}!${rangeAddress(firstYear, year.map.columns.yearTotal, lastYear, year.map.columns.yearTotal, true)}`;
  const means = rangeAddress(first, COLUMNS.mean, lastRow, COLUMNS.mean, true);

  const terms = unitTermsOf(roster);
  const group = terms.group;
  grid.value(
    TEAM_ROWS.title,
    0,
    `TỔNG HỢP THI ĐUA THEO ${group.toLocaleUpperCase('vi')} – NĂM HỌC ${roster.info.schoolYear}`,
  );
  grid.value(
    TEAM_ROWS.subtitle,
    0,
    `${roster.info.name}. Điểm của ${group} = trung bình điểm năm của ${group === 'tổ' ? 'các thành viên' : `các ${terms.unit} trong ${group}`}.`,
  );
  [
    'STT',
    terms.groupCodeHeading,
    terms.groupHeading,
    group === 'tổ' ? 'Số thành viên' : `Số ${terms.unit}`,
    'Điểm trung bình',
    'Xếp hạng',
  ].forEach((header, c) => grid.value(TEAM_ROWS.header, c, header));
  const rows: Record<string, number> = {};
  roster.teams.forEach((team, i) => {
    const row = first + i;
    rows[team.id] ??= row;
    const r = (c: number) => cellAddress(row, c);
    grid.value(row, COLUMNS.index, i + 1);
    grid.value(row, COLUMNS.code, team.id);
    const key = keyCell(row, COLUMNS.code);
    if (teamTable) {
      grid.formula(
        row,
        COLUMNS.name,
        lookupByKey(key, teamTable, teamTable.idCol, teamTable.nameCol, { text: true, blankIfMissing: true }),
      );
    } else grid.value(row, COLUMNS.name, team.name);
    if (yearRows.length === 0) {
      grid.value(row, COLUMNS.members, 0);
      grid.value(row, COLUMNS.mean, '');
      grid.value(row, COLUMNS.rank, '');
      return;
    }
    const isMember = `--EXACT(${teamRange},${key})`;
    grid.formula(row, COLUMNS.members, `SUMPRODUCT(${isMember})`);
    grid.formula(
      row,
      COLUMNS.mean,
      `IF(${r(COLUMNS.members)}>0,ROUND(SUMPRODUCT(${isMember},${totals})/${r(COLUMNS.members)},2),"")`,
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
      columns: {
        code: COLUMNS.code,
        name: COLUMNS.name,
        members: COLUMNS.members,
        mean: COLUMNS.mean,
        rank: COLUMNS.rank,
      },
    },
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths: [32, 56, 180, 80, 90, 70],
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
