/** The preview page: the real task pane beside the fake workbook, with no console error. */
import { openPreview, type PreviewSession } from './support/browser';

describe('preview page', () => {
  let session: PreviewSession;
  afterEach(async () => {
    await session?.close();
  });

  it('shows the task pane beside an empty workbook, without a console error', async () => {
    session = await openPreview();
    const { page } = session;
    await page.getByRole('heading', { name: 'Thi Đua', exact: true }).waitFor();
    await page.getByTestId('sheet-tab-Sheet1').waitFor();
    for (const tab of ['Lập bảng', 'Bảng điểm', 'Bình xét', 'Chỉ tiêu', 'Gửi Phòng']) {
      await page.getByRole('tab', { name: tab }).waitFor();
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('opens on the sample school with ?sample=1, every sheet in its tab', async () => {
    session = await openPreview('sample=1');
    const { page } = session;
    for (const sheet of [
      'Quy chế',
      'Danh sách',
      'Tiêu chí',
      'Đợt 1',
      'Đợt 2',
      'Tổng hợp năm',
      'Chỉ tiêu',
      'Kiểm phiếu',
    ]) {
      await page.getByTestId(`sheet-tab-${sheet}`).waitFor();
    }
    await page.getByTestId('sheet-tab-Tổng hợp năm').click();
    await page.locator('section.preview-grid[data-sheet="Tổng hợp năm"]').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('moves between the panels with the keyboard', async () => {
    session = await openPreview();
    const { page } = session;
    await page.getByRole('tab', { name: 'Lập bảng' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('panel-scores').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
