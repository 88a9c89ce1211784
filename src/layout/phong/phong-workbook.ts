/**
 * Everything the Phòng's workbook holds: the data sheets (schools, totals, lists, checks) and the official
 * papers, with free sheet names. One builder for `thidua gather` and the Phòng panel.
 */
import type { DistrictGathering } from '../../domain/phong';
import type { WorkbookSpec } from '../grid';
import { FreeSheetNames } from '../sheet-namer';
import { buildDistrictPapers, type DistrictPaperSettings } from './district-papers';
import { buildDistrictWorkbook } from './district-workbook';

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values.filter(Boolean)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Settings not given fall back to what most schools wrote: the Phòng's name is their cơ quan cấp trên. */
export function districtPaperSettings(
  gathering: DistrictGathering,
  given: Partial<DistrictPaperSettings> = {},
): DistrictPaperSettings {
  const schools = gathering.schools.map((s) => s.summary.school);
  return {
    phongName: given.phongName ?? mostCommon(schools.map((s) => s.parentBody)) ?? '',
    parentBody: given.parentBody ?? '',
    place: given.place ?? mostCommon(schools.map((s) => s.place)) ?? '',
    recipient: given.recipient ?? given.parentBody ?? '',
    date: given.date ?? '',
    signerName: given.signerName ?? '',
  };
}

/** `existingSheetNames`: sheets the target workbook already has, never overwritten. */
export function buildPhongWorkbook(
  gathering: DistrictGathering,
  papers: DistrictPaperSettings,
  existingSheetNames: readonly string[] = [],
): WorkbookSpec {
  const names = new FreeSheetNames([...existingSheetNames]);
  const sheets = [
    ...buildDistrictWorkbook(gathering).sheets,
    ...buildDistrictPapers(gathering, papers).sheets,
  ].map((sheet) => ({ ...sheet, name: names.take(sheet.name) }));
  return { sheets, names: [] };
}
