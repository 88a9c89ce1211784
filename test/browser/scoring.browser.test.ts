/**
 * A school's staff builds the scoring workbook from the pane, types scores into a round sheet (some of them
 * wrong), recalculates, and reads the year totals, bands and ranks back from "Tổng hợp năm": they must be
 * exactly what the domain computes for the same case.
 */
import type { Page } from 'playwright-core';
import { sampleSchoolCase } from '../../src/domain/sample';
import { evaluateScoring, type ScoreInput } from '../../src/domain/scoring';
import { cellAddress } from '../../src/layout/a1';
import { buildScoringWorkbook, scoreCellLocation } from '../../src/layout/scoring';
import { openPreview, type PreviewSession } from './support/browser';

const sample = sampleSchoolCase();
const { roster, config } = sample;
const { map } = buildScoringWorkbook(roster, config, sample.scores);

/** Selects a cell of the active sheet and types into the formula bar, as a person does. */
async function typeInto(page: Page, address: string, text: string): Promise<string> {
  await page.locator(`section.preview-grid td[data-cell="${address}"]`).click();
  const input = page.getByTestId('grid-input');
  await input.fill(text);
  await input.press('Enter');
  return (await page.getByTestId('grid-message').textContent()) ?? '';
}

async function openSheet(page: Page, name: string): Promise<void> {
  await page.getByTestId(`sheet-tab-${name}`).click();
  await page.locator(`section.preview-grid[data-sheet="${name}"]`).waitFor();
}

async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`section.preview-grid td[data-cell="${address}"]`).textContent()) ?? '';
}

/** "92,35" → 92.35. */
function number(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}

async function idle(page: Page): Promise<void> {
  await page.getByTestId('busy').waitFor({ state: 'detached', timeout: 90000 });
}

describe('building the scoring sheet and scoring in the preview', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('builds the sample school, refuses bad scores, and shows the domain’s totals, bands and ranks', async () => {
    session = await openPreview();
    const { page } = session;

    // "Lập bảng" with the sample school and its scores.
    await page.getByTestId('nav-template').click();
    await page.getByTestId('template-use-sample').click();
    await page.getByTestId('template-sample-done').waitFor();
    await page.getByTestId('template-section-staff').click();
    await expect(page.getByTestId('staff-row').count()).resolves.toBe(61);
    await page.getByTestId('template-build').click();
    await page.getByTestId('build-result').waitFor({ timeout: 120000 });
    await idle(page);
    const built = await page.getByTestId('built-sheet').allTextContents();
    expect(built).toEqual(
      expect.arrayContaining([
        'Quy chế',
        'Danh sách',
        'Tiêu chí',
        'Đợt 1',
        'Đợt 2',
        'Tổng hợp năm',
        'Tổng hợp tổ',
      ]),
    );

    // Type into "Đợt 1": a subject teacher's 1.1 at council level, a homeroom teacher's 2.1 emptied.
    const teacher = roster.staff.find((p) => p.roleId === 'giao-vien');
    const homeroom = roster.staff.find((p) => p.roleId === 'gvcn');
    if (!teacher || !homeroom) throw new Error('sample without teachers');
    const at = (personId: string, criterionId: string, level: ScoreInput['level']) => {
      const location = scoreCellLocation(map, { personId, roundId: 'dot-1', criterionId, level });
      if (!location) throw new Error(`no cell for ${personId} ${criterionId}`);
      return location.address;
    };
    await openSheet(page, 'Đợt 1');
    const cell = at(teacher.id, '1.1', 'council');
    const before = await cellText(page, cell);

    const aboveMax = await typeInto(page, cell, '12');
    expect(aboveMax).toContain(`Giá trị "12" không hợp lệ ở ô ${cell}`);
    expect(aboveMax).toContain('từ 0 đến 10');
    expect(await cellText(page, cell)).toBe(before);

    const text = await typeInto(page, cell, 'mười');
    expect(text).toContain(`Giá trị "mười" không hợp lệ ở ô ${cell}`);
    expect(await cellText(page, cell)).toBe(before);

    const negative = await typeInto(page, cell, '-1');
    expect(negative).toContain('không hợp lệ');

    expect(await typeInto(page, cell, '9,5')).toBe('');
    expect(number(await cellText(page, cell))).toBe(9.5);

    for (const level of config.levels)
      expect(await typeInto(page, at(homeroom.id, '2.1', level), '')).toBe('');

    // The case the sheets now hold, evaluated by the domain.
    const inputs: ScoreInput[] = sample.scores.filter(
      (i) =>
        !(
          i.roundId === 'dot-1' &&
          i.personId === teacher.id &&
          i.criterionId === '1.1' &&
          i.level === 'council'
        ) && !(i.roundId === 'dot-1' && i.personId === homeroom.id && i.criterionId === '2.1'),
    );
    inputs.push({ personId: teacher.id, roundId: 'dot-1', criterionId: '1.1', level: 'council', value: 9.5 });
    const expected = evaluateScoring(roster, config, inputs);

    // "Tính lại" in the Scores panel.
    await page.getByTestId('nav-scores').click();
    await page.getByTestId('scores-panel').waitFor({ timeout: 60000 });
    await idle(page);
    await page.getByTestId('scores-refresh').click();
    await idle(page);

    // The homeroom teacher is found without accents; the blank 2.1 is listed and one click from its cell.
    const plainName = homeroom.fullName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    await page.getByTestId('scores-search').fill(plainName.toLowerCase());
    const card = page.locator(`[data-testid="scores-person"][data-person="${homeroom.id}"]`);
    await card.waitFor();
    const scored = expected.people.find((p) => p.personId === homeroom.id);
    await expect(card.getByTestId('scores-person-headline').textContent()).resolves.toContain(
      `${String(scored?.yearTotal.toFixed(2)).replace('.', ',')} điểm`,
    );
    await card.getByRole('button').first().click();
    const missing = card.getByTestId('scores-missing-item');
    await expect(missing.allTextContents()).resolves.toEqual(['Đợt 1 · tiêu chí 2.1']);
    await missing.click();
    await idle(page);
    await page.locator('section.preview-grid[data-sheet="Đợt 1"]').waitFor();
    await expect(page.getByTestId('grid-address').textContent()).resolves.toBe(
      at(homeroom.id, '2.1', config.levels[0]),
    );

    // "Tổng hợp năm" holds the domain's numbers for everyone.
    await openSheet(page, 'Tổng hợp năm');
    const { rows, columns } = map.yearSummary;
    const read = await page.evaluate(
      ({ cells }) =>
        cells.map(
          (address) =>
            document.querySelector(`section.preview-grid td[data-cell="${address}"]`)?.textContent ?? '',
        ),
      {
        cells: expected.people.flatMap((p) =>
          [columns.yearTotal, columns.band, columns.rankOverall, columns.rankInTeam].map((col) =>
            cellAddress(rows[p.personId], col),
          ),
        ),
      },
    );
    const shown = expected.people.map((p, i) => ({
      person: p.personId,
      yearTotal: number(read[4 * i]),
      band: read[4 * i + 1],
      rankOverall: number(read[4 * i + 2]),
      rankInTeam: number(read[4 * i + 3]),
    }));
    expect(shown).toEqual(
      expected.people.map((p) => ({
        person: p.personId,
        yearTotal: p.yearTotal,
        band: p.bandId,
        rankOverall: p.rankOverall,
        rankInTeam: p.rankInTeam,
      })),
    );
    // The edits moved something: the test would notice a sheet that ignored them.
    const untouched = evaluateScoring(roster, config, sample.scores);
    expect(expected.people.map((p) => p.yearTotal)).not.toEqual(untouched.people.map((p) => p.yearTotal));

    expect(session.consoleErrors).toEqual([]);
  });
});
