import { exportPreview } from '../../../src/layout/export';
import { exportInputFromCase } from '../../../src/layout/export-input';
import { documentStatus } from '../../../src/taskpane/panels/export/document-status';
import { EXPORT_STRINGS } from '../../../src/taskpane/panels/export/strings';
import { direct, handCount, sampleWith, SETTINGS } from '../../layout/export-input/fixtures';

describe('what the preview says of each paper of the sample school', () => {
  function statuses(agree: number[]) {
    const { read, results } = direct(sampleWith((c) => [handCount(c, agree)]));
    const input = exportInputFromCase(read, results, SETTINGS);
    const preview = exportPreview(input, ['summary', 'proposal:LDTT', 'proposal:CSTDCS', 'ballot-count']);
    return Object.fromEntries(
      preview.documents.map((d) => [d.id, documentStatus(d, EXPORT_STRINGS.vi.units)]),
    );
  }

  it('counts the people on a list and the titles in the summary; LĐTT, never voted on, has no data', () => {
    const s = statuses([40, 35, 29, 28, 33, 20]);
    expect(s['proposal:CSTDCS']).toEqual({ state: 'rows', count: '4 cá nhân' });
    expect(s.summary).toEqual({ state: 'rows', count: '5 danh hiệu' });
    expect(s['proposal:LDTT'].state).toBe('missing');
    expect(s['ballot-count']).toEqual({ state: 'rows', count: '6 ứng viên' });
  });

  it('says a list is empty when every candidate failed, rather than printing an empty table', () => {
    expect(statuses([1, 2, 3, 4, 5, 6])['proposal:CSTDCS']).toEqual({ state: 'empty', count: '0 cá nhân' });
  });
});
