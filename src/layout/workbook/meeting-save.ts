/**
 * What saving the meeting setup changes: the vote section of "Quy chế" (a section patch: the rest of the
 * sheet, a user's notes included, stays) and the three vote sheets (owned sheets replaced), rebuilt from the
 * case as read plus the new profile and meeting. The ballot log is rebuilt from the replayed events, so every
 * ballot already entered is written back. Pure: the adapter probes, asks for this plan and executes it.
 */
import type { CaseVotes } from '../../domain/case';
import { replay } from '../../domain/votes';
import { sheetRef } from '../a1';
import type { WorkbookSpec } from '../grid';
import { readOwnership, roleMarkerNames, type WorkbookName } from '../owner-markers';
import { buildScoringWorkbook } from '../scoring';
import { workbookNamesFrom } from '../scoring/names';
import { PinnedSheetNames } from '../sheet-namer';
import { targetSettingsSection } from '../targets';
import { BALLOT_LOG_SHEET, COUNT_SHEET, MINUTES_SHEET, voteSettingsSection } from '../votes';
import { voteSheetRoles } from './build-case';
import { scoringSheetNames } from './in-place';
import { planSheets } from './sheet-plan';
import type { QuyCheSectionPatch } from './quy-che-section';
import type { ReadCaseResult } from './read-case';
import { buildVotesPart, type VotesPart } from './votes-part';

/** Keys of the vote settings on "Quy chế". */
export const VOTE_KEY_PREFIX = 'vote.';

export interface MeetingSavePlan {
  /** The vote sheets and their role markers, written over the sheets playing those roles. */
  spec: WorkbookSpec;
  quyChe: QuyCheSectionPatch;
  votes: VotesPart;
}

export interface WorkbookNow {
  sheetNames: readonly string[];
  names: readonly WorkbookName[];
}

/** Refuses a setup under which an entered ballot would no longer replay (the last guard before writing). */
function checkBallotsSurvive(votes: CaseVotes): void {
  const replayed = replay(votes.events, votes.meeting);
  if (replayed.issues.length > 0) {
    throw new RangeError(
      `Không thể lưu thiết lập vì sẽ làm mất phiếu đã nhập: ${replayed.issues[0].message}`,
    );
  }
}

/**
 * Vote sheets keep the sheet that plays their role now (by marker; in an older workbook, the newest "(2)"
 * copy of the usual name); only a missing one gets a free name.
 */
function voteSheetNamer(now: WorkbookNow): PinnedSheetNames {
  const plan = planSheets(now.sheetNames, now.names);
  const pinned = new Map<string, string>();
  for (const [base, role] of [
    [BALLOT_LOG_SHEET, 'ballotLog'],
    [COUNT_SHEET, 'count'],
    [MINUTES_SHEET, 'minutes'],
  ] as const) {
    const name = plan.find(role, base);
    if (name) pinned.set(base, name);
  }
  return new PinnedSheetNames(now.sheetNames, pinned);
}

export function planMeetingSave(read: ReadCaseResult, votes: CaseVotes, now: WorkbookNow): MeetingSavePlan {
  checkBallotsSurvive(votes);
  const { roles } = readOwnership(now.names, now.sheetNames);
  const part = buildVotesPart(read.schoolCase.roster.info, votes, voteSheetNamer(now));
  return {
    spec: { sheets: part.sheets, names: roleMarkerNames(new Map(voteSheetRoles(part))) },
    quyChe: {
      sheet: roles.get('quyChe') ?? read.scoring.sheets.quyChe,
      keyPrefix: VOTE_KEY_PREFIX,
      section: voteSettingsSection(votes.profile, votes.meeting),
    },
    votes: part,
  };
}

export interface MeetingSheets {
  spec: WorkbookSpec;
  votes: VotesPart;
}

/**
 * The whole "Quy chế" and the vote sheets for `votes`, as a replacement of whole sheets. Saving no longer
 * uses it (it rebuilds the scoring workbook to get one sheet, and loses a user's notes on "Quy chế"); kept
 * for the checks that compare a saved "Quy chế" with a freshly built one.
 */
export function buildMeetingSheets(
  read: ReadCaseResult,
  votes: CaseVotes,
  existingSheetNames: readonly string[],
): MeetingSheets {
  checkBallotsSurvive(votes);
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
  const part = buildVotesPart(
    roster.info,
    votes,
    voteSheetNamer({ sheetNames: existingSheetNames, names: [] }),
  );
  return {
    spec: {
      sheets: [quyChe, ...part.sheets],
      names: [
        ...built.spec.names.filter((name) => name.reference.replace(/^=/, '').startsWith(prefix)),
        ...roleMarkerNames(new Map([['quyChe', quyCheName]])),
      ],
    },
    votes: part,
  };
}
