/**
 * The whole workbook of a school: the scoring sheets with "Quy chế" (carrying the vote and target
 * settings too), then the targets' sheets, then the vote's. One builder for the add-in and the CLI, so
 * both write the same workbook.
 */
import { evaluateCase, type SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import type { WorkbookSpec } from '../grid';
import type { QuyCheSection } from '../quy-che';
import { buildScoringWorkbook, type ScoringWorkbookMap } from '../scoring';
import { targetSettingsSection } from '../targets';
import { voteSettingsSection } from '../votes';
import { FreeSheetNames } from '../sheet-namer';
import { buildTargetsPart, type TargetsPart } from './targets-part';
import { buildVotesPart, type VotesPart } from './votes-part';

export interface CaseWorkbookOptions {
  /** Sheets the workbook already has: none is overwritten, ours get free names. */
  existingSheetNames?: string[];
  /** Workbook names already defined. */
  existingNames?: string[];
}

export interface CaseWorkbook {
  spec: WorkbookSpec;
  scoring: ScoringWorkbookMap;
  targets?: TargetsPart;
  votes?: VotesPart;
  issues: DomainIssue[];
}

export function buildCaseWorkbook(schoolCase: SchoolCase, options: CaseWorkbookOptions = {}): CaseWorkbook {
  const { roster } = schoolCase;
  const results = evaluateCase(schoolCase);
  const extraSections: QuyCheSection[] = [];
  if (schoolCase.targets) extraSections.push(targetSettingsSection(schoolCase.targets.profile));
  if (schoolCase.votes)
    extraSections.push(voteSettingsSection(schoolCase.votes.profile, schoolCase.votes.meeting));

  const scoring = buildScoringWorkbook(roster, schoolCase.scoring.config, schoolCase.scoring.inputs, {
    existingSheetNames: options.existingSheetNames,
    existingNames: options.existingNames,
    extraQuyCheSections: extraSections,
  });
  const namer = new FreeSheetNames(options.existingSheetNames ?? []);
  namer.reserve(scoring.spec.sheets.map((s) => s.name));

  const targets = schoolCase.targets
    ? buildTargetsPart(roster, schoolCase.targets, results.targets, namer)
    : undefined;
  const votes = schoolCase.votes ? buildVotesPart(roster.info, schoolCase.votes, namer) : undefined;

  return {
    spec: {
      sheets: [...scoring.spec.sheets, ...(targets?.sheets ?? []), ...(votes?.sheets ?? [])],
      names: scoring.spec.names,
    },
    scoring: scoring.map,
    targets,
    votes,
    issues: results.issues,
  };
}
