/**
 * exportInputFromCase: the case as the workbook holds it, its evaluation and the export settings, turned
 * into what the export prints. The pane and `thidua export` both call this, so the papers are the same
 * whichever way they are made. It chooses nothing: lists are the council's decisions, counts are the
 * evaluation's, and whatever is missing is said in `incompleteness`.
 */
import type { CaseResults } from '../../domain/case';
import { clusterName } from '../../domain/votes';
import type { ExportInput } from '../export';
import type { ReadCaseResult } from '../workbook';
import { ballotCountMinutes } from './ballot-count';
import { incompleteness } from './incompleteness';
import { meetingMinutes } from './meeting';
import { proposalLists } from './proposals';
import { rosterLookup } from './roster-lookup';
import { localDateTime } from '../phong/school-file';
import { schoolSummaryFromCase } from './school-summary';
import { titleSummaries } from './summary';
import { defaultExportSettings } from './defaults';
import type { ExportSettings } from './types';
import { latestOutcomes } from './votes-lookup';
import { paperKindOf } from './paper-kind';
import { schoolsExportInput } from './schools';

/**
 * Settings left out fall back to the school's defaults (its cơ quan cấp trên, the principal); a missing
 * date stays blank, so the papers print "ngày … tháng … năm …" to fill by hand, and the notes say so.
 */
export function exportInputFromCase(
  read: ReadCaseResult,
  results: CaseResults,
  given: Partial<ExportSettings> = {},
  exportedAt: Date = new Date(),
): ExportInput {
  // A Phòng's workbook of schools prints its own report, not a school's papers (issue 13).
  if (paperKindOf(read.schoolCase) === 'phong') return schoolsExportInput(read, results, given);
  const { schoolCase } = read;
  const settings: ExportSettings = { ...defaultExportSettings(schoolCase, ''), ...given };
  const { info } = schoolCase.roster;
  const roster = rosterLookup(schoolCase.roster);
  const outcomes = latestOutcomes(results.votes);
  const passed = new Set([...outcomes].filter(([, o]) => o.tally.status === 'passed').map(([key]) => key));
  const voted = new Set((schoolCase.votes?.meeting.candidates ?? []).map((c) => c.titleId));
  const lists = proposalLists({ schoolCase, scoring: results.scoring, outcomes, roster, settings });
  const tally = schoolCase.votes ? results.votes : undefined;
  // A cụm thi đua's workbook: its name heads the papers as "Cụm thi đua …", the lists name each Đơn vị.
  const cluster = paperKindOf(schoolCase) === 'cluster';
  return {
    ...(cluster ? { cluster: true } : {}),
    school: {
      name: cluster ? clusterName(info.name) : info.name,
      parentBody: info.parentBody,
      place: info.place,
      schoolYear: info.schoolYear,
    },
    recipient: settings.recipient,
    signer: settings.signer,
    date: settings.date,
    ...(settings.documentNumbers ? { documentNumbers: settings.documentNumbers } : {}),
    ...(results.targets
      ? { summary: titleSummaries({ schoolCase, evaluation: results.targets, passed, voted, roster }) }
      : {}),
    individualProposals: lists.individual,
    collectiveProposals: lists.collective,
    ...(tally ? { meeting: meetingMinutes({ schoolCase, tally, outcomes, settings }) } : {}),
    ...(tally ? optionalBallotCount(ballotCountMinutes({ schoolCase, tally, roster, settings })) : {}),
    // The Phòng adds up schools' summaries; a cụm's lists are not one school's, so a cụm's export has none.
    ...(cluster
      ? {}
      : { machineSummary: schoolSummaryFromCase(schoolCase, results, localDateTime(exportedAt)) }),
    incompleteness: incompleteness({
      schoolCase,
      tally,
      // A cụm has no Chỉ tiêu and prints no "Tổng hợp kết quả": nothing to tell it to build.
      hasTargets: results.targets !== undefined || cluster,
      issues: [...read.issues, ...results.issues],
      settings,
    }),
  };
}

function optionalBallotCount(minutes: ExportInput['ballotCount']): Pick<ExportInput, 'ballotCount'> {
  return minutes ? { ballotCount: minutes } : {};
}
