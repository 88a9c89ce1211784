/** The "Bảng điểm" panel's own strings, Vietnamese first; en has the same keys. */
import type { IssueSeverity } from '../../../domain/issues';
import type { AssessmentLevel } from '../../../domain/scoring';
import { UNIT_TERMS } from '../../../domain/school/units';

const vi = {
  title: 'Bảng điểm',
  loading: 'Đang đọc sổ làm việc…',
  emptyTitle: 'Chưa có bảng thi đua trong sổ này',
  emptyMessage:
    'Sổ đang mở chưa có trang "Quy chế" của Thi Đua nên chưa có gì để tính. Hãy lập bảng cho trường ở mục "Lập bảng" (hoặc mở sổ thi đua đã có), rồi quay lại đây.',
  goToTemplate: 'Đến mục "Lập bảng"',
  refresh: 'Tính lại',
  refreshing: 'Đang tính lại…',
  readAt: (time: string) => `Đã tính lúc ${time}.`,
  overview: (people: number, teams: number) => `${people} người, ${teams} tổ.`,
  missingTotal: (count: number, people: number) =>
    count === 0 ? 'Đã chấm đủ mọi tiêu chí.' : `Còn ${count} tiêu chí chưa chấm ở ${people} người.`,
  problemsTotal: (count: number) => (count === 0 ? 'Không có điểm sai.' : `${count} ô điểm cần kiểm tra.`),
  generalTitle: (count: number) => `Cần xử lý chung (${count})`,
  teamsTitle: 'Theo tổ',
  peopleTitle: (shown: number, total: number) =>
    shown === total ? `Từng người (${total})` : `Từng người (${shown}/${total})`,
  filterTeam: 'Tổ',
  allTeams: 'Tất cả các tổ',
  search: 'Tìm theo tên hoặc mã',
  searchHint: 'Gõ có dấu hoặc không dấu, ví dụ "nguyen thi ha".',
  onlyOpen: 'Chỉ người còn thiếu điểm hoặc có điểm sai',
  sort: 'Sắp xếp',
  sortRoster: 'Theo danh sách',
  sortRank: 'Theo xếp hạng',
  nobody: 'Không có ai khớp bộ lọc.',
  team: {
    name: 'Tổ',
    members: 'Số người',
    mean: 'Điểm TB',
    rank: 'Hạng',
    open: 'Thiếu / sai',
    showOnly: (name: string) => `Chỉ xem ${name}`,
    goTo: (name: string) => `Đến điểm trung bình của ${name}`,
    noMembers: '—',
  },
  person: {
    headline: (total: string, band: string, rank: number) => `${total} điểm · ${band} · hạng ${rank}`,
    provisional: 'tạm tính',
    provisionalHeadline: (total: string, band: string, rank: number) =>
      `${total} điểm (tạm tính) · ${band} (tạm tính) · hạng ${rank} (tạm tính)`,
    notYetScored: 'Chưa có điểm: chưa xếp loại, chưa xếp hạng.',
    noScore: 'chưa chấm',
    noBand: 'chưa xếp loại',
    missingBadge: (count: number) => `thiếu ${count}`,
    problemBadge: (count: number) => `${count} lỗi`,
    role: (role: string, team: string) => `${role}${team ? ` · ${team}` : ''}`,
    // A school's staff have no rank per role: `inRole` is said only in a Phòng's words (below).
    ranks: (overall: number, inTeam: number | null, team: string, _inRole: number | null, _role: string) =>
      inTeam === null
        ? `Hạng toàn trường: ${overall}.`
        : `Hạng toàn trường: ${overall}; hạng trong ${team}: ${inTeam}.`,
    floorsNotMet: 'Chưa đạt điểm sàn ở ít nhất một tiêu chí: không được xếp mức cần điểm sàn.',
    rounds: 'Điểm các đợt',
    year: 'Điểm năm',
    levelsUsed: 'Mức được dùng',
    levelUse: (level: string, count: number) => `${level}: ${count}`,
    notScored: 'Chưa chấm',
    missingTitle: (count: number) => `Chưa chấm (${count})`,
    missingItem: (period: string, id: string) => `${period} · tiêu chí ${id}`,
    missingGo: (period: string, id: string, label: string) =>
      `Đến ô chấm tiêu chí ${id} "${label}", ${period}`,
    problemsTitle: (count: number) => `Điểm cần kiểm tra (${count})`,
    details: 'Chi tiết từng tiêu chí',
    criterionLine: (id: string, score: string, level: string) => `${id}: ${score} (${level})`,
    belowFloor: 'dưới điểm sàn',
    goToTotal: 'Đến ô điểm năm',
    goToRound: (label: string) => `Đến ô điểm ${label}`,
  },
  levels: {
    self: 'Tự đánh giá',
    team: 'Tổ đánh giá',
    council: 'Hội đồng',
  } as Record<AssessmentLevel, string>,
  severity: { error: 'Lỗi', warning: 'Lưu ý', info: 'Thông tin' } as Record<IssueSeverity, string>,
  goToCellOf: (sheet: string, address: string) => `Đến ô ${address} trang "${sheet}"`,
  moreIssues: (count: number) => `… và ${count} mục khác.`,
  /** A workbook that scores schools (a Phòng's, or a cụm's): trường, cụm and cấp học in place of the staff words. */
  schools: {
    overview: (units: number, groups: number) => `${units} trường, ${groups} cụm.`,
    missingTotal: (count: number, units: number) =>
      count === 0 ? 'Đã chấm đủ mọi tiêu chí.' : `Còn ${count} tiêu chí chưa chấm ở ${units} trường.`,
    teamsTitle: 'Theo cụm',
    peopleTitle: (shown: number, total: number) =>
      shown === total ? `Từng trường (${total})` : `Từng trường (${shown}/${total})`,
    filterTeam: 'Cụm',
    allTeams: 'Tất cả các cụm',
    search: 'Tìm theo tên hoặc mã trường',
    searchHint: 'Gõ có dấu hoặc không dấu, ví dụ "tieu hoc binh hoa".',
    onlyOpen: 'Chỉ trường còn thiếu điểm hoặc có điểm sai',
    nobody: 'Không có trường nào khớp bộ lọc.',
    team: { name: 'Cụm', members: 'Số trường' },
    person: {
      ranks: (overall: number, inTeam: number | null, team: string, inRole: number | null, role: string) =>
        [
          `Hạng chung: ${overall}`,
          inTeam === null ? '' : `hạng trong ${team}: ${inTeam}`,
          inRole === null ? '' : `hạng trong cấp ${role}: ${inRole}`,
        ]
          .filter(Boolean)
          .join('; ') + '.',
    },
    levels: UNIT_TERMS.school.levelLabels,
  },
};

export type ScoresStrings = typeof vi;

const en: ScoresStrings = {
  title: 'Scores',
  loading: 'Reading the workbook…',
  emptyTitle: 'No scoring sheet in this workbook',
  emptyMessage:
    'The open workbook has no Thi Đua "Quy chế" sheet, so there is nothing to calculate. Build the school\'s sheets in "Build sheet" (or open an existing scoring workbook), then come back.',
  goToTemplate: 'Go to "Build sheet"',
  refresh: 'Recalculate',
  refreshing: 'Recalculating…',
  readAt: (time) => `Calculated at ${time}.`,
  overview: (people, teams) => `${people} people, ${teams} teams.`,
  missingTotal: (count, people) =>
    count === 0 ? 'Every criterion is scored.' : `${count} criteria still blank for ${people} people.`,
  problemsTotal: (count) => (count === 0 ? 'No wrong scores.' : `${count} score cells to check.`),
  generalTitle: (count) => `To fix (${count})`,
  teamsTitle: 'By team',
  peopleTitle: (shown, total) => (shown === total ? `People (${total})` : `People (${shown}/${total})`),
  filterTeam: 'Team',
  allTeams: 'All teams',
  search: 'Search by name or code',
  searchHint: 'With or without accents, e.g. "nguyen thi ha".',
  onlyOpen: 'Only people with blank or wrong scores',
  sort: 'Order',
  sortRoster: 'As listed',
  sortRank: 'By rank',
  nobody: 'Nobody matches the filters.',
  team: {
    name: 'Team',
    members: 'People',
    mean: 'Mean',
    rank: 'Rank',
    open: 'Blank / wrong',
    showOnly: (name) => `Show only ${name}`,
    goTo: (name) => `Go to the mean of ${name}`,
    noMembers: '—',
  },
  person: {
    headline: (total, band, rank) => `${total} points · ${band} · rank ${rank}`,
    provisional: 'provisional',
    provisionalHeadline: (total, band, rank) =>
      `${total} points (provisional) · ${band} (provisional) · rank ${rank} (provisional)`,
    notYetScored: 'No score yet: not banded, not ranked.',
    noScore: 'not scored',
    noBand: 'no band',
    missingBadge: (count) => `${count} blank`,
    problemBadge: (count) => `${count} errors`,
    role: (role, team) => `${role}${team ? ` · ${team}` : ''}`,
    ranks: (overall, inTeam, team) =>
      inTeam === null ? `School rank: ${overall}.` : `School rank: ${overall}; rank in ${team}: ${inTeam}.`,
    floorsNotMet: 'Below the floor on at least one criterion: bands that need floors are not given.',
    rounds: 'Round totals',
    year: 'Year total',
    levelsUsed: 'Levels used',
    levelUse: (level, count) => `${level}: ${count}`,
    notScored: 'Not scored',
    missingTitle: (count) => `Blank (${count})`,
    missingItem: (period, id) => `${period} · criterion ${id}`,
    missingGo: (period, id, label) => `Go to the cell of criterion ${id} "${label}", ${period}`,
    problemsTitle: (count) => `Scores to check (${count})`,
    details: 'Each criterion',
    criterionLine: (id, score, level) => `${id}: ${score} (${level})`,
    belowFloor: 'below floor',
    goToTotal: 'Go to the year total',
    goToRound: (label) => `Go to the ${label} total`,
  },
  levels: { self: 'Self', team: 'Team', council: 'Council' },
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  goToCellOf: (sheet, address) => `Go to cell ${address} on sheet "${sheet}"`,
  moreIssues: (count) => `… and ${count} more.`,
  schools: {
    overview: (units, groups) => `${units} schools, ${groups} clusters.`,
    missingTotal: (count, units) =>
      count === 0 ? 'Every criterion is scored.' : `${count} criteria still blank for ${units} schools.`,
    teamsTitle: 'By cluster',
    peopleTitle: (shown, total) => (shown === total ? `Schools (${total})` : `Schools (${shown}/${total})`),
    filterTeam: 'Cluster',
    allTeams: 'All clusters',
    search: 'Search by school name or code',
    searchHint: 'With or without accents, e.g. "tieu hoc binh hoa".',
    onlyOpen: 'Only schools with blank or wrong scores',
    nobody: 'No school matches the filters.',
    team: { name: 'Cluster', members: 'Schools' },
    person: {
      ranks: (overall, inTeam, team, inRole, role) =>
        [
          `Overall rank: ${overall}`,
          inTeam === null ? '' : `rank in ${team}: ${inTeam}`,
          inRole === null ? '' : `rank among ${role} schools: ${inRole}`,
        ]
          .filter(Boolean)
          .join('; ') + '.',
    },
    levels: { self: 'School self-score', team: 'Cluster', council: 'Office' },
  },
};

export const SCORES_STRINGS = { vi, en };
