/**
 * The meeting's times in "Gửi Phòng" are plain text boxes read as giờ:phút, with Vietnamese messages, not
 * the browser's time picker (whose AM/PM and bubbles follow the browser's language).
 */
import { openPreview, type PreviewSession } from './support/browser';

describe('the start time of the meeting', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('reads "14h30" as 14:30 and refuses "25:00" in Vietnamese', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    await page.getByTestId('nav-export').click();
    const panel = page.getByTestId('panel-export');
    const start = panel.getByTestId('export-start-time');
    await start.waitFor();
    expect(await start.getAttribute('type')).not.toBe('time');

    await start.fill('14h30');
    await start.press('Tab');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="export-start-time"]') as HTMLInputElement | null)?.value ===
        '14:30',
    );

    await start.fill('25:00');
    await start.press('Tab');
    await panel
      .getByText('Không đọc được giờ "25:00". Hãy ghi theo dạng giờ:phút, ví dụ 14:00 hoặc 7:30.')
      .waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
