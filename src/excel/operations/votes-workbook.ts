/**
 * The sheets a change of the meeting setup rewrites: "Quy chế" (whose last section holds the vote settings)
 * and the three vote sheets, rebuilt from the case as read plus the new profile and meeting. The ballot log
 * is rebuilt from the replayed events, so every ballot already entered is written back. Pure: the write
 * itself is votes-save.ts.
 */
import type { CaseVotes } from '../../domain/case';
import { replay } from '../../domain/votes';
import { sheetRef } from '../../layout/a1';
import type { WorkbookSpec } from '../../layout/grid';
import { buildScoringWorkbook, type ScoringSheetNames } from '../../layout/scoring';
import { workbookNamesFrom } from '../../layout/scoring/names';
import { targetSettingsSection } from '../../layout/targets';
import { COUNT_SHEET, MINUTES_SHEET, BALLOT_LOG_SHEET, voteSettingsSection } from '../../layout/votes';
import { findSheet, FreeSheetNames, type ReadCaseResult } from '../../layout/workbook';
import { buildVotesPart, type VotesPart } from '../../layout/workbook/votes-part';

/**
 * Gives each vote sheet the name it already has in the workbook (or its newest "(2)" copy), and a free
 * name only to a sheet the workbook does not have yet.
 */
class ExistingVoteSheets extends FreeSheetNames {
  private readonly present: Record<string, never[]>;

  constructor(existing: readonly string[]) {
    super(existing);
    this.present = Object.fromEntries(existing.map((name) => [name, []]));
  }

  override take(base: string): string {
    return findSheet(this.present, base) ?? super.take(base);
  }
}

export interface MeetingSheets {
  spec: WorkbookSpec;
  votes: VotesPart;
}

/** The scoring sheets' names exactly as the workbook has them, so "Quy chế" records the same names. */
function scoringSheetNames(read: ReadCaseResult): ScoringSheetNames {
  const { sheets, scoreSheets } = read.scoring;
  return {
    quyChe: sheets.quyChe,
    staff: sheets.staff,
    criteria: sheets.criteria,
    periods: scoreSheets.map((sheet) => sheet.sheetName),
    yearSummary: sheets.yearSummary,
    teamSummary: sheets.teamSummary,
  };
}

/**
 * "Quy chế" and the vote sheets for `votes`, over the workbook `read` came from. Throws a Vietnamese
 * RangeError when an entered ballot would not survive the new setup (the caller checks first with
 * meetingChangeProblems; this is the last guard that no ballot is lost).
 */
export function buildMeetingSheets(
  read: ReadCaseResult,
  votes: CaseVotes,
  existingSheetNames: readonly string[],
): MeetingSheets {
  const replayed = replay(votes.events, votes.meeting);
  if (replayed.issues.length > 0) {
    throw new RangeError(
      `Không thể lưu thiết lập vì sẽ làm mất phiếu đã nhập: ${replayed.issues[0].message}`,
    );
  }
  const { roster, scoring, targets } = read.schoolCase;
  const names = workbookNamesFrom(read.scoring.names.totalPoints);
  const built = buildScoringWorkbook(roster, scoring.config, scoring.inputs, {
    sheetNames: scoringSheetNames(read),
    ...(names ? { workbookNames: names } : {}),
    extraQuyCheSections: [
      ...(targets ? [targetSettingsSection(targets.profile)] : []),
      voteSettingsSection(votes.profile, votes.meeting),
    ],
  });
  const quyCheName = read.scoring.sheets.quyChe;
  const quyChe = built.spec.sheets.find((sheet) => sheet.name === quyCheName);
  if (!quyChe) throw new RangeError(`Không dựng lại được trang "${quyCheName}".`);
  const prefix = `${sheetRef(quyCheName)}!`;
  const part = buildVotesPart(roster.info, votes, new ExistingVoteSheets(existingSheetNames));
  return {
    spec: {
      sheets: [quyChe, ...part.sheets],
      names: built.spec.names.filter((name) => name.reference.replace(/^=/, '').startsWith(prefix)),
    },
    votes: part,
  };
}

/** The vote sheets' base names, in the order buildVotesPart writes them. */
export const VOTE_SHEET_BASES = [BALLOT_LOG_SHEET, COUNT_SHEET, MINUTES_SHEET] as const;
