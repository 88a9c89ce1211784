/**
 * A Phòng GD&ĐT builds its bảng chấm điểm thi đua các trường in "Lập bảng" at 320 px (issue 13): it chooses
 * "Các trường" with the keyboard, pastes 6 schools from Excel, and the form speaks of trường, cụm and cấp
 * học, asks no gender or birth date, and does not scroll sideways.
 */
import { openPreview, type PreviewSession } from './support/browser';
import { paneOverflow } from './support/pane-fit';

const SIX_SCHOOLS = [
  'Mã trường\tTên trường\tCấp học\tCụm\tHiệu trưởng',
  'MN01\tTrường Mầm non Hoa Sen\tMN\tCụm 1\tNguyễn Thị Lan',
  'TH01\tTrường Tiểu học Bình Hòa 2\tTH\tCụm 1\tTrần Văn Bình',
  'TH02\tTrường Tiểu học An Phú\tTiểu học\tCụm 2\tLê Thị Hoa',
  'THCS01\tTrường THCS Nguyễn Trãi\tTHCS\tCụm 2\tPhạm Văn Đức',
  'THCS02\tTrường Trung học cơ sở Lê Lợi\tTrung học cơ sở\tCụm 3\tVõ Thị Mai',
  'LC01\tTrường TH và THCS Tân Đông\tLiên cấp\tCụm 3\tĐặng Văn Hùng',
].join('\n');

describe('a Phòng lists its schools in "Lập bảng" at 320 px', () => {
  let session: PreviewSession;
  afterAll(async () => {
    await session?.close();
  });

  it('chooses "Các trường", pastes 6 schools, and the form fits with no gender or birth field', async () => {
    session = await openPreview('pane=320');
    const { page } = session;
    const template = page.getByTestId('panel-template');
    const problems: string[] = [];

    // The choice is a radio group: the arrow key moves from "Cán bộ của trường" to "Các trường".
    const staff = template.getByRole('radio', { name: 'Cán bộ của trường' });
    const schools = template.getByRole('radio', { name: 'Các trường (Phòng GD&ĐT)' });
    expect(await staff.isChecked()).toBe(true);
    await staff.focus();
    await page.keyboard.press('ArrowDown');
    expect(await schools.isChecked()).toBe(true);
    expect(await template.getByTestId('template-use-sample').textContent()).toBe('Dùng dữ liệu Phòng mẫu');
    expect(await template.getByTestId('template-section-school').textContent()).toContain('Phòng GD&ĐT');
    await template.getByText('Tên Phòng', { exact: true }).waitFor();
    problems.push(...(await paneOverflow(page, 'Phòng details')));

    await template.getByTestId('template-section-staff').click();
    await template.getByTestId('school-form').waitFor();
    problems.push(...(await paneOverflow(page, 'schools editor')));
    await template.getByTestId('schools-paste').fill(SIX_SCHOOLS);
    await template.getByTestId('schools-paste-read').click();
    const preview = template.getByTestId('schools-import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('schools-preview-row').count()).toBe(6);
    expect(await template.getByTestId('schools-import-issues').count()).toBe(0);
    problems.push(...(await paneOverflow(page, 'paste preview')));
    await template.getByTestId('schools-import-replace').click();
    await template.getByTestId('schools-import-done').waitFor();

    expect(await template.getByTestId('school-row').count()).toBe(6);
    expect(await template.getByTestId('template-section-staff').textContent()).toBe(
      'Các trường: 6 trường, 3 cụm',
    );
    const list = await template.getByTestId('school-list').textContent();
    expect(list).toContain('Trường TH và THCS Tân Đông');
    expect(list).toContain('Liên cấp');
    problems.push(...(await paneOverflow(page, 'list of 6 schools')));

    // A school is not a person: nothing asks its gender, birth date or hiring date.
    for (const testId of ['person-gender', 'person-birthDate', 'person-hireDate', 'person-form']) {
      expect(await template.getByTestId(testId).count()).toBe(0);
    }
    for (const label of ['Giới tính', 'Ngày sinh', 'Ngày tuyển dụng']) {
      expect(await template.getByText(label).count()).toBe(0);
    }

    // Criteria per cấp học, levels in the Phòng's words.
    await template.getByTestId('template-section-criteria').click();
    await template.getByTestId('criteria-empty').waitFor();
    const sums = template.getByTestId('role-sums');
    expect(await sums.getAttribute('aria-label')).toBe('Điểm tối đa theo cấp học');
    expect(await sums.locator('th').first().textContent()).toBe('Cấp học');
    await template.getByTestId('template-section-levels').click();
    await template.getByText('Phòng chấm', { exact: true }).waitFor();
    await template.getByText('Cụm chấm', { exact: true }).waitFor();
    problems.push(...(await paneOverflow(page, 'criteria and levels')));

    const errors = await template.getByTestId('build-errors').textContent();
    expect(errors).toContain('Chưa có tên Phòng');
    expect(errors).toContain('Bảng chấm điểm chưa có tiêu chí nào');
    expect(errors).not.toContain('cán bộ');

    expect(problems).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('types the Phòng and a 100-point criterion for every cấp học, and builds', async () => {
    const { page } = session;
    const template = page.getByTestId('panel-template');
    const name = template.getByTestId('school-name');
    await name.fill('Phòng Giáo dục và Đào tạo thị xã Thuận An');
    await name.press('Enter');
    await template.getByTestId('school-parentBody').fill('UBND thị xã Thuận An');
    await template.getByTestId('school-parentBody').press('Enter');
    await template.getByTestId('school-schoolYear').fill('2024-2025');
    await template.getByTestId('school-schoolYear').press('Enter');

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
    expect(await template.getByTestId('template-with-targets').count()).toBe(0);
    expect(await template.getByTestId('build-summary').textContent()).toBe(
      'Sẽ lập bảng cho 6 trường, 1 tiêu chí, 2 đợt.',
    );
    await template.getByTestId('template-build').click();
    await template.getByTestId('build-result').waitFor({ timeout: 60000 });
    expect(await paneOverflow(page, 'built')).toEqual([]);

    // The list sheet holds one row per school, found by its mã.
    const built = await template.getByTestId('built-sheet').allTextContents();
    const listSheet = built.find((sheet) => sheet.startsWith('Danh sách trường'));
    expect(listSheet).toBeDefined();
    expect(built.some((sheet) => sheet.startsWith('Tổng hợp cụm'))).toBe(true);
    const rows = await page.evaluate(async (sheet) => {
      type Ctx = {
        workbook: {
          worksheets: {
            getItem(n: string): { getUsedRange(): { values: unknown[][]; load(p: string): void } };
          };
        };
        sync(): Promise<void>;
      };
      const excel = (window as unknown as { Excel: { run<T>(f: (c: Ctx) => Promise<T>): Promise<T> } }).Excel;
      return excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(sheet).getUsedRange();
        used.load('values');
        await context.sync();
        return used.values.map((row) => row.map((cell) => String(cell ?? '')));
      });
    }, listSheet!);
    for (const line of SIX_SCHOOLS.split('\n').slice(1)) {
      const [code, name] = line.split('\t');
      const row = rows.find((cells) => cells.includes(code));
      expect(row).toContain(name);
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('Bảng điểm reads the built workbook in the Phòng’s words, and Gửi Phòng offers only the report on the schools', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Bảng điểm' }).click();
    await expect(page.getByTestId('scores-overview').textContent()).resolves.toContain('6 trường, 3 cụm.');
    expect(await page.getByTestId('scores-person').count()).toBe(6);

    await page.getByRole('tab', { name: 'Gửi Phòng' }).click();
    const documents = page.getByTestId('export-documents');
    await documents.waitFor();
    expect(await documents.getByRole('checkbox').count()).toBe(1);
    expect(await documents.getByTestId('export-doc-schools-report').count()).toBe(1);
    expect(await paneOverflow(page, 'export of a Phòng')).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
