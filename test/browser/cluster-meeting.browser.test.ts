/**
 * A cụm thi đua's meeting set up in the preview: the body picked with the keyboard, the delegates' words on
 * the form, a person added only with their school, a school standing for Cờ thi đua, and the workbook's biên
 * bản turned into the cluster's. (The preview's sample is a school: its list stands in for the cụm's schools.)
 */
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';

async function sheetText(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const host = (
      window as unknown as {
        __thiDuaPreview: {
          inspect: { usedRange(s: string): string | null; text(s: string, a: string): string[][] };
        };
      }
    ).__thiDuaPreview;
    const used = host.inspect.usedRange(name);
    const rows = used ? host.inspect.text(name, `A1:${used.split(':').pop()}`) : [];
    return rows.map((r) => r.filter((c) => c !== '').join(' | ')).filter((t) => t !== '');
  }, sheet);
}

describe('a cụm thi đua’s meeting set up in the preview', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('picks the delegates as the body by keyboard, refuses a person without a school, saves the cluster’s biên bản', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    await panel.getByTestId('quorum-line').waitFor();
    await panel.getByTestId('meeting-tab-setup').click();
    const setup = panel.getByTestId('meeting-setup');
    await setup.waitFor();

    // The radio group: focus the checked option and move down with the arrow keys to the cụm's delegates.
    await setup.getByTestId('body-allStaff').focus();
    await page.keyboard.press('ArrowDown');
    expect(await setup.getByTestId('body-cluster').isChecked()).toBe(true);
    await setup.getByText('Tổng số đại biểu các đơn vị').waitFor();
    await setup.getByTestId('total-members').fill('21');
    await setup.getByTestId('present').fill('15');
    await setup.getByTestId('issued').fill('15');
    await setup.getByText('Cần ít nhất 14/21 người (2/3). Đủ túc số.').waitFor();

    // The sample's candidates were the school's: remove them all.
    const removable = await setup
      .locator('[data-testid^="candidate-remove-"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')!));
    for (const id of removable) await setup.getByTestId(id).click();

    // A person is typed with their school; without it "Thêm" refuses, in Vietnamese.
    await setup.getByTestId('candidate-title').selectOption('CSTDCS');
    await setup.getByTestId('cluster-person-id').fill('C_GV07');
    await setup.getByTestId('cluster-person-name').fill('Nguyễn Thị Mai');
    await setup.getByTestId('cluster-person-add').click();
    await setup.getByTestId('candidate-message').getByText('chọn trường của người được đề nghị').waitFor();
    const school = await setup.getByTestId('cluster-person-unit').locator('option').nth(3).textContent();
    await setup.getByTestId('cluster-person-unit').selectOption({ index: 3 });
    // Enter in the name field adds her; it does not save the setup.
    await setup.getByTestId('cluster-person-name').press('Enter');
    const mai = setup.getByTestId('candidate-CSTDCS:C_GV07');
    await mai.getByText(`(C_GV07 – ${school})`).waitFor();

    // A school of the cụm stands for Cờ thi đua: dẫn đầu cụm.
    await setup.getByTestId('candidate-title').selectOption('CO_THI_DUA');
    await setup.getByText('Trường trong cụm', { exact: true }).waitFor();
    await setup.getByTestId('candidate-pick').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await setup.getByTestId('candidate-add').click();
    await setup.getByTestId('candidates-CO_THI_DUA').locator('li').first().waitFor();

    await setup.getByTestId('setup-save').click();
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await panel.getByTestId('tally-row-CSTDCS:C_GV07').waitFor();

    const minutes = await sheetText(page, 'Biên bản kiểm phiếu');
    expect(minutes).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(minutes).toContain('Tổng số đại biểu: | 21 | người');
    expect(minutes.some((t) => t.startsWith(`1 | Nguyễn Thị Mai | ${school}`))).toBe(true);
    expect(minutes).toContain('THƯ KÝ | CỤM TRƯỞNG');
  });
});
