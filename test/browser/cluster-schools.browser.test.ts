/**
 * A cụm thi đua's year-end meeting end to end in the preview, on the cụm's own workbook: Lập bảng lists its
 * seven primary schools (pasted from Excel, as a cụm trưởng would), the delegates of the schools vote Cờ thi
 * đua for the leading school and CSTĐCS for a teacher of one of them, keyed in ballot by ballot, and the
 * workbook's biên bản and the papers sent to the Phòng are the cụm's, naming the leading school.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openPreview, type PreviewSession } from './support/browser';
import { paneOverflow } from './support/pane-fit';

const CLUSTER_NAME = 'Cụm thi đua số 3 – Cấp Tiểu học';
const SEVEN_SCHOOLS = [
  'Mã trường\tTên trường\tCấp học\tCụm\tHiệu trưởng',
  'TH301\tTrường Tiểu học Bình Hòa\tTH\tCụm 3\tNguyễn Văn An',
  'TH302\tTrường Tiểu học Bình Hòa 2\tTH\tCụm 3\tTrần Thị Bích',
  'TH303\tTrường Tiểu học An Phú\tTH\tCụm 3\tLê Văn Cường',
  'TH304\tTrường Tiểu học Lái Thiêu\tTH\tCụm 3\tPhạm Thị Dung',
  'TH305\tTrường Tiểu học Hưng Định\tTH\tCụm 3\tVõ Văn Em',
  'TH306\tTrường Tiểu học Thuận Giao\tTH\tCụm 3\tĐặng Thị Giang',
  'TH307\tTrường Tiểu học An Thạnh\tTH\tCụm 3\tHuỳnh Văn Hải',
].join('\n');
const LEADER = 'Trường Tiểu học Lái Thiêu';
const RUNNER_UP = 'Trường Tiểu học An Phú';
const MAI_SCHOOL = 'Trường Tiểu học Hưng Định';

/** Every non-empty row of a sheet, its non-empty cells joined by " | ", through the preview's debug hook. */
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

/** The rows of an exported sheet, string cells joined by " | ". */
function exportedRows(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => {
      // A merged cell repeats its master's value: keep it once.
      if (cell.isMerged && cell.master !== cell) return;
      const value = cell.value;
      if (typeof value === 'string' && value !== '') cells.push(value);
      else if (typeof value === 'number') cells.push(String(value));
    });
    if (cells.length) out.push(cells.join(' | '));
  });
  return out;
}

/**
 * Whether the pane scrolls sideways once dragged to `width` px (as ?pane=320 sets it, and Excel when the user
 * narrows the pane); the pane goes back to its width after.
 */
async function overflowAt(page: Page, width: number, step: string): Promise<string[]> {
  const set = (w: string) =>
    page.evaluate((value) => {
      const pane = document.querySelector<HTMLElement>('.preview-pane')!;
      Object.assign(pane.style, { width: value, minWidth: value, maxWidth: value });
    }, w);
  await set(`${width}px`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const found = await paneOverflow(page, `${step} at ${width} px`);
  await set('');
  return found;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="write-status"]')?.getAttribute('data-pending') === '0',
    undefined,
    { timeout: 60000 },
  );
}

describe('a cụm thi đua’s year-end meeting on its workbook of schools', () => {
  let session: PreviewSession;
  const problems: string[] = [];
  afterAll(async () => {
    await session?.close();
  });

  it('builds the cụm’s workbook: seven primary schools pasted, one criterion', async () => {
    session = await openPreview();
    const { page } = session;
    const template = page.getByTestId('panel-template');
    await template.getByRole('radio', { name: 'Các trường (Phòng GD&ĐT)' }).check();
    const name = template.getByTestId('school-name');
    await name.fill(CLUSTER_NAME);
    await name.press('Enter');
    await template.getByTestId('school-parentBody').fill('Phòng Giáo dục và Đào tạo thị xã Thuận An');
    await template.getByTestId('school-parentBody').press('Enter');
    await template.getByTestId('school-schoolYear').fill('2024-2025');
    await template.getByTestId('school-schoolYear').press('Enter');

    await template.getByTestId('template-section-staff').click();
    await template.getByTestId('schools-paste').fill(SEVEN_SCHOOLS);
    await template.getByTestId('schools-paste-read').click();
    await template.getByTestId('schools-import-preview').waitFor();
    await template.getByTestId('schools-import-replace').click();
    await template.getByTestId('schools-import-done').waitFor();
    expect(await template.getByTestId('template-section-staff').textContent()).toBe(
      'Các trường: 7 trường, 1 cụm',
    );

    await template.getByTestId('template-section-criteria').click();
    await template.getByTestId('section-new').fill('I. Công tác quản lý');
    await template.getByTestId('section-new').press('Enter');
    await template.getByTestId('section-add-I').click();
    const form = template.getByTestId('criterion-form');
    await form.waitFor();
    await form.getByTestId('criterion-label').fill('Xây dựng và thực hiện kế hoạch năm học');
    await form.getByTestId('criterion-max').fill('100');
    await form.getByTestId('criterion-save').click();
    await template.getByTestId('criterion-row').waitFor();
    expect(await template.getByTestId('build-errors').count()).toBe(0);
    await template.getByTestId('template-build').click();
    await template.getByTestId('build-result').waitFor({ timeout: 60000 });
    problems.push(...(await overflowAt(page, 320, 'built')));
    expect(session.consoleErrors).toEqual([]);
  });

  it('sets up the delegates’ meeting: two schools for Cờ thi đua, a teacher of a third for CSTĐCS', async () => {
    const { page } = session;
    await page.getByTestId('nav-meeting').click();
    const panel = page.getByTestId('panel-meeting');
    await panel.getByTestId('meeting-tab-setup').click();
    const setup = panel.getByTestId('meeting-setup');
    await setup.waitFor();

    await setup.getByTestId('body-cluster').check();
    await setup.getByText('Tổng số đại biểu các đơn vị').waitFor();
    await setup.getByTestId('total-members').fill('21');
    await setup.getByTestId('present').fill('18');
    await setup.getByTestId('issued').fill('18');
    await setup.getByText('Cần ít nhất 14/21 người (2/3). Đủ túc số.').waitFor();

    // Whatever the workbook proposed on its own is not the cụm's: start from an empty list.
    const removable = await setup
      .locator('[data-testid^="candidate-remove-"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')!));
    for (const id of removable) await setup.getByTestId(id).click();

    // Cờ thi đua: two of the cụm's schools, picked from the roster.
    await setup.getByTestId('candidate-title').selectOption('CO_THI_DUA');
    await setup.getByText('Trường trong cụm', { exact: true }).waitFor();
    for (const school of [LEADER, RUNNER_UP]) {
      await setup.getByTestId('candidate-pick').click();
      await page
        .getByRole('listbox')
        .getByRole('option', { name: new RegExp(school) })
        .click();
      await setup.getByTestId('candidate-add').click();
    }
    expect(await setup.getByTestId('candidates-CO_THI_DUA').locator('li').count()).toBe(2);

    // CSTĐCS: a teacher, her school chosen among the roster's schools.
    await setup.getByTestId('candidate-title').selectOption('CSTDCS');
    await setup.getByTestId('cluster-person-id').fill('GV0507');
    await setup.getByTestId('cluster-person-name').fill('Nguyễn Thị Mai');
    const units = await setup.getByTestId('cluster-person-unit').locator('option').allTextContents();
    expect(units).toEqual(
      expect.arrayContaining(
        SEVEN_SCHOOLS.split('\n')
          .slice(1)
          .map((l) => l.split('\t')[1]),
      ),
    );
    await setup.getByTestId('cluster-person-unit').selectOption({ label: MAI_SCHOOL });
    await setup.getByTestId('cluster-person-add').click();
    await setup.getByTestId('candidate-CSTDCS:GV0507').getByText(`(GV0507 – ${MAI_SCHOOL})`).waitFor();
    problems.push(...(await overflowAt(page, 320, 'setup')));

    await setup.getByTestId('setup-save').click();
    await panel.getByTestId('meeting-tally').waitFor({ timeout: 30000 });
    await panel.getByTestId('tally-row-CSTDCS:GV0507').waitFor();
    await settled(page);
    expect(session.consoleErrors).toEqual([]);
  });

  it('keys in 18 ballots: the leading school and the teacher pass', async () => {
    const { page } = session;
    const panel = page.getByTestId('panel-meeting');
    const rows = await panel
      .locator('[data-testid^="tally-row-"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')!.slice('tally-row-'.length)));
    // The schools stand under their mã (Lái Thiêu TH304, An Phú TH303), the teacher under hers; the
    // ballot's keys follow the rows' order.
    expect([...rows].sort()).toEqual(['CO_THI_DUA:TH303', 'CO_THI_DUA:TH304', 'CSTDCS:GV0507']);
    // 15 ballots agree with Lái Thiêu and Mai, not An Phú; 3 agree with all three.
    const one = rows.map((k) => (k === 'CO_THI_DUA:TH303' ? '2' : '1'));
    const entry = panel.getByTestId('ballot-entry');
    await entry.focus();
    for (let i = 0; i < 15; i++) for (const key of one) await page.keyboard.press(key);
    for (let i = 0; i < 3; i++) await page.keyboard.press('a');
    await settled(page);
    expect(await panel.getByTestId('round-summary').textContent()).toContain('Thu vào 18');
    const status = (key: string) =>
      panel.getByTestId(`tally-row-${key}`).getByTestId('tally-status').textContent();
    expect(await status('CO_THI_DUA:TH304')).toBe('Đạt');
    expect(await status('CO_THI_DUA:TH303')).toBe('Không đạt');
    expect(await status('CSTDCS:GV0507')).toBe('Đạt');
    problems.push(...(await overflowAt(page, 320, 'tally')));

    // Đối chiếu: the log and "Kiểm phiếu" agree, though the schools were added before the teacher.
    await panel.getByTestId('meeting-tab-check').click();
    await panel.getByTestId('check-run').click();
    await panel.getByTestId('check-ok').waitFor();
    await panel.getByTestId('meeting-tab-tally').click();
    expect(session.consoleErrors).toEqual([]);
  });

  it('the workbook’s biên bản is the cụm’s, naming the leading school live', async () => {
    const { page } = session;
    const minutes = await sheetText(page, 'Biên bản kiểm phiếu');
    expect(minutes).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(minutes).toContain('Tổng số đại biểu: | 21 | người');
    // The row under "Đơn vị dẫn đầu cụm" names the school live, once its Cờ thi đua vote passed.
    const leading = minutes.indexOf('Đơn vị dẫn đầu cụm (đạt Cờ thi đua):');
    expect(leading).toBeGreaterThan(0);
    expect(minutes[leading + 1]).toBe(LEADER);
    // By title, as the log and the pane list them: CSTĐCS before Cờ thi đua, whatever the order of adding.
    expect(minutes).toContain(`1 | Nguyễn Thị Mai | ${MAI_SCHOOL} | CSTĐCS | 18 | 100,00% | Đạt`);
    expect(minutes).toContain(`2 | ${LEADER} | ${LEADER} | Cờ thi đua | 18 | 100,00% | Đạt`);
    expect(minutes).toContain(`3 | ${RUNNER_UP} | ${RUNNER_UP} | Cờ thi đua | 3 | 16,67% | Không đạt`);
    expect(minutes).toContain('THƯ KÝ | CỤM TRƯỞNG');
  });

  it('Gửi Phòng offers the cụm’s papers and exports its biên bản and lists with the schools', async () => {
    const { page } = session;
    await page.getByTestId('nav-export').click();
    const panel = page.getByTestId('panel-export');
    const documents = panel.getByTestId('export-documents');
    await documents.waitFor();
    // The cụm's papers: the list of the one individual title voted on, its biên bản, its biên bản kiểm
    // phiếu. Not the Phòng's report on the schools, nor the school's summary or empty lists.
    const offered = await documents
      .locator('[data-testid^="export-doc-"]')
      .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-testid')));
    expect(offered).toEqual([
      'export-doc-proposal:CSTDCS',
      'export-doc-meeting-minutes',
      'export-doc-ballot-count',
    ]);
    await documents.getByText('Biên bản họp cụm thi đua', { exact: true }).waitFor();
    // Signed by the cụm trưởng: the cụm's own title is offered, not a school's.
    expect(await panel.getByTestId('export-signer-title').textContent()).toBe('CỤM TRƯỞNG');
    problems.push(...(await overflowAt(page, 320, 'export')));

    // The cụm trưởng signs: the hiệu trưởng of the school that chairs the cụm this year.
    await panel.getByTestId('export-signer-name').fill('Phạm Thị Dung');
    await panel.getByTestId('export-start-time').fill('14:00');
    await panel.getByTestId('export-run').click();
    await panel.getByTestId('export-done').waitFor({ timeout: 60000 });
    const created = await page.evaluate(
      () =>
        (window as unknown as { __thiDuaPreview: { createdWorkbooks: string[] } }).__thiDuaPreview
          .createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created[0], 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Lưu ý',
      'DS đề nghị CSTĐCS',
      'Biên bản họp xét thi đua',
      'Biên bản kiểm phiếu',
    ]);
    const sheet = (name: string) => exportedRows(workbook.getWorksheet(name)!);
    // A cụm has no Chỉ tiêu: it is not told to build one.
    expect(sheet('Lưu ý').join(' ')).not.toContain('Chỉ tiêu');

    const minutes = sheet('Biên bản họp xét thi đua');
    expect(minutes).toContain('BIÊN BẢN HỌP CỤM THI ĐUA');
    expect(minutes).toContain('- Các đơn vị trong cụm (7 đơn vị):');
    const leading = minutes.indexOf('Đơn vị dẫn đầu cụm thi đua:');
    expect(minutes[leading + 1]).toBe(`1. ${LEADER}.`);
    expect(minutes).toContain('STT | Họ và tên / Tên tập thể | Đơn vị | Đồng ý | Tổng số | Tỉ lệ');
    expect(minutes).toContain(`1 | Nguyễn Thị Mai | ${MAI_SCHOOL} | 18 | 18 | 1`);
    expect(minutes).toContain(`1 | ${LEADER} | ${LEADER} | 18 | 18 | 1`);
    expect(minutes.some((t) => t.includes(RUNNER_UP) && t.includes('| 3 |'))).toBe(false);
    expect(minutes).toContain('THƯ KÝ | CỤM TRƯỞNG');

    const list = sheet('DS đề nghị CSTĐCS');
    expect(list).toContain('DANH SÁCH ĐỀ NGHỊ DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ');
    const header = list.find((t) => t.startsWith('STT | Họ và tên'))!;
    expect(header.split(' | ')).toContain('Đơn vị');
    expect(list).toContain(`1 | Nguyễn Thị Mai | ${MAI_SCHOOL} | Chiến sĩ thi đua cơ sở | 18 | 18 | 1`);
    expect(list).toContain('Nơi nhận: | CỤM TRƯỞNG');

    // No "Tóm tắt": the cụm's lists are not one school's, for the Phòng to add up as a school.
    expect(problems).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
