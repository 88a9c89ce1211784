import type { PersonRecord, TargetProfile } from '../../../src/domain/targets';
import { evaluateTargets, TARGET_PROFILES } from '../../../src/domain/targets';
import type { TitleId } from '../../../src/domain/titles';
import { buildQuyCheSheet } from '../../../src/layout/quy-che/build';
import { readQuyCheEntries } from '../../../src/layout/quy-che/read';
import { baseInput, person, record } from '../../domain/targets/helpers';
import type { CellValue } from '../../../src/layout/grid';
import { readTargetSettings, TARGET_SETTING_KEYS, targetSettingsSection } from '../../../src/layout/targets';

function asMap(profileId: 'luat-2022' | 'luat-2003') {
  const section = targetSettingsSection(TARGET_PROFILES[profileId]);
  return new Map<string, CellValue>(section.entries.map((e) => [e.key, e.value]));
}

describe('targets on "Quy chế"', () => {
  it('shows the 2003 profile with the 15% CSTĐCS cap and its source, bound to a workbook name', () => {
    const entries = targetSettingsSection(TARGET_PROFILES['luat-2003']).entries;
    const cap = entries.find((e) => e.key === TARGET_SETTING_KEYS.cstdcsCap)!;
    expect(cap).toMatchObject({ value: 15, name: 'TD_CSTDCS_GioiHan' });
    expect(cap.note).toBe(
      'NĐ 91/2017/NĐ-CP Điều 9 khoản 3 – phạm vi: Đơn vị xét tặng (trường); hiệu lực: 01/10/2017 – 31/12/2023; đã kiểm chứng',
    );
    const months = entries.find((e) => e.key === TARGET_SETTING_KEYS.ldttMinMonths)!;
    expect(months.value).toBe(10);
    expect(months.note).toContain('NĐ 91/2017/NĐ-CP Điều 10');
    expect(months.note).toContain('đã kiểm chứng');
    expect(entries.find((e) => e.key === TARGET_SETTING_KEYS.ttldttPercent)).toMatchObject({
      value: 50,
      name: 'TD_TTLDTT_PhanTram',
    });
  });

  it('shows no CSTĐCS cap under the 2022 law, and the HTXSNV cap off with NĐ 335/2025 and its scope', () => {
    const entries = targetSettingsSection(TARGET_PROFILES['luat-2022']).entries;
    expect(entries.find((e) => e.key === TARGET_SETTING_KEYS.cstdcsCap)?.value).toBeNull();
    const htxsnv = entries.find((e) => e.key === TARGET_SETTING_KEYS.htxsnvCap)!;
    expect(htxsnv.value).toBeNull();
    expect(htxsnv.note).toContain('NĐ 335/2025/NĐ-CP');
    expect(htxsnv.note).toContain('Công chức');
    expect(htxsnv.note).toContain('chưa kiểm chứng');
  });

  it('shows registration under the 2022 law as the school’s rule, off', () => {
    const entries = targetSettingsSection(TARGET_PROFILES['luat-2022']).entries;
    const reg = entries.find((e) => e.key === TARGET_SETTING_KEYS.requireRegistration)!;
    expect(reg.value).toBe('Không');
    expect(reg.note).toContain('Quy chế của trường');
    expect(reg.note).toContain('Điều 7');
  });

  it('reads an untouched section back as the built-in profile, not customised', () => {
    for (const id of ['luat-2022', 'luat-2003'] as const) {
      const read = readTargetSettings(asMap(id));
      expect(read.issues).toEqual([]);
      expect(read.profile.customised).toBe(false);
      expect(read.profile.caps).toEqual(TARGET_PROFILES[id].caps);
    }
  });

  it('applies the school’s numbers and marks them as the school’s choice', () => {
    const values = asMap('luat-2022');
    values.set(TARGET_SETTING_KEYS.ttldttPercent, 60);
    values.set(TARGET_SETTING_KEYS.cstdcsCap, '15');
    values.set(TARGET_SETTING_KEYS.requireRegistration, 'Có');
    const { profile, issues } = readTargetSettings(values);
    expect(issues).toEqual([]);
    expect(profile.customised).toBe(true);
    expect(profile.requireRegistration).toBe(true);
    const share = profile.collective.TTLDTT!.find((c) => c.kind === 'memberShareWithTitle')!;
    expect(share).toMatchObject({
      percent: 60,
      source: 'Luật Thi đua, khen thưởng 2022 Điều 28 (nhà trường điều chỉnh)',
      schoolRule: true,
    });
    expect(profile.caps.cstdcsOfLdtt).toMatchObject({
      percent: 15,
      source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (nhà trường điều chỉnh)',
      schoolRule: true,
    });
  });

  it('an empty profile cell takes the profile in force for the year, with no issue', () => {
    const values = asMap('luat-2003');
    values.set(TARGET_SETTING_KEYS.profile, null);
    const read = readTargetSettings(values, undefined, 'luat-2003');
    expect(read.issues).toEqual([]);
    expect(read.profile.id).toBe('luat-2003');
  });

  it('turns a cap off when its cell is emptied', () => {
    const values = asMap('luat-2003');
    values.set(TARGET_SETTING_KEYS.cstdcsCap, null);
    expect(readTargetSettings(values).profile.caps.cstdcsOfLdtt).toBeNull();
  });

  it('keeps the built-in value and says so at the cell for a bad entry', () => {
    const values = asMap('luat-2003');
    values.set(TARGET_SETTING_KEYS.profile, 'luat-2099');
    values.set(TARGET_SETTING_KEYS.ttldttPercent, 'nhiều');
    values.set(TARGET_SETTING_KEYS.htxsnvCap, 140);
    const locate = (key: string) => ({
      sheet: 'Quy chế',
      address: `C${Object.values(TARGET_SETTING_KEYS).indexOf(key as never) + 20}`,
    });
    const { profile, issues } = readTargetSettings(values, locate);
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Bộ quy định "luat-2099" không có; đang dùng luat-2022'),
        expect.stringContaining('"nhiều" không phải là số'),
        expect.stringContaining('Giới hạn HTXSNV phải từ 0 đến 100 (đang là 140)'),
      ]),
    );
    expect(issues[0].location).toEqual({ sheet: 'Quy chế', address: 'C20' });
    expect(profile).toBe(TARGET_PROFILES['luat-2022']);
  });

  describe('the school’s Quy chế governs: a cell edited on the sheet changes the decision, no code change', () => {
    /** Builds "Quy chế", types `typed` into the value cells of the given keys, reads the sheet back. */
    function roundTrip(typed: Record<string, CellValue>, profileId: 'luat-2022' | 'luat-2003' = 'luat-2022') {
      const built = buildQuyCheSheet('Quy chế', 'QUY CHẾ', [
        { section: targetSettingsSection(TARGET_PROFILES[profileId]) },
      ]);
      const grid: CellValue[][] = built.sheet.cells.map((row) =>
        (row ?? []).map((c) => (c && 'value' in c ? c.value : null)),
      );
      for (const [key, value] of Object.entries(typed)) {
        const address = built.layout.entries[key];
        const col = address.charCodeAt(0) - 65;
        const row = Number(address.slice(1)) - 1;
        grid[row][col] = value;
      }
      return readTargetSettings(readQuyCheEntries(grid));
    }
    function decide(profile: TargetProfile, extra: Partial<PersonRecord>, titleId: TitleId = 'LDTT') {
      const input = baseInput('luat-2022', [person('GV01')], [record('GV01', extra)]);
      input.profile = profile;
      return evaluateTargets(input).people.find((p) => p.titleId === titleId)!.eligibility.verdict;
    }

    it('discipline: "Không xét điều kiện kỷ luật" lets a person under consideration through', () => {
      const before = roundTrip({});
      expect(before.issues).toEqual([]);
      expect(decide(before.profile, { disciplineUnderConsideration: true })).toBe('not-eligible');
      const after = roundTrip({ [TARGET_SETTING_KEYS.discipline]: 'Không xét điều kiện kỷ luật' });
      expect(after.issues).toEqual([]);
      expect(decide(after.profile, { disciplineUnderConsideration: true })).toBe('eligible');
    });

    it('CSTĐCS: "HTXSNV và sáng kiến" (the draft amendment) refuses HTXSNV without a sáng kiến', () => {
      const extra = { rating: 'HTXSNV' as const };
      expect(decide(roundTrip({}).profile, extra, 'CSTDCS')).toBe('eligible');
      const after = roundTrip({ [TARGET_SETTING_KEYS.cstdcsPath]: 'HTXSNV và sáng kiến (hoặc đề tài)' });
      expect(after.issues).toEqual([]);
      expect(decide(after.profile, extra, 'CSTDCS')).toBe('not-eligible');
      expect(decide(after.profile, { ...extra, initiatives: { count: 1 } }, 'CSTDCS')).toBe('eligible');
    });

    it('xếp loại: LĐTT from HTXSNV only refuses HTTNV', () => {
      const after = roundTrip({ [TARGET_SETTING_KEYS.ldttMinRating]: 'HTXSNV' });
      expect(decide(after.profile, { rating: 'HTTNV' })).toBe('not-eligible');
    });

    it('months: 12 months refuses someone hired 8 months before the year ends', () => {
      const extra = { hireDate: '2023-10-01' };
      expect(decide(roundTrip({}).profile, extra)).toBe('eligible');
      expect(decide(roundTrip({ [TARGET_SETTING_KEYS.ldttMinMonths]: 12 }).profile, extra)).toBe(
        'not-eligible',
      );
    });

    it('registration: "Có" stops an unregistered person at "not registered"', () => {
      const input = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
      input.profile = roundTrip({ [TARGET_SETTING_KEYS.requireRegistration]: 'Có' }).profile;
      expect(evaluateTargets(input).people.find((p) => p.titleId === 'LDTT')!.stage).toBe('not-registered');
    });

    it('earlier titles: CSTĐ tỉnh after 2 years of CSTĐCS instead of 3', () => {
      const extra: Partial<PersonRecord> = {
        rating: 'HTXSNV',
        initiatives: { count: 1, highestLevel: 'tinh' },
        cstdcsYears: [2022],
      };
      expect(decide(roundTrip({}).profile, extra, 'CSTD_TINH')).toBe('not-eligible');
      const after = roundTrip({ [TARGET_SETTING_KEYS.cstdTinhYears]: 2 });
      expect(decide(after.profile, extra, 'CSTD_TINH')).toBe('eligible');
    });

    it('a cap: 15% CSTĐCS cap typed under the 2022 law flags the plan', () => {
      const after = roundTrip({ [TARGET_SETTING_KEYS.cstdcsCap]: 15 });
      const input = baseInput('luat-2022', [person('GV01')], [record('GV01')]);
      input.profile = after.profile;
      input.targets = [
        { id: 'LDTT', kind: 'individual', titleId: 'LDTT', awardLabel: 'LĐTT', level: '', count: 61 },
        { id: 'CSTDCS', kind: 'individual', titleId: 'CSTDCS', awardLabel: 'CSTĐCS', level: '', count: 10 },
      ];
      expect(evaluateTargets(input).flags.map((f) => f.code)).toContain('targets.cap.cstdcs-plan');
    });

    it('a word that is not a choice is refused at its cell and the profile’s value kept', () => {
      const read = roundTrip({ [TARGET_SETTING_KEYS.cstdcsPath]: 'tùy' });
      expect(read.issues[0].message).toContain('Điều kiện CSTĐCS ghi "tùy"');
      expect(read.profile.customised).toBe(false);
    });
  });
});
