/** A school in the shape of seed 000 (Bình Hòa 2, Thuận An, 2020-2021), small enough to read in a test. */
import type { ExportInput } from '../../../src/layout/export';

export function sampleInput(): ExportInput {
  return {
    school: {
      name: 'Trường Tiểu học Bình Hòa 2',
      parentBody: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
      place: 'Thuận An',
      schoolYear: '2020-2021',
    },
    recipient: { id: 'phong-gddt', name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An' },
    signer: { title: 'HIỆU TRƯỞNG', fullName: 'Võ Thị Hồng' },
    date: '2021-05-28',
    documentNumbers: { summary: '45/BC-THBH2' },
    summary: [
      {
        titleId: 'LDTT',
        byTeam: [
          { teamName: 'Tổ 1', registered: 8, eligible: 8, approved: 8, target: 8 },
          { teamName: 'Tổ Văn phòng', registered: 6, eligible: 5, approved: 5, target: 6 },
        ],
        school: { registered: 14, eligible: 13, approved: 13, target: 14 },
      },
      {
        titleId: 'TTLDTT',
        byTeam: [],
        school: { registered: 2, eligible: 2, approved: 2 },
      },
    ],
    individualProposals: {
      LDTT: [
        {
          fullName: 'Nguyễn Văn An',
          position: 'Giáo viên',
          teamName: 'Tổ 1',
          awardForm: 'Giấy khen của Chủ tịch UBND thị xã',
          score: 95.5,
          agree: 43,
          base: 61,
        },
        { fullName: 'Trần Thị Ánh', position: 'Tổ trưởng', teamName: 'Tổ 1', score: 92, agree: 55, base: 61 },
        {
          fullName: 'Lê Văn Bình',
          position: 'Nhân viên',
          teamName: 'Tổ Văn phòng',
          score: 88.25,
          agree: 50,
          base: 61,
        },
        {
          fullName: 'Phạm Thị An',
          position: 'Giáo viên',
          teamName: 'Tổ 1',
          score: 9.5,
          agree: 61,
          base: 61,
          note: 'Nghỉ thai sản 4 tháng',
        },
      ],
      CSTDCS: [],
    },
    collectiveProposals: {
      TTLDTT: [
        { name: 'Tổ 1', leaderName: 'Trần Thị Ánh', memberCount: 8, agree: 11, base: 11 },
        {
          name: 'Tổ Văn phòng',
          leaderName: 'Lê Văn Bình',
          memberCount: 6,
          awardForm: 'Giấy khen',
          agree: 9,
          base: 11,
        },
      ],
    },
    meeting: {
      startsAt: '2021-05-25T14:00',
      endsAt: '2021-05-25T16:30',
      place: 'Phòng họp Trường Tiểu học Bình Hòa 2',
      chair: { fullName: 'Võ Thị Hồng', position: 'Hiệu trưởng, Chủ tịch Hội đồng' },
      secretary: { fullName: 'Đỗ Minh Châu', position: 'Giáo viên' },
      members: [
        { fullName: 'Võ Thị Hồng', position: 'Chủ tịch Hội đồng', present: true },
        { fullName: 'Đỗ Minh Châu', position: 'Thư ký', present: true },
        { fullName: 'Trần Thị Ánh', position: 'Ủy viên', present: true },
        { fullName: 'Lê Văn Bình', position: 'Ủy viên', present: false, absenceReason: 'nghỉ ốm' },
        { fullName: 'Nguyễn Văn Dũng', position: 'Ủy viên', present: true },
      ],
      results: [
        { titleId: 'LDTT', voteForm: 'Biểu quyết', proposed: 14, approved: 13 },
        { titleId: 'CSTDCS', voteForm: 'Bỏ phiếu kín', proposed: 2, approved: 0, decision: 'Không đề nghị' },
      ],
    },
    ballotCount: {
      startsAt: '2021-05-25T15:00',
      endsAt: '2021-05-25T15:40',
      place: 'Phòng họp Trường Tiểu học Bình Hòa 2',
      voteForm: 'Bỏ phiếu kín',
      committee: [
        { fullName: 'Nguyễn Văn Dũng', isHead: false, position: 'Giáo viên' },
        { fullName: 'Trần Thị Ánh', isHead: true, position: 'Tổ trưởng' },
        { fullName: 'Đỗ Minh Châu', isHead: false },
      ],
      sessions: [
        {
          titleId: 'CSTDCS',
          ballots: { issued: 61, returned: 61, valid: 60, invalid: 1 },
          base: 61,
          baseLabel: 'tổng số thành viên Hội đồng sư phạm',
          candidates: [
            { name: 'Nguyễn Văn An', position: 'Giáo viên', teamName: 'Tổ 1', agree: 43, passed: true },
            { name: 'Phạm Thị An', position: 'Giáo viên', teamName: 'Tổ 1', agree: 40, passed: false },
          ],
        },
      ],
    },
    incompleteness: [],
  };
}
