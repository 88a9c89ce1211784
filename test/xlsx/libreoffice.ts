/**
 * LibreOffice headless for the tests that use it as an independent spreadsheet. Where it is missing those
 * tests are skipped with a notice, except under CI (CI=true, or THIDUA_REQUIRE_LIBREOFFICE=1 as .ci/run sets):
 * there they fail, so a machine without it cannot pass silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function findLibreOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

export const libreOfficeRequired = (): boolean =>
  process.env.CI === 'true' || process.env.THIDUA_REQUIRE_LIBREOFFICE === '1';

/**
 * `it` when LibreOffice is here; under CI without it, a test that fails saying so; elsewhere `it.skip` and a
 * notice.
 */
export function withLibreOffice(what: string): {
  office: string | null;
  test: (name: string, fn: (office: string) => Promise<void>, timeout: number) => void;
} {
  const office = findLibreOffice();
  if (office) return { office, test: (name, fn, timeout) => it(name, () => fn(office), timeout) };
  if (libreOfficeRequired()) {
    return {
      office,
      test: (name) =>
        it(name, () => {
          throw new Error(
            `${what}: LibreOffice (soffice) là bắt buộc khi chạy CI nhưng máy này không có. ` +
              'Hãy cài gói libreoffice-calc-nogui (xem .ci/run).',
          );
        }),
    };
  }
  console.info(`Bỏ qua ${what}: máy này không có LibreOffice.`);
  return { office, test: (name, fn, timeout) => it.skip(name, () => fn(''), timeout) };
}

/**
 * A LibreOffice user profile of its own (parallel runs do not clash) that recalculates every formula of an
 * .xlsx or .ods on loading, whatever results the file holds ("Recalculation on file load: Always").
 */
function recalculatingProfile(dir: string): string {
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  const always = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse">` +
    '<value>0</value></prop></item>';
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
      'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `${always('OOXMLRecalcMode')}\n${always('ODFRecalcMode')}\n</oor:items>\n`,
  );
  return pathToFileURL(dir).href;
}

/** Converts files with LibreOffice (e.g. to "xlsx" or "pdf") into outDir, in one LibreOffice run. */
export function convertWithLibreOffice(
  office: string,
  files: string[],
  format: string,
  outDir: string,
): void {
  const profile = fs.mkdtempSync(path.join(path.dirname(outDir), 'lo-profile-'));
  try {
    execFileSync(
      office,
      [
        `-env:UserInstallation=${recalculatingProfile(profile)}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 600_000, env: { ...process.env, HOME: profile }, stdio: 'pipe' },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Width and height (points, smaller first) of every page of a PDF LibreOffice wrote: A4 is [595, 842]. */
export function pdfPageBoxes(pdfFile: string): { pages: number; boxes: number[][] } {
  const pdf = fs.readFileSync(pdfFile, 'latin1');
  // Only page objects: the page tree may carry a default box of its own.
  const pages = pdf.split('endobj').filter((object) => /\/Type\s*\/Page(?!s)/.test(object));
  const boxes = pages
    .map((page) => /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) =>
      [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])].map(Math.round).sort((a, b) => a - b),
    );
  return { pages: pages.length, boxes };
}
