/**
 * A cụm thi đua's workbook (issue 13), as `thidua new` writes it after the delegates' ballots, recalculated by
 * LibreOffice: its biên bản has no error cell and shows the same figures, and the leading school, as
 * HyperFormula and the domain.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_003_PROFILE } from '../../src/domain/votes';
import { sampleFullCase } from '../../src/domain/sample';
import type { SchoolCase } from '../../src/domain/case';
import { writeCaseFile } from '../../src/cli/commands/write-workbook';
import { readXlsxFile } from '../../src/xlsx/node-file';
import { CLUSTER_NAME, SCHOOLS, clusterBallots, clusterMeeting } from '../domain/votes/cluster-fixtures';
import { convertWithLibreOffice, withLibreOffice } from './libreoffice';

const lo = withLibreOffice('kiểm tra biên bản họp cụm bằng LibreOffice');
const ERROR_VALUE = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)/;

function clusterCase(): SchoolCase {
  const sample = sampleFullCase();
  return {
    ...sample,
    roster: {
      info: { ...sample.roster.info, name: CLUSTER_NAME },
      unitKind: 'school',
      roles: sample.roster.roles,
      teams: [{ id: 'CUM3', name: 'Cụm 3' }],
      staff: SCHOOLS.map((fullName, i) => ({
        id: `TH_${i + 1}`,
        fullName,
        roleId: sample.roster.roles[0].id,
        position: '',
        teamId: 'CUM3',
      })),
    },
    scoring: { ...sample.scoring, inputs: [] },
    targets: sample.targets && { ...sample.targets, targets: [], registrations: [], records: [] },
    votes: { profile: SEED_003_PROFILE, meeting: clusterMeeting(), events: clusterBallots() },
  };
}

describe('a cụm thi đua’s workbook recalculated by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cum-lo-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  lo.test(
    'the biên bản họp cụm has no error cell and names Trường A as dẫn đầu cụm',
    async (office) => {
      const file = path.join(dir, 'cum.xlsx');
      await writeCaseFile(clusterCase(), file);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      convertWithLibreOffice(office, [file], 'xlsx', out);
      const grids = await readXlsxFile(path.join(out, 'cum.xlsx'));
      const minutes = grids.sheets.find((s) => s.name === 'Biên bản kiểm phiếu')!.values;
      const errors = minutes.flatMap((row) =>
        row.filter((v) => typeof v === 'string' && ERROR_VALUE.test(v)),
      );
      expect(errors).toEqual([]);
      const lines = minutes.map((r) => r.filter((v) => v !== null && v !== '').join(' | '));
      const at = lines.indexOf('Đơn vị dẫn đầu cụm (đạt Cờ thi đua):');
      expect(lines[at + 1]).toBe('Trường Tiểu học A');
      expect(lines[at + 2]).toBe('');
      const table = minutes.filter((r) => typeof r[0] === 'number');
      expect(table.map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
        ['Nguyễn Thị Mai', 'Trường Tiểu học C', 12, 'Đạt'],
        ['Trường Tiểu học A', 'Trường Tiểu học A', 14, 'Đạt'],
        ['Trường Tiểu học B', 'Trường Tiểu học B', 9, 'Không đạt'],
      ]);
    },
    120_000,
  );
});
