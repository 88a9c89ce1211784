/**
 * Candidates added in any order: a cụm adds its schools for Cờ thi đua first, then a teacher for CSTĐCS. The
 * workbook lists them by title ("Quy chế", "Nhật ký phiếu"), so the meeting read back from it is in title
 * order; "Kiểm phiếu" must put each candidate on the same row either way, or the pane's check against the
 * log reads one school's figures as another's and reports mismatches that are not there.
 */
import { SEED_003_PROFILE, type Meeting } from '../../../src/domain/votes';
import { TITLE_IDS } from '../../../src/domain/titles';
import { ballotLogLayout, buildCountSheet, compareLogWithCounts } from '../../../src/layout/votes';
import { clusterBallots, clusterMeeting, MAI, TRUONG_A, TRUONG_B } from '../../domain/votes/cluster-fixtures';
import { MeetingRig } from './rig';

/** The meeting as the setup built it: schools first, the teacher last. */
const asAdded: Meeting = clusterMeeting({ candidates: [TRUONG_A, TRUONG_B, MAI] });
/** The same meeting read back from "Quy chế": by title. */
const asRead: Meeting = {
  ...asAdded,
  candidates: TITLE_IDS.flatMap((t) => asAdded.candidates.filter((c) => c.titleId === t)),
};

describe('"Kiểm phiếu" of candidates added out of title order', () => {
  it('puts each candidate on the same row as the meeting read back by title', () => {
    const rows = (meeting: Meeting) =>
      buildCountSheet(meeting, ballotLogLayout(meeting)).map.candidates.map((c) => `${c.key}@${c.row}`);
    expect(asRead.candidates.map((c) => c.id)).toEqual(['C_GV07', 'TH_A', 'TH_B']);
    expect(rows(asAdded)).toEqual(rows(asRead));
  });

  it('the check against the log, with the meeting read back, finds nothing out of place', () => {
    const rig = new MeetingRig(SEED_003_PROFILE, asAdded, 20);
    rig.applyAll(clusterBallots());
    const readMap = buildCountSheet(asRead, ballotLogLayout(asRead, { capacity: 20 })).map;
    const issues = compareLogWithCounts(
      rig.book.values(rig.log.sheetName),
      rig.book.values(rig.count.map.sheetName),
      readMap,
      SEED_003_PROFILE,
      asRead,
    );
    expect(issues.map((i) => i.message)).toEqual([]);
  });
});
