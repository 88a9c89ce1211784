import { TARGET_PROFILES } from '../../../src/domain/targets';
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
    expect(cap.note).toBe('NĐ 91/2017/NĐ-CP Điều 9 khoản 3');
    const months = entries.find((e) => e.key === TARGET_SETTING_KEYS.ldttMinMonths)!;
    expect(months.value).toBe(10);
    expect(months.note).toContain('chưa kiểm chứng');
    expect(entries.find((e) => e.key === TARGET_SETTING_KEYS.ttldttPercent)).toMatchObject({
      value: 50,
      name: 'TD_TTLDTT_PhanTram',
    });
  });

  it('shows no CSTĐCS cap under the 2022 law and the 20% HTXSNV cap', () => {
    const entries = targetSettingsSection(TARGET_PROFILES['luat-2022']).entries;
    expect(entries.find((e) => e.key === TARGET_SETTING_KEYS.cstdcsCap)?.value).toBeNull();
    expect(entries.find((e) => e.key === TARGET_SETTING_KEYS.htxsnvCap)).toMatchObject({
      value: 20,
      note: 'QĐ 366-QĐ/TW 2025 Điều 11',
    });
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
    values.set(TARGET_SETTING_KEYS.requireRegistration, 'Không');
    const { profile, issues } = readTargetSettings(values);
    expect(issues).toEqual([]);
    expect(profile.customised).toBe(true);
    expect(profile.requireRegistration).toBe(false);
    const share = profile.collective.TTLDTT!.find((c) => c.kind === 'memberShareWithTitle')!;
    expect(share).toMatchObject({
      percent: 60,
      source: 'Luật Thi đua, khen thưởng 2022 Điều 28 (nhà trường điều chỉnh)',
    });
    expect(profile.caps.cstdcsOfLdtt).toEqual({
      percent: 15,
      source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (nhà trường điều chỉnh)',
    });
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
});
