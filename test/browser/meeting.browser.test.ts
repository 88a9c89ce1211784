/**
 * Bình xét in the preview on the sample school: a meeting of 61 with 41 present, two CSTĐCS candidates
 * counted on the valid ballots (the school's own rule), 41 ballots keyed in with one invalid, a slip undone
 * and re-entered, then the decisions read from the pane, the projector, "Kiểm phiếu" and the biên bản.
 */
import type { Page } from 'playwright-core';
import { ND_91_2017_PROFILE } from '../../src/domain/votes';
import { openPreview, type PreviewSession } from './support/browser';

const HANG = 'CSTDCS:BH2-038';
const YEN = 'CSTDCS:BH2-040';
const ND91 = ND_91_2017_PROFILE.id;

/** Every row of a sheet as the grid shows it (the text of each cell), through the preview's debug hook. */
async function sheetText(page: Page, sheet: string): Promise<string[][]> {
  return page.evaluate((name) => {
    const host = (
      window as unknown as {
        __thiDuaPreview: {
          inspect: { usedRange(s: string): string | null; text(s: string, a: string): string[][] };
        };
      }
    ).__thiDuaPreview;
    const used = host.inspect.usedRange(name);
    return used
      ? host.inspect.text(name, used.split(':').length === 2 ? `A1:${used.split(':')[1]}` : used)
      : [];
  }, sheet);
}

const rowWith = (rows: string[][], text: string): string[] | undefined =>
  rows.find((row) => row.some((cell) => cell === text));

async function typeKeys(page: Page, keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe('a council meeting counted live in the preview', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('sets up, counts 41 ballots by keystroke with an undo, and reads the decisions back everywhere', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');

    // The sample meeting is read from the workbook: 41 of 61 present meets the 2/3 quorum.
    await panel.getByTestId('quorum-line').waitFor();
    expect(await panel.getByTestId('quorum-line').getAttribute('data-met')).toBe('true');
    await panel.getByTestId('meeting-tab-setup').click();
    const setup = panel.getByTestId('meeting-setup');
    await setup.waitFor();
    expect(await setup.getByTestId('total-members').inputValue()).toBe('61');
    expect(await setup.getByTestId('present').inputValue()).toBe('41');
    await setup.getByText('Cần ít nhất 41/61 người (2/3). Đủ túc số.').waitFor();

    // Each rule says which council it binds: NĐ 91/2017 binds provincial councils, not the school's.
    const readProfile = await setup.getByTestId('profile-select').inputValue();
    await setup.getByTestId('profile-select').selectOption(ND91);
    await setup.getByTestId('profile-scope').getByText('cấp tỉnh', { exact: false }).waitFor();
    await setup.getByTestId('profile-select').selectOption(readProfile);

    // The school's own rule: CSTĐCS from 70% of the valid ballots.
    await setup.getByTestId('profile-select').selectOption('custom');
    expect(await setup.getByTestId('profile-scope').textContent()).toContain(
      'Hội đồng Thi đua – Khen thưởng của trường',
    );
    await setup.getByTestId('custom-rule-CSTDCS').waitFor();
    await setup.getByTestId('base-CSTDCS').selectOption('validBallots');
    expect(await setup.getByTestId('threshold-CSTDCS').inputValue()).toBe('70');

    // Two candidates: Hằng kept from the proposal, every other one removed, Yến added back by hand.
    const list = setup.getByTestId('candidates-CSTDCS');
    const removable = await list
      .locator('[data-testid^="candidate-remove-"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')!));
    for (const id of removable) {
      if (id !== `candidate-remove-${HANG}`) await setup.getByTestId(id).click();
    }
    expect(await list.locator('li').count()).toBe(1);
    await setup.getByTestId('candidate-title').selectOption('CSTDCS');
    const pick = async () => {
      await setup.getByTestId('candidate-pick').click();
      await page.keyboard.type('Bảo Yến');
      await page.getByRole('option', { name: /Ngô Thị Bảo Yến \(BH2-040/ }).click();
      await setup.getByTestId('candidate-add').click();
    };
    await pick();
    await setup.getByTestId(`candidate-${YEN}`).waitFor();
    // Adding her twice is refused with the domain's message.
    await pick();
    await setup
      .getByTestId('candidate-message')
      .getByText('Ngô Thị Bảo Yến (mã BH2-040) đã có trong danh sách đề nghị CSTĐCS')
      .waitFor();
    // Two seats for the two candidates: a ballot may agree with both, never with a third.
    await list.getByLabel('Số suất tối đa trên một phiếu (để trống nếu không giới hạn)').fill('2');

    await setup.getByTestId('setup-save').click();
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await panel.getByTestId(`tally-row-${YEN}`).waitFor();

    // 41 ballots: 27 approve both (A), one approves Hằng only (1 2), twelve approve neither (2 2), one
    // invalid (X). After the 21st ballot a slip (X) is undone with Ctrl+Z and the ballot keyed again.
    const entry = panel.getByTestId('ballot-entry');
    await entry.focus();
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 1');
    await typeKeys(page, Array<string>(21).fill('a'));
    await typeKeys(page, ['x']);
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 23');
    await typeKeys(page, ['Control+z']);
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 22');
    await typeKeys(page, Array<string>(6).fill('a'));
    await typeKeys(page, ['1', '2']);
    for (let i = 0; i < 12; i++) await typeKeys(page, ['2', '2']);
    // One short of the end, Yến is already out and Hằng still needs the last ballot to be valid or blank.
    expect(await panel.getByTestId(`tally-row-${YEN}`).getAttribute('data-status')).toBe('failed');
    await typeKeys(page, ['x']);

    // A 42nd ballot is refused: 41 were issued.
    await typeKeys(page, ['a']);
    await panel.getByTestId('ballot-refusal').getByText('đã ghi đủ 41 phiếu phát ra').waitFor();

    await page.waitForFunction(
      () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
      undefined,
      { timeout: 60000 },
    );
    expect(await panel.getByTestId('round-summary').textContent()).toBe(
      'Vòng 1: Phát ra 41 · Thu vào 41 · Hợp lệ 40 · Không hợp lệ 1 · Chưa kiểm 0',
    );
    const hang = panel.getByTestId(`tally-row-${HANG}`);
    const yen = panel.getByTestId(`tally-row-${YEN}`);
    expect(await hang.getByTestId('tally-agree').textContent()).toBe('28/40');
    expect(await hang.getByTestId('tally-percent').textContent()).toBe('70,00%');
    expect(await hang.getByTestId('tally-status').textContent()).toBe('Đạt');
    expect(await yen.getByTestId('tally-agree').textContent()).toBe('27/40');
    expect(await yen.getByTestId('tally-percent').textContent()).toBe('67,50%');
    expect(await yen.getByTestId('tally-status').textContent()).toBe('Không đạt');

    // The projector view, and Esc closes it.
    await panel.getByTestId('projector-open').click();
    const projector = page.getByTestId('projector');
    await projector.waitFor();
    expect(await projector.getByTestId(`projector-row-${HANG}`).getAttribute('data-status')).toBe('passed');
    expect(await projector.getByTestId(`projector-row-${YEN}`).textContent()).toContain('Không đạt');
    expect(await projector.getByTestId('projector-counted').textContent()).toBe('Đã kiểm 41/41 phiếu');
    await page.keyboard.press('Escape');
    await projector.waitFor({ state: 'detached' });

    // "Kiểm phiếu": the live formulas say the same.
    await page.getByTestId('sheet-tab-Kiểm phiếu').click();
    await page.locator('section.preview-grid[data-sheet="Kiểm phiếu"]').waitFor();
    const count = await sheetText(page, 'Kiểm phiếu');
    const hangRow = rowWith(count, 'Dương Thị Thanh Hằng')!;
    const yenRow = rowWith(count, 'Ngô Thị Bảo Yến')!;
    expect(hangRow.slice(6, 7)).toEqual(['28']);
    expect(hangRow).toContain('70,00%');
    expect(hangRow).toContain('Đạt');
    expect(yenRow.slice(6, 7)).toEqual(['27']);
    expect(yenRow).toContain('67,50%');
    expect(yenRow).toContain('Không đạt');
    expect(rowWith(count, 'Đủ túc số')).toBeDefined();

    // "Biên bản kiểm phiếu": the figures of the minutes.
    await page.getByTestId('sheet-tab-Biên bản kiểm phiếu').click();
    const minutes = await sheetText(page, 'Biên bản kiểm phiếu');
    expect(rowWith(minutes, 'Số phiếu phát ra:')).toContain('41');
    expect(rowWith(minutes, 'Số phiếu thu vào:')).toContain('41');
    expect(rowWith(minutes, 'Số phiếu hợp lệ:')).toContain('40');
    expect(rowWith(minutes, 'Số phiếu không hợp lệ:')).toContain('1');
    expect(rowWith(minutes, 'Dương Thị Thanh Hằng')?.slice(0, 6)).toEqual([
      '1',
      'Dương Thị Thanh Hằng',
      'CSTĐCS',
      '28',
      '70,00%',
      'Đạt',
    ]);
    expect(rowWith(minutes, 'Ngô Thị Bảo Yến')?.slice(0, 6)).toEqual([
      '2',
      'Ngô Thị Bảo Yến',
      'CSTĐCS',
      '27',
      '67,50%',
      'Không đạt',
    ]);

    // The log holds the slip as "Đã hủy" and the check finds nothing out of place.
    const log = await sheetText(page, 'Nhật ký phiếu');
    expect(log.filter((row) => row[5] === 'Hủy')).toHaveLength(1);
    expect(log.filter((row) => row[7] === 'Đã hủy')).toHaveLength(1);
    await panel.getByTestId('meeting-tab-check').click();
    await panel.getByTestId('check-run').click();
    await panel.getByTestId('check-ok').waitFor();

    expect(session.consoleErrors).toEqual([]);
  });
});
