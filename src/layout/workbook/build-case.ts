/**
 * The whole workbook of a school: the scoring sheets with "Quy chế" (carrying the vote and target
 * settings too), then the targets' sheets, then the vote's. One builder for the add-in and the CLI, so
 * both write the same workbook.
 */
import { evaluateCase, type SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { WorkbookSpec } from '../grid';
import { roleMarkerNames, type SheetRole } from '../owner-markers';
import type { QuyCheSection } from '../quy-che';
import { buildScoringWorkbook, type ScoringSheetNames, type ScoringWorkbookMap } from '../scoring';
import type { WorkbookNames } from '../scoring';
import { targetSettingsSection } from '../targets';
import { voteSettingsSection } from '../votes';
import { FreeSheetNames, PinnedSheetNames } from '../sheet-namer';
import { buildTargetsPart, type TargetsPart } from './targets-part';
import { buildVotesPart, type VotesPart } from './votes-part';
import { firstYearOf } from '../../domain/history';
import { buildHistorySheet, LICH_SU_SHEET, type HistoryLayout } from '../history';

export interface CaseWorkbookOptions {
  /** Sheets the workbook already has: none is overwritten, ours get free names. */
  existingSheetNames?: string[];
  /** Workbook names already defined. */
  existingNames?: string[];
  /**
   * Rebuilding a workbook in place: the sheet and workbook names it has now, instead of free ones. Targets'
   * and vote sheets are pinned by their usual name ("Chỉ tiêu" → the name the workbook gives that sheet).
   */
  inPlace?: {
    scoring: ScoringSheetNames;
    workbookNames?: WorkbookNames;
    others: ReadonlyMap<string, string>;
  };
}

export interface CaseWorkbook {
  /** The sheets, the formulas' workbook names, and a role marker for every sheet (see owner-markers). */
  spec: WorkbookSpec;
  scoring: ScoringWorkbookMap;
  targets?: TargetsPart;
  votes?: VotesPart;
  /** "Lịch sử", built when the case has a title history (a year made from the last one has one). */
  history?: HistoryLayout;
  issues: DomainIssue[];
}

export function buildCaseWorkbook(schoolCase: SchoolCase, options: CaseWorkbookOptions = {}): CaseWorkbook {
  const { roster } = schoolCase;
  const results = evaluateCase(schoolCase);
  const extraSections: QuyCheSection[] = [];
  if (schoolCase.targets) extraSections.push(targetSettingsSection(schoolCase.targets.profile));
  if (schoolCase.votes)
    extraSections.push(voteSettingsSection(schoolCase.votes.profile, schoolCase.votes.meeting));

  const { inPlace } = options;
  const scoring = buildScoringWorkbook(roster, schoolCase.scoring.config, schoolCase.scoring.inputs, {
    existingSheetNames: options.existingSheetNames,
    existingNames: options.existingNames,
    extraQuyCheSections: extraSections,
    ...(inPlace ? { sheetNames: inPlace.scoring } : {}),
    ...(inPlace?.workbookNames ? { workbookNames: inPlace.workbookNames } : {}),
  });
  const namer = inPlace
    ? new PinnedSheetNames(options.existingSheetNames ?? [], inPlace.others)
    : new FreeSheetNames(options.existingSheetNames ?? []);
  namer.reserve(scoring.spec.sheets.map((s) => s.name));

  const targets = schoolCase.targets
    ? buildTargetsPart(roster, schoolCase.targets, results.targets, namer)
    : undefined;
  const votes = schoolCase.votes ? buildVotesPart(roster.info, schoolCase.votes, namer) : undefined;
  const history = schoolCase.history
    ? buildHistorySheet({
        roster,
        history: schoolCase.history,
        currentYear: firstYearOf(roster.info),
        sheetName: namer.take(LICH_SU_SHEET),
      })
    : undefined;
  const roles = caseSheetRoles(scoring.map, targets, votes);
  if (history) roles.set('history', history.layout.sheet);

  return {
    spec: {
      sheets: [
        ...scoring.spec.sheets,
        ...(targets?.sheets ?? []),
        ...(votes?.sheets ?? []),
        ...(history ? [history.sheet] : []),
      ],
      names: [...scoring.spec.names, ...roleMarkerNames(roles)],
    },
    scoring: scoring.map,
    targets,
    votes,
    ...(history ? { history: history.layout } : {}),
    issues: results.issues,
  };
}

/** Which sheet of a built case plays which part: what its role markers record. */
export function caseSheetRoles(
  scoring: ScoringWorkbookMap,
  targets: TargetsPart | undefined,
  votes: VotesPart | undefined,
): Map<SheetRole, string> {
  const { sheets } = scoring;
  const roles = new Map<SheetRole, string>([
    ['quyChe', sheets.quyChe],
    ['staff', sheets.staff],
    ['criteria', sheets.criteria],
  ]);
  scoring.scoreSheets.forEach((sheet, i) => roles.set(`period.${i + 1}`, sheet.sheetName));
  roles.set('yearSummary', sheets.yearSummary);
  roles.set('teamSummary', sheets.teamSummary);
  if (targets) {
    roles.set('targets', targets.targetsLayout.sheet);
    roles.set('registration', targets.registration.sheet);
  }
  if (votes) for (const [role, sheet] of voteSheetRoles(votes)) roles.set(role, sheet);
  return roles;
}

/** The vote sheets' roles, in the order buildVotesPart writes them. */
export function voteSheetRoles(votes: VotesPart): [SheetRole, string][] {
  const [log, count, minutes] = votes.sheets.map((sheet) => sheet.name);
  return [
    ['ballotLog', log],
    ['count', count],
    ['minutes', minutes],
  ];
}
