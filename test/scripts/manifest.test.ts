import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the CommonJS build scripts
const { checkManifest, rewriteManifestUrls } = require('../../scripts/lib/manifest-check') as {
  checkManifest(xml: string, options?: { assetsDir?: string }): string[];
  rewriteManifestUrls(xml: string, baseUrl: string): string;
};

const root = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('passes the offline schema checks, icons included', () => {
    expect(checkManifest(manifest, { assetsDir: path.join(root, 'assets') })).toEqual([]);
  });

  it('is a Vietnamese-first task pane add-in for ExcelApi 1.9 with an English override', () => {
    expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(manifest).toContain('<Override Locale="en-US"');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  it('catches a resource used but never declared, and a plain-http address', () => {
    const broken = manifest
      .replace('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.81x81"')
      .replace(
        'https://localhost:3000/help.html"/>\n  <AppDomains>',
        'http://localhost:3000/help.html"/>\n  <AppDomains>',
      );
    const problems = checkManifest(broken, { assetsDir: path.join(root, 'assets') });
    expect(problems).toContain('Mã tài nguyên "Icon.80x80" được dùng nhưng chưa khai báo.');
    expect(problems).toContain('Địa chỉ phải dùng https: http://localhost:3000/help.html');
  });

  it('points every address at the production host in a production build', () => {
    const rewritten = rewriteManifestUrls(manifest, 'https://thidua.example.edu.vn/');
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('https://thidua.example.edu.vn/taskpane.html');
    expect(() => rewriteManifestUrls(manifest, 'http://insecure')).toThrow(
      'ADDIN_BASE_URL phải bắt đầu bằng https://',
    );
  });
});
