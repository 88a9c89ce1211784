/**
 * docs/rules.md from the rule data itself: every rule the product applies (title conditions, caps, ties,
 * registration, vote quorum and thresholds) with what it says, its source, scope, dates and whether it was
 * checked. `scripts/gen-rules-doc.js` writes it; a test fails when the committed file is stale.
 */
import { TITLES, TITLE_IDS } from '../titles';
import { CLUSTER_RULES } from '../votes/cluster';
import { BUILT_IN_PROFILES, voteProfileInfo, type RuleProfile, type TitleRule } from '../votes/profiles';
import { formatVietnameseDate } from '../text';
import { TARGET_PROFILE_IDS, TARGET_PROFILES, type RuleMeta } from './profiles';
import { RULE_IDS, RULE_STATUS_TEXT, RULES, effectiveText, type RuleId, type RuleInfo } from './rules';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Characters as a monospace editor shows them (NFC Vietnamese letters are one code point each). */
function width(text: string): number {
  return [...text].length;
}

/** A Markdown table padded the way Prettier pads it, so the generated file passes `prettier --check`. */
function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => width(r[i]))));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** Which built-in targets profiles cite a rule (conditions, caps, registration). */
function profilesUsing(id: RuleId): string[] {
  return TARGET_PROFILE_IDS.filter((pid) => {
    const p = TARGET_PROFILES[pid];
    const metas: (RuleMeta | null)[] = [
      p.registration,
      p.caps.cstdcsOfLdtt,
      p.caps.htxsnvOfRated,
      ...Object.values(p.individual).flat(),
      ...Object.values(p.collective).flat(),
    ];
    return metas.some((m) => m?.ruleId === id);
  });
}

const TIE_RULES: RuleId[] = ['womenFirst2025', 'womenFirst2017', 'womenFirstSchool'];
const OPTIONAL_RULES: RuleId[] = ['htxsnvCap', 'registration2022'];

function usedIn(id: RuleId): string {
  const profiles = profilesUsing(id);
  if (TIE_RULES.includes(id)) return 'Thứ tự khi bằng điểm, theo ngày của năm học';
  if (id === 'maternity') return 'Tính số tháng công tác (năm học trong thời gian hiệu lực)';
  const optional = OPTIONAL_RULES.includes(id) ? 'tùy chọn của trường trên sheet Quy chế' : '';
  return [profiles.join(', '), optional].filter((x) => x !== '').join('; ') || 'tùy chọn của trường';
}

function dates(p: { from?: string; to?: string }): string {
  return p.from === undefined && p.to === undefined ? 'theo quy chế của trường' : effectiveText(p);
}

function voteStatus(rule: Pick<TitleRule, 'schoolChoice' | 'unverified'>, profile: RuleProfile): string {
  if (rule.unverified) return RULE_STATUS_TEXT.unverified;
  // An undated profile is a plan's or a school's own rule (seed 003), not a decree.
  const info = voteProfileInfo(profile);
  if (info.from === undefined && info.to === undefined) return RULE_STATUS_TEXT.school;
  return rule.schoolChoice ? 'đơn vị tự quy định' : RULE_STATUS_TEXT.checked;
}

const BASE_TEXT: Record<TitleRule['base'], string> = {
  present: 'người dự họp (và ý kiến bằng văn bản)',
  allMembers: 'tổng số thành viên Hội đồng',
  validBallots: 'phiếu hợp lệ',
};

function voteProfileSection(p: RuleProfile): string[] {
  const info = voteProfileInfo(p);
  const lines = [
    `### ${p.label}`,
    '',
    `- Mã: \`${p.id}\``,
    `- Nguồn: ${p.source}`,
    `- Phạm vi: ${info.scope}`,
    `- Hiệu lực: ${dates(info)}`,
    `- Mặc định cho trường: ${info.schoolDefault === false ? 'không (quy định của cấp khác, chỉ để tham khảo)' : 'có, theo ngày của năm học'}`,
    '',
  ];
  const rows: string[][] = [];
  if (p.quorum) {
    rows.push([
      'Túc số',
      `${p.quorum.numerator}/${p.quorum.denominator} tổng số thành viên`,
      '',
      '',
      p.quorum.source,
      voteStatus(p.quorum, p),
    ]);
  }
  for (const id of TITLE_IDS) {
    const r = p.perTitle[id];
    rows.push([
      TITLES[id].label,
      `từ ${String(r.threshold.percent).replace('.', ',')}% trở lên`,
      BASE_TEXT[r.base],
      r.secretBallot ? 'có' : 'không',
      r.source,
      voteStatus(r, p),
    ]);
  }
  return [
    ...lines,
    ...table(['Quy định', 'Ngưỡng', 'Cơ sở tính', 'Bỏ phiếu kín', 'Nguồn', 'Trạng thái'], rows),
    '',
  ];
}

export function renderRulesDoc(): string {
  const ruleRows = RULE_IDS.map((id) => {
    const r = RULES[id];
    const when = r.status === 'school' ? dates(r) : effectiveText(r);
    return [`\`${id}\``, r.says, r.source, r.scope, when, RULE_STATUS_TEXT[r.status], usedIn(id)];
  });
  const clusterRows = Object.entries(CLUSTER_RULES).map(([id, r]: [string, RuleInfo]) => {
    const when =
      r.from === undefined && r.to === undefined ? 'theo kế hoạch thi đua của cụm' : effectiveText(r);
    return [`\`${id}\``, r.says, r.source, r.scope, when, RULE_STATUS_TEXT[r.status]];
  });
  const lines = [
    '# Các quy định Thi Đua áp dụng',
    '',
    'Tệp này được sinh tự động từ dữ liệu quy định trong mã nguồn (`src/domain/targets/rules.ts`,',
    '`src/domain/votes/profiles.ts`) bằng lệnh `npm run rules-doc`; đừng sửa tay. Mỗi quy định ghi nội dung,',
    'nguồn, phạm vi (hội đồng hay đối tượng bị ràng buộc), thời gian hiệu lực và đã được đối chiếu với văn bản',
    'hay chưa. Quy chế thi đua của trường là quy định chi phối: mọi điều kiện, giới hạn, túc số và ngưỡng đều',
    'sửa được trên sheet "Quy chế"; giá trị trường sửa được ghi là "nhà trường điều chỉnh".',
    '',
    `Bộ quy định xét danh hiệu: ${TARGET_PROFILE_IDS.map((id) => `\`${id}\` (${TARGET_PROFILES[id].label}, ${dates(TARGET_PROFILES[id])})`).join('; ')}. Mặc định của một năm học là bộ có hiệu lực vào ngày kết thúc năm học; năm học nằm vắt qua ngày đổi quy định được cảnh báo, nêu cả hai.`,
    '',
    '## Điều kiện danh hiệu, giới hạn, ưu tiên',
    '',
    ...table(['Mã', 'Nội dung', 'Nguồn', 'Phạm vi', 'Hiệu lực', 'Trạng thái', 'Dùng trong'], ruleRows),
    '',
    '## Cụm thi đua: bình chọn đơn vị dẫn đầu (`src/domain/votes/cluster.ts`)',
    '',
    ...table(['Mã', 'Nội dung', 'Nguồn', 'Phạm vi', 'Hiệu lực', 'Trạng thái'], clusterRows),
    '',
    '## Bỏ phiếu: túc số và ngưỡng theo từng bộ quy định',
    '',
    ...BUILT_IN_PROFILES.flatMap(voteProfileSection),
    `Ngày hết hiệu lực ghi là ngày cuối cùng còn hiệu lực (NĐ 152/2025/NĐ-CP hết hiệu lực từ ${formatVietnameseDate('2027-03-01')}).`,
    '',
  ];
  return lines.join('\n');
}
