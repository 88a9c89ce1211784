/**
 * A school's first day in the preview, without ?sample=1 and only through what a user can do: "Lập bảng"
 * builds the sample school's workbook with its targets, the scores are typed into the round sheets, Bình
 * xét is set up from the pane, the projector opens in a window of its own, 41 ballots are keyed in (one
 * invalid, one slip undone), and "Gửi Phòng" opens the papers in a new workbook whose CSTĐCS list is the
 * vote's. At 320 px and at 450 px, with no sideways scroll at any step and no console error.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { sampleSchoolCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import { buildScoringWorkbook, scoreCellLocation } from '../../src/layout/scoring';
import { openPreview, type PreviewSession } from './support/browser';
import { paneOverflow } from './support/pane-fit';

const sample = sampleSchoolCase();
const { map } = buildScoringWorkbook(sample.roster, sample.config, []);
const HANG = { id: 'BH2-038', name: 'Dương Thị Thanh Hằng' };
const YEN = { id: 'BH2-040', name: 'Ngô Thị Bảo Yến' };

/** The sample's scores, sheet by sheet, as cells a user fills in (typed or pasted) on each round sheet. */
function scoreCells(): Record<string, [string, number][]> {
  const bySheet: Record<string, [string, number][]> = {};
  for (const input of sample.scores) {
    const at = scoreCellLocation(map, input);
    if (!at) throw new Error(`no cell for ${input.personId} ${input.criterionId}`);
    (bySheet[at.sheet] ??= []).push([at.address, input.value]);
  }
  return bySheet;
}

/** Selects a cell of the open sheet and types into the formula bar, as a person does. */
async function typeInto(page: Page, address: string, text: string): Promise<string> {
  await page.locator(`section.preview-grid td[data-cell="${address}"]`).click();
  const input = page.getByTestId('grid-input');
  await input.fill(text);
  await input.press('Enter');
  return (await page.getByTestId('grid-message').textContent()) ?? '';
}

/** The rest of the scores, one Excel.run per sheet: what a paste from the school's old sheet writes. */
async function pasteScores(page: Page, cells: Record<string, [string, number][]>): Promise<void> {
  await page.evaluate(async (bySheet) => {
    type Ctx = {
      workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown } } } };
      sync(): Promise<void>;
    };
    const excel = (window as unknown as { Excel: { run(f: (c: Ctx) => Promise<void>): Promise<void> } })
      .Excel;
    await excel.run(async (context) => {
      for (const [sheet, list] of Object.entries(bySheet)) {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const [address, value] of list) ws.getRange(address).values = [[value]];
      }
      await context.sync();
    });
  }, cells);
}

async function idle(page: Page): Promise<void> {
  await page.getByTestId('busy').waitFor({ state: 'detached', timeout: 90000 });
}

async function writesDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
    undefined,
    { timeout: 60000 },
  );
}

async function keys(page: Page, list: string[]): Promise<void> {
  for (const key of list) await page.keyboard.press(key);
}

/** Every person named on a "DS đề nghị" sheet (rows with a number in STT and a name beside it). */
function listed(sheet: ExcelJS.Worksheet): string[] {
  const people: string[] = [];
  sheet.eachRow((row) => {
    const stt = row.getCell(1).value;
    const name = row.getCell(2).value;
    if (typeof stt === 'number' && typeof name === 'string') people.push(name);
  });
  return people;
}

describe.each([320, 450])('a school’s first day in a %i px pane', (width) => {
  let session: PreviewSession;
  /** Sideways overflow seen on each step of the walk; the export form's own, kept apart (see below). */
  const overflow: string[] = [];
  const exportOverflow: string[] = [];
  let meetingDateType: string | null = null;
  let previewOnOpen = '';
  afterAll(async () => {
    await session?.close();
  });

  it('builds with targets, scores, sets up and counts a meeting on a second screen, and exports its lists', async () => {
    session = await openPreview(`pane=${width}`);
    const { page } = session;
    const fits = async (step: string) => {
      const found = await paneOverflow(page, step);
      (step.startsWith('Gửi Phòng') ? exportOverflow : overflow).push(...found);
    };

    // "Lập bảng": the sample school typed in for us, without its scores; targets on (the default).
    const template = page.getByTestId('panel-template');
    await fits('Lập bảng, empty');
    await template.getByTestId('template-sample-scores').uncheck();
    await template.getByTestId('template-use-sample').click();
    await template.getByTestId('template-sample-done').waitFor();
    expect(await template.getByTestId('template-with-targets').isChecked()).toBe(true);
    await template.getByTestId('template-section-staff').click();
    await fits('Lập bảng, staff open');
    await template.getByTestId('template-build').click();
    await template.getByTestId('build-result').waitFor({ timeout: 90000 });
    await idle(page);
    const built = await template.getByTestId('built-sheet').allTextContents();
    expect(built).toEqual(expect.arrayContaining(['Đợt 1', 'Đợt 2', 'Tổng hợp năm', 'Chỉ tiêu', 'Đăng ký']));
    await fits('Lập bảng, built');

    // Scores: two typed into "Đợt 1" through the sheet, the rest pasted in.
    const cells = scoreCells();
    const firstSheet = Object.keys(cells)[0];
    await page.getByTestId(`sheet-tab-${firstSheet}`).click();
    await page.locator(`section.preview-grid[data-sheet="${firstSheet}"]`).waitFor();
    const typed = cells[firstSheet].splice(0, 2);
    for (const [address, value] of typed) {
      expect(await typeInto(page, address, String(value).replace('.', ','))).toBe('');
    }
    await pasteScores(page, cells);

    // "Điểm": the pane reads the scored year.
    await page.getByTestId('nav-scores').click();
    await page.getByTestId('scores-panel').waitFor({ timeout: 60000 });
    await page.getByTestId('scores-refresh').click();
    await idle(page);
    // Hằng's year total is the one the domain computes from the same scores: every score reached the sheets.
    const expected = evaluateScoring(sample.roster, sample.config, sample.scores).people.find(
      (p) => p.personId === HANG.id,
    );
    await page.getByTestId('scores-search').fill('Thanh Hằng');
    const card = page.locator(`[data-testid="scores-person"][data-person="${HANG.id}"]`);
    expect(await card.getByTestId('scores-person-headline').textContent()).toContain(
      `${expected?.yearTotal.toFixed(2).replace('.', ',')} điểm`,
    );
    await fits('Điểm');

    // "Chỉ tiêu": the targets built with the template are there.
    await page.getByTestId('nav-targets').click();
    await page.getByTestId('panel-targets').getByTestId('target-LDTT').waitFor({ timeout: 60000 });
    await fits('Chỉ tiêu');

    // Bình xét: the council's meeting, two CSTĐCS candidates picked by name.
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    const setup = panel.getByTestId('meeting-setup');
    await setup.waitFor({ timeout: 60000 });
    await fits('Bình xét, setup');
    await setup.getByTestId('total-members').fill('61');
    await setup.getByTestId('present').fill('41');
    await setup.getByText('Đủ túc số', { exact: false }).first().waitFor();
    // The meeting's date, in the field Bình xét offers (see the last test of this file).
    const meetingDate = setup.getByLabel('Ngày họp');
    meetingDateType = await meetingDate.getAttribute('type');
    await meetingDate.fill(meetingDateType === 'date' ? '2021-05-25' : '25/05/2021');
    await setup.getByTestId('candidate-title').selectOption('CSTDCS');
    for (const person of [HANG, YEN]) {
      await setup.getByTestId('candidate-pick').click();
      await page.keyboard.type(person.name.split(' ').slice(-2).join(' '));
      await page.getByRole('option', { name: new RegExp(`${person.name} \\(${person.id}`) }).click();
      await setup.getByTestId('candidate-add').click();
      await setup.getByTestId(`candidate-CSTDCS:${person.id}`).waitFor();
    }
    await fits('Bình xét, candidates');
    // Neither has a rating or a sáng kiến on "Đăng ký" yet: the setup says so, with its source.
    const warned = await setup.getByTestId('candidate-warning').allTextContents();
    expect(warned).toHaveLength(2);
    for (const [i, person] of [HANG, YEN].entries()) {
      expect(warned[i]).toContain(`Chưa rõ ${person.name} có đủ điều kiện CSTĐCS không`);
      expect(warned[i]).toContain('(căn cứ: Luật Thi đua, khen thưởng 2022 Điều 23)');
    }
    await setup.getByTestId('setup-save').click();
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 60000 });
    await fits('Bình xét, tally');
    const order = await panel
      .locator('[data-testid^="tally-row-"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
    expect(order).toEqual([`tally-row-CSTDCS:${HANG.id}`, `tally-row-CSTDCS:${YEN.id}`]);

    // The projector in a window of its own (Office's dialog), following the count.
    await panel.getByTestId('projector-open').click();
    await fits('Bình xét, projector in the pane');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('projector-dialog-open').click(),
    ]);
    const popupErrors: string[] = [];
    popup.on('pageerror', (err) => popupErrors.push(String(err)));
    popup.on('console', (msg) => msg.type() === 'error' && popupErrors.push(msg.text()));
    await popup.getByTestId('projector-board').waitFor({ timeout: 30000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('projector').waitFor({ state: 'detached' });
    await panel.getByTestId('projector-dialog-status').waitFor();
    await fits('Bình xét, projector window open');

    // 41 ballots: 25 agree with both, a slip (X) undone by Ctrl+Z, 10 Hằng only, 5 neither, 1 invalid.
    const entry = panel.getByTestId('ballot-entry');
    await entry.focus();
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 1');
    await keys(page, Array<string>(25).fill('a'));
    await keys(page, ['x']);
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 27');
    await keys(page, ['Control+z']);
    expect(await panel.getByTestId('ballot-number').textContent()).toBe('Phiếu số 26');
    await popup.getByTestId('projector-counted').getByText('Phiếu số 26').waitFor();
    for (let i = 0; i < 10; i++) await keys(page, ['1', '2']);
    for (let i = 0; i < 5; i++) await keys(page, ['2', '2']);
    await keys(page, ['x']);
    await writesDone(page);
    expect(await panel.getByTestId('round-summary').textContent()).toBe(
      'Vòng 1: Phát ra 41 · Thu vào 41 · Hợp lệ 40 · Không hợp lệ 1 · Chưa kiểm 0',
    );
    const hang = panel.getByTestId(`tally-row-CSTDCS:${HANG.id}`);
    const yen = panel.getByTestId(`tally-row-CSTDCS:${YEN.id}`);
    expect(await hang.getByTestId('tally-agree').textContent()).toMatch(/^35\/4[01]$/);
    expect(await hang.getByTestId('tally-status').textContent()).toBe('Đạt');
    expect(await yen.getByTestId('tally-agree').textContent()).toMatch(/^25\/4[01]$/);
    expect(await yen.getByTestId('tally-status').textContent()).toBe('Không đạt');
    await fits('Bình xét, counted');
    expect(await hang.getByTestId('tally-eligibility').textContent()).toContain(`Chưa rõ ${HANG.name}`);
    // "Nhật ký phiếu" keeps the slip, marked undone.
    const log = await page.evaluate(() => {
      const host = (
        window as unknown as {
          __thiDuaPreview: { inspect: { values(s: string, a: string): unknown[][] } };
        }
      ).__thiDuaPreview;
      return host.inspect.values('Nhật ký phiếu', 'A1:H60');
    });
    expect(log.filter((row) => row[5] === 'Hủy')).toHaveLength(1);
    expect(log.filter((row) => row[7] === 'Đã hủy')).toHaveLength(1);

    // The second screen shows the same count.
    await popup.getByTestId('projector-counted').getByText('Đã kiểm 41/41 phiếu').waitFor();
    expect(await popup.getByTestId(`projector-row-CSTDCS:${HANG.id}`).getAttribute('data-status')).toBe(
      'passed',
    );
    expect(await popup.getByTestId(`projector-row-CSTDCS:${YEN.id}`).textContent()).toContain('Không đạt');
    await popup.close();
    await panel.getByTestId('projector-dialog-status').waitFor({ state: 'detached', timeout: 10000 });

    // "Gửi Phòng": the papers in a new workbook.
    await page.getByTestId('nav-export').click();
    const exportPanel = page.getByTestId('panel-export');
    await exportPanel.getByTestId('export-preview').waitFor({ timeout: 60000 });
    await fits('Gửi Phòng');
    // What "Xem trước" shows on opening, right after the vote (see the test after this one); then "Đọc lại".
    const proposal = exportPanel.getByTestId('preview-proposal:CSTDCS');
    previewOnOpen = await page
      .waitForFunction(
        () =>
          document.querySelector('[data-testid="preview-proposal:CSTDCS"]')?.getAttribute('data-state') ===
          'rows',
        undefined,
        { timeout: 5000 },
      )
      .then(() => 'rows')
      .catch(async () => (await proposal.getAttribute('data-state')) ?? '');
    await exportPanel.getByTestId('export-refresh').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="preview-proposal:CSTDCS"]')?.getAttribute('data-state') ===
        'rows',
      undefined,
      { timeout: 60000 },
    );
    await exportPanel.getByTestId('export-start-time').fill('14:00');
    await exportPanel.getByTestId('export-run').click();
    await exportPanel.getByTestId('export-done').waitFor({ timeout: 60000 });
    await fits('Gửi Phòng, exported');
    const created = await page.evaluate(
      () =>
        (window as unknown as { __thiDuaPreview: { createdWorkbooks: string[] } }).__thiDuaPreview
          .createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created[0], 'base64') as unknown as ArrayBuffer);
    expect(listed(workbook.getWorksheet('DS đề nghị CSTĐCS')!)).toEqual([HANG.name]);
    // "Biên bản kiểm phiếu": the counts under their headings, each candidate's agree count and result.
    const minutes = workbook.getWorksheet('Biên bản kiểm phiếu')!;
    let counts: unknown[] = [];
    const candidates: unknown[][] = [];
    minutes.eachRow((row, n) => {
      if (row.getCell(1).value === 'Số phiếu phát ra') {
        const values = minutes.getRow(n + 1);
        counts = [1, 3, 4, 6].map((c) => values.getCell(c).value);
      }
      const name = row.getCell(2).value;
      if (name === HANG.name || name === YEN.name)
        candidates.push([name, row.getCell(5).value, row.getCell(7).value]);
    });
    expect(counts).toEqual([41, 41, 40, 1]);
    const lines: string[] = [];
    workbook.getWorksheet('Biên bản họp xét thi đua')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'string') lines.push(row.getCell(1).value as string);
    });
    expect(lines).toContain('- Thời gian: 14 giờ 00, ngày 25 tháng 5 năm 2021.');
    expect(candidates).toEqual([
      [HANG.name, 35, 'Đạt'],
      [YEN.name, 25, 'Không đạt'],
    ]);

    // The sixth tab, for the Phòng's own staff.
    await page.getByRole('tab', { name: 'Phòng GD&ĐT' }).click();
    await page.getByTestId('phong-files').waitFor({ state: 'attached', timeout: 60000 });
    await fits('Phòng GD&ĐT');

    expect(overflow).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  // The export form with a meeting in the workbook: at 320 px "Người chủ trì" and "Chức vụ người chủ trì" sit
  // side by side; each input must shrink to its column (it kept its text width and scrolled the pane sideways).
  it('the export form of a school with a meeting fits the pane', () => {
    expect(exportOverflow).toEqual([]);
  });

  // The ballots are written outside the pane's read, which marks the case stale; opening "Gửi Phòng" reads the
  // workbook again, so its "Xem trước" shows the vote's list without "Đọc lại".
  it('"Gửi Phòng" opened right after the vote previews the vote’s list', () => {
    expect(previewOnOpen).toBe('rows');
  });

  // Issue 11 asks for one Vietnamese dd/mm/yyyy date field everywhere, "Ngày họp" in Bình xét included (it was
  // the browser's own date input, which follows the browser's language).
  it('the meeting date in Bình xét is the Vietnamese dd/mm/yyyy field', () => {
    expect(meetingDateType).not.toBe('date');
  });
});
