/**
 * Writes the targets area of a workbook already built ("Chỉ tiêu", "Đăng ký" and the targets' rows on
 * "Quy chế") from the pane: made on a workbook built without them, or rewritten after the user added,
 * changed or removed a target or a registration. The scoring sheets are not touched: "Quy chế" is described
 * again with the sheet and workbook names the workbook already uses (read back from it), so every formula
 * that points at it keeps its meaning; only the targets' section is new or changed. Two syncs.
 */
import type { CaseTargets, SchoolCase } from '../../domain/case';
import { evaluateCase } from '../../domain/case';
import type { NamedRangeSpec, WorkbookSpec } from '../../layout/grid';
import type { QuyCheSection } from '../../layout/quy-che';
import { buildScoringWorkbook, type ScoringWorkbookMap } from '../../layout/scoring';
import { workbookNamesFrom, type ScoringSheetNames } from '../../layout/scoring/names';
import { parseNameReference, sameSheetName } from '../../layout/sheet-rules';
import { targetSettingsSection } from '../../layout/targets';
import { voteSettingsSection } from '../../layout/votes';
import { FreeSheetNames } from '../../layout/sheet-namer';
import { buildTargetsPart } from '../../layout/workbook/targets-part';
import { writeWorkbookSpec, type WriteWorkbookResult } from '../write-workbook';

/** Where the workbook's own sheets are, as read back from it (ReadCaseResult's parts). */
export interface KnownWorkbook {
  scoring: ScoringWorkbookMap;
  sheets: { targets?: string; registration?: string; ballotLog?: string };
}

function scoringSheetNames(map: ScoringWorkbookMap): ScoringSheetNames {
  return {
    quyChe: map.sheets.quyChe,
    staff: map.sheets.staff,
    criteria: map.sheets.criteria,
    periods: map.scoreSheets.map((sheet) => sheet.sheetName),
    yearSummary: map.sheets.yearSummary,
    teamSummary: map.sheets.teamSummary,
  };
}

/** The spec of "Quy chế" and the two targets' sheets, with the names that point into them. */
export function targetsAreaSpec(
  schoolCase: SchoolCase,
  targets: CaseTargets,
  known: KnownWorkbook,
  existingSheetNames: readonly string[],
): WorkbookSpec {
  const workbookNames = workbookNamesFrom(known.scoring.names.totalPoints);
  if (!workbookNames) {
    throw new Error(
      `Không nhận ra tên vùng "${known.scoring.names.totalPoints}" của sổ này nên chưa thể thêm chỉ tiêu. Hãy lập lại bảng ở mục Lập bảng (chọn "Kèm chỉ tiêu và đăng ký").`,
    );
  }
  const sections: QuyCheSection[] = [targetSettingsSection(targets.profile)];
  if (schoolCase.votes)
    sections.push(voteSettingsSection(schoolCase.votes.profile, schoolCase.votes.meeting));
  const scoring = buildScoringWorkbook(
    schoolCase.roster,
    schoolCase.scoring.config,
    schoolCase.scoring.inputs,
    {
      sheetNames: scoringSheetNames(known.scoring),
      workbookNames,
      extraQuyCheSections: sections,
    },
  );
  const quyChe = scoring.spec.sheets.find((sheet) => sheet.name === known.scoring.sheets.quyChe);
  if (!quyChe) throw new Error('buildScoringWorkbook did not build "Quy chế"');

  // Our own targets' sheets are free to take again; every other sheet of the workbook keeps its name.
  const ours = [known.sheets.targets, known.sheets.registration].filter((n): n is string => Boolean(n));
  const namer = new FreeSheetNames(existingSheetNames.filter((n) => !ours.some((o) => sameSheetName(o, n))));
  namer.reserve(scoring.spec.sheets.map((sheet) => sheet.name));
  const results = evaluateCase({ ...schoolCase, targets });
  const part = buildTargetsPart(schoolCase.roster, targets, results.targets, namer);

  const written = [quyChe, ...part.sheets];
  const names: NamedRangeSpec[] = scoring.spec.names.filter((name) => {
    const sheet = parseNameReference(name.reference)?.sheet;
    return sheet !== undefined && written.some((spec) => sameSheetName(spec.name, sheet));
  });
  return { sheets: written, names };
}

export async function writeTargetsArea(
  context: Excel.RequestContext,
  schoolCase: SchoolCase,
  targets: CaseTargets,
  known: KnownWorkbook,
): Promise<WriteWorkbookResult> {
  return writeWorkbookSpec(
    context,
    (existing) => targetsAreaSpec(schoolCase, targets, known, existing.sheetNames),
    // The three sheets are the add-in's own and hold only what was read back into `schoolCase`.
    { existingSheetPolicy: 'replaceIfAddinOwned' },
  );
}
