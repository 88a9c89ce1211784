/**
 * What stops or warns the tellers, in the preview on the sample school: an impossible setup typed on
 * "Quy chế" shuts the tally; a CSTĐCS candidate without sáng kiến is warned about at setup and, once shown
 * "Đạt", in the tally, each time with the source of the school's rule; the cap on CSTĐCS is in view.
 */
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

const TRANG = 'CSTDCS:BH2-001';

interface PreviewHost {
  inspect: { usedRange(s: string): string | null; text(s: string, a: string): string[][] };
  userEdit(sheet: string, address: string, text: string): { ok: boolean };
}

/** Types `text` into the value cell beside `label` on "Quy chế", as a person would. */
async function typeBesideLabel(page: Page, label: string, text: string): Promise<void> {
  const ok = await page.evaluate(
    ({ label, text }) => {
      const host = (window as unknown as { __thiDuaPreview: PreviewHost }).__thiDuaPreview;
      const used = host.inspect.usedRange('Quy chế');
      if (!used) return false;
      const rows = host.inspect.text('Quy chế', `A1:${used.split(':')[1] ?? used}`);
      for (let r = 0; r < rows.length; r++) {
        const c = rows[r].indexOf(label);
        if (c < 0) continue;
        const column = String.fromCharCode(65 + c + 1);
        return host.userEdit('Quy chế', `${column}${r + 1}`, text).ok;
      }
      return false;
    },
    { label, text },
  );
  expect(ok).toBe(true);
}

describe('the tally’s guards in the preview', () => {
  let session: PreviewSession;
  afterEach(async () => {
    await session?.close();
  });

  it('80 present of 61 typed on "Quy chế": the tally is shut and the setup says why', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await typeBesideLabel(page, 'Số người có mặt', '80');
    await panel.getByTestId('meeting-reload').click();
    const impossible = panel.getByTestId('meeting-setup-impossible');
    await impossible
      .getByText('Số người có mặt (80) lớn hơn tổng số thành viên (61)')
      .waitFor({ timeout: 30000 });
    expect(await panel.getByTestId('meeting-tab-tally').isDisabled()).toBe(true);
    expect(await panel.getByTestId('ballot-entry').count()).toBe(0);
    await panel.getByTestId('setup-errors').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('a CSTĐCS candidate without sáng kiến is warned about at setup and when shown "Đạt", with the source', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await panel.getByTestId('meeting-tab-setup').click();
    const setup = panel.getByTestId('meeting-setup');
    await setup.waitFor();

    // The cap on CSTĐCS (10 planned for 61 LĐTT) is in view before any ballot, with its decree.
    await setup
      .getByTestId('setup-caps')
      .getByText('NĐ 91/2017/NĐ-CP Điều 9 khoản 3', { exact: false })
      .waitFor();

    await setup.getByTestId('candidate-title').selectOption('CSTDCS');
    await setup.getByTestId('candidate-pick').click();
    await page.keyboard.type('Hoàng Trang');
    await page.getByRole('option', { name: /Nguyễn Thị Hoàng Trang \(BH2-001/ }).click();
    await setup.getByTestId('candidate-add').click();
    const warning = setup.getByTestId(`candidate-${TRANG}`).getByTestId('candidate-warning');
    await warning.waitFor();
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('Nguyễn Thị Hoàng Trang chưa đủ điều kiện CSTĐCS');
    expect(text).toContain('0 sáng kiến');
    expect(text).toContain('căn cứ: Luật Thi đua, khen thưởng 2003 Điều 23');

    await setup.getByTestId('setup-save').click();
    if (await page.getByTestId('confirm-ok').isVisible()) await page.getByTestId('confirm-ok').click();
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    const row = panel.getByTestId(`tally-row-${TRANG}`);
    await row.waitFor();
    await row
      .getByTestId('tally-eligibility')
      .getByText('chưa đủ điều kiện CSTĐCS', { exact: false })
      .waitFor();

    // Enough all-approve ballots to show her "Đạt": the tally says the vote does not make her eligible.
    await panel.getByTestId('ballot-entry').focus();
    for (let i = 0; i < 41 && (await row.getAttribute('data-status')) !== 'passed'; i++) {
      await page.keyboard.press('a');
    }
    expect(await row.getAttribute('data-status')).toBe('passed');
    const notEligible = panel.getByTestId('tally-not-eligible');
    await notEligible
      .getByText('Nguyễn Thị Hoàng Trang đạt số phiếu CSTĐCS nhưng chưa đủ điều kiện', { exact: false })
      .waitFor();
    expect(await notEligible.textContent()).toContain('Căn cứ: Luật Thi đua, khen thưởng 2003 Điều 23');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
      undefined,
      { timeout: 60000 },
    );
    expect(session.consoleErrors).toEqual([]);
  });

  it('a ballot row edited on "Nhật ký phiếu" blocks "Lưu thiết lập" until the tellers confirm it', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await panel.getByTestId('ballot-entry').focus();
    for (const key of ['a', 'a', 'x']) await page.keyboard.press(key);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
      undefined,
      { timeout: 60000 },
    );
    // Someone turns the second ballot's "Phiếu hỏng" on by hand: the row no longer matches its check value.
    const edited = await page.evaluate(() => {
      const host = (window as unknown as { __thiDuaPreview: PreviewHost }).__thiDuaPreview;
      const rows = host.inspect.text('Nhật ký phiếu', 'A1:N6');
      const col = rows[2].indexOf('Phiếu hỏng');
      return host.userEdit('Nhật ký phiếu', `${String.fromCharCode(65 + col)}5`, 'X').ok;
    });
    expect(edited).toBe(true);
    await panel.getByTestId('meeting-reload').click();
    await panel.getByTestId('tally-broken-log').waitFor({ timeout: 30000 });

    // The save would rewrite the log with fresh check values: it waits for the tellers.
    await panel.getByTestId('meeting-tab-setup').click();
    const setup = panel.getByTestId('meeting-setup');
    await setup.getByTestId('setup-broken-log').getByText('Dòng 5', { exact: false }).waitFor();
    expect(await setup.getByTestId('setup-save').isDisabled()).toBe(true);
    await setup.getByTestId('broken-log-review').click();
    await page.getByTestId('confirm-ok').click();
    await setup.getByTestId('broken-log-confirmed').waitFor();
    expect(await setup.getByTestId('setup-save').isDisabled()).toBe(false);

    // The meeting date is typed as Vietnamese users write it, never through the browser's date box.
    const date = setup.getByTestId('meeting-date');
    expect(await date.getAttribute('type')).not.toBe('date');
    await date.fill('25/05/2021');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('25/05/2021');
    expect(session.consoleErrors).toEqual([]);
  });
});
