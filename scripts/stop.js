/** npm stop: undo what npm start did (unload the add-in from Excel, or stop the preview server). */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { startPlan } = require('./lib/platform');

const root = path.join(__dirname, '..');
if (startPlan().kind === 'sideload') {
  const bin = path.join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging',
  );
  const result = spawnSync(bin, ['stop', 'manifest.xml'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 0);
}
const pidFile = path.join(root, 'build', 'preview-server.pid');
if (!fs.existsSync(pidFile)) {
  console.log('Không có máy chủ xem thử nào đang chạy.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, 'utf8'));
try {
  process.kill(pid, 'SIGTERM');
  console.log(`Đã dừng máy chủ xem thử (tiến trình ${pid}).`);
} catch {
  console.log('Máy chủ xem thử đã dừng từ trước.');
}
fs.rmSync(pidFile, { force: true });
