import { writeTargetsArea } from '../../../src/excel/operations/targets-area';
import {
  addTarget,
  defaultCaseTargets,
  removeTarget,
  setRegistration,
  targetId,
  updateTarget,
} from '../../../src/taskpane/panels/targets/edit/targets-model';
import { buildSample, readBack, sampleCase } from '../scores/sample-workbook';

describe('targets made from the pane on a workbook built without them', () => {
  test('"Chỉ tiêu" and "Đăng ký" are created in two syncs, and every score stays where it was', async () => {
    const { host, context } = await buildSample(sampleCase(true));
    const before = await readBack(context);
    expect(before.read.schoolCase.targets).toBeUndefined();
    const scoresBefore = host.inspect.values(before.read.scoring.scoreSheets[0].sheetName, 'A1:Z80');

    const targets = defaultCaseTargets(before.read.schoolCase.roster);
    host.stats.reset();
    await writeTargetsArea(context, before.read.schoolCase, targets, before.read);
    expect(host.stats.syncCount()).toBe(2);

    const after = await readBack(context);
    expect(after.read.sheets).toMatchObject({ targets: 'Chỉ tiêu', registration: 'Đăng ký' });
    expect(after.read.schoolCase.targets?.targets.map((t) => [t.id, t.count])).toEqual(
      targets.targets.map((t) => [t.id, t.count]),
    );
    expect(after.read.schoolCase.scoring.inputs).toEqual(before.read.schoolCase.scoring.inputs);
    expect(host.inspect.values(before.read.scoring.scoreSheets[0].sheetName, 'A1:Z80')).toEqual(scoresBefore);
    expect(after.results.scoring.people).toEqual(before.results.scoring.people);
    expect(after.read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a target added, one changed, one removed and a registration come back as written', async () => {
    const { context } = await buildSample(sampleCase(false));
    const first = await readBack(context);
    await writeTargetsArea(
      context,
      first.read.schoolCase,
      defaultCaseTargets(first.read.schoolCase.roster),
      first.read,
    );
    const second = await readBack(context);
    const person = second.read.schoolCase.roster.staff[2];
    let targets = second.read.schoolCase.targets!;
    targets = addTarget(targets, { awardLabel: 'Tổ công đoàn vững mạnh', level: 'LĐLĐ huyện', count: 3 });
    const added = targets.targets[targets.targets.length - 1].id;
    targets = updateTarget(targets, 'CSTDCS', { count: 4 });
    targets = removeTarget(targets, 'CSTD_TINH');
    targets = setRegistration(targets, person.id, 'CSTDCS', true);
    await writeTargetsArea(context, second.read.schoolCase, targets, second.read);

    const third = await readBack(context);
    const read = third.read.schoolCase.targets!;
    expect(read.targets.find((t) => t.id === added)).toMatchObject({
      awardLabel: 'Tổ công đoàn vững mạnh',
      level: 'LĐLĐ huyện',
      count: 3,
    });
    expect(read.targets.find((t) => t.id === 'CSTDCS')?.count).toBe(4);
    expect(read.targets.some((t) => t.id === 'CSTD_TINH')).toBe(false);
    expect(read.registrations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: { kind: 'person', id: person.id }, titleId: 'CSTDCS' }),
      ]),
    );
    // Written into the same sheets, not into copies.
    expect(third.read.sheets).toMatchObject({ targets: 'Chỉ tiêu', registration: 'Đăng ký' });
  });
});

describe('the default targets of a new school', () => {
  test('are sized to the school: LĐTT for every staff member, CSTĐCS at 15 %, TTLĐTT for every tổ', () => {
    const roster = sampleCase(false).roster;
    const targets = defaultCaseTargets(roster).targets;
    expect(targets.find((t) => t.id === 'LDTT')?.count).toBe(roster.staff.length);
    expect(targets.find((t) => t.id === 'CSTDCS')?.count).toBe(Math.floor(roster.staff.length * 0.15));
    expect(targets.every((t) => t.level === '')).toBe(true);
  });

  test('a new target gets an id nobody has', () => {
    expect(targetId('Hai giỏi', [])).toBe('HAI-GIOI');
    expect(targetId('  ', [])).toBe('CHI-TIEU');
    expect(targetId('Hai giỏi', ['HAI-GIOI'])).toBe('HAI-GIOI-2');
    expect(targetId('Đoàn vững mạnh', [])).toBe('DOAN-VUNG-MANH');
  });
});
