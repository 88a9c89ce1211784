import { sampleFullCase, samplePhongCase } from '../../../src/domain/sample';
import {
  documentsFor,
  signerTitlesFor,
  initialForm,
  localIsoDate,
  recipientDefaultName,
  settingsFromForm,
  toggleDocument,
  withRecipientKind,
} from '../../../src/taskpane/panels/export/form';

const schoolCase = sampleFullCase();
const info = schoolCase.roster.info;

describe('the export form of the sample school', () => {
  const form = initialForm(schoolCase, '2021-05-28');

  it('starts with every paper, sent to the Phòng above the school, signed by the principal', () => {
    expect(form.documents).toEqual([
      'summary',
      'proposal:LDTT',
      'proposal:CSTDCS',
      'proposal:CSTD_TINH',
      'proposal:TTLDTT',
      'proposal:TTLDXS',
      'meeting-minutes',
      'ballot-count',
    ]);
    expect(form).toMatchObject({
      recipientKind: 'phong-gddt',
      recipientName: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
      signerTitle: 'HIỆU TRƯỞNG',
      signerName: 'Nguyễn Thị Hoàng Trang',
      date: '2021-05-28',
      meetingDate: '2021-05-25',
      chairName: 'Nguyễn Thị Hoàng Trang',
      destination: 'new',
    });
  });

  it('turns into export settings with names in NFC and blank fields left out', () => {
    const decomposed = 'Lê Văn Thư'.normalize('NFD');
    const settings = settingsFromForm({ ...form, secretaryName: ` ${decomposed} `, startTime: '14:00' });
    expect(settings.meeting?.secretary).toEqual({ fullName: 'Lê Văn Thư' });
    expect(settings.meeting?.startTime).toBe('14:00');
    expect(settings.meeting).not.toHaveProperty('endTime');
    expect(settings.meeting).not.toHaveProperty('place');
    expect(settings.recipient).toEqual({
      id: 'phong-gddt',
      name: 'Phòng Giáo dục và Đào tạo thị xã Thuận An',
    });
  });

  it('switching to the commune replaces the default name but never a name the user typed', () => {
    const commune = withRecipientKind(form, 'ubnd-xa', info);
    expect(commune.recipientName).toBe(recipientDefaultName('ubnd-xa', info));
    const typed = { ...commune, recipientName: 'Ủy ban nhân dân phường Bình Hòa' };
    expect(withRecipientKind(typed, 'so-gddt', info).recipientName).toBe('Ủy ban nhân dân phường Bình Hòa');
  });

  it("keeps the catalogue's order whatever order the papers are ticked in", () => {
    const none = { ...form, documents: [] };
    const ticked = toggleDocument(toggleDocument(none, 'ballot-count', true), 'summary', true);
    expect(ticked.documents).toEqual(['summary', 'ballot-count']);
    expect(toggleDocument(ticked, 'summary', false).documents).toEqual(['ballot-count']);
  });

  it("dates the papers with the user's own day, not UTC's", () => {
    expect(localIsoDate(new Date(2021, 4, 28, 23, 30))).toBe('2021-05-28');
    expect(localIsoDate(new Date(2021, 0, 5, 0, 10))).toBe('2021-01-05');
  });
});

describe('the export form of a Phòng scoring its schools', () => {
  const sample = samplePhongCase();
  const phong = { roster: sample.roster, scoring: { config: sample.config, inputs: sample.scores } };
  const form = initialForm(phong, '2021-06-05');

  it('offers only the report on the schools, signed by the trưởng phòng', () => {
    expect(documentsFor(phong).map((d) => d.id)).toEqual(['schools-report']);
    expect(form.documents).toEqual(['schools-report']);
    expect(form.signerTitle).toBe('TRƯỞNG PHÒNG');
  });

  it('ticking keeps to the Phòng’s catalogue', () => {
    const none = { ...form, documents: [] };
    expect(toggleDocument(none, 'schools-report', true, documentsFor(phong)).documents).toEqual([
      'schools-report',
    ]);
    expect(toggleDocument(none, 'summary', true, documentsFor(phong)).documents).toEqual([]);
  });
});

describe('who may sign, by what the workbook is', () => {
  it('a school: the principal and those who sign for them; a Phòng: the trưởng phòng; a cụm: the cụm trưởng', () => {
    expect(signerTitlesFor(schoolCase)[0]).toBe('HIỆU TRƯỞNG');
    const sample = samplePhongCase();
    const phong = { roster: sample.roster, scoring: { config: sample.config, inputs: sample.scores } };
    expect(signerTitlesFor(phong)).toEqual(['TRƯỞNG PHÒNG', 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG']);
    const cluster = {
      ...schoolCase,
      votes: { ...schoolCase.votes!, meeting: { ...schoolCase.votes!.meeting, body: 'cluster' as const } },
    };
    expect(signerTitlesFor(cluster)).toEqual(['CỤM TRƯỞNG']);
    expect(signerTitlesFor(cluster)).toContain(initialForm(cluster, '2021-05-28').signerTitle);
    expect(signerTitlesFor(phong)).toContain(initialForm(phong, '2021-06-05').signerTitle);
  });
});
