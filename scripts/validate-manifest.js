/**
 * npm run validate: Microsoft's validation service when it can be reached, otherwise the offline schema
 * checks in scripts/lib/manifest-check.js (and we say which one ran).
 * Usage: node scripts/validate-manifest.js [manifest.xml]
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { checkManifest } = require('./lib/manifest-check');

const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
const xml = fs.readFileSync(file, 'utf8');

const offline = checkManifest(xml, { assetsDir: path.join(__dirname, '..', 'assets') });
if (offline.length > 0) {
  console.error(`manifest.xml có ${offline.length} lỗi:`);
  for (const p of offline) console.error(`  - ${p}`);
  process.exit(1);
}

const online = spawnSync(
  process.execPath,
  [require.resolve('office-addin-manifest/cli.js'), 'validate', file],
  {
    encoding: 'utf8',
    timeout: 30000,
  },
);
const out = `${online.stdout || ''}${online.stderr || ''}`;
if (/Unable to contact|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(out) || online.error) {
  console.log('Không kết nối được dịch vụ kiểm tra manifest của Microsoft (máy không có Internet).');
  console.log(
    'Đã kiểm tra ngoại tuyến theo lược đồ (cấu trúc, thứ tự, GUID, https, tài nguyên, biểu tượng): đạt.',
  );
  process.exit(0);
}
process.stdout.write(out);
process.exit(online.status === 0 ? 0 : 1);
