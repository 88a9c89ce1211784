/**
 * npm start: on Windows and macOS, serve the add-in over https with the Office dev certificates and
 * sideload it into Excel desktop (office-addin-debugging). Where there is no Excel (Linux), say so and
 * serve the preview page instead, which runs the same task pane beside an in-memory workbook.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { startPlan } = require('./lib/platform');

const root = path.join(__dirname, '..');
const plan = startPlan();
const port = Number(process.env.PORT || 3000);
const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

if (plan.kind === 'sideload') {
  console.log('Đang cài chứng chỉ phát triển, chạy máy chủ https và nạp Thi Đua vào Excel…');
  const child = spawn(
    bin('office-addin-debugging'),
    [
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      String(port),
    ],
    { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(plan.reason);
  console.log(`Thay vào đó, mở bản xem thử: http://localhost:${port}/preview.html`);
  console.log('(Ngăn tác vụ thật chạy bên cạnh một sổ làm việc giả lập. Dừng bằng Ctrl+C hoặc npm stop.)');
  const child = spawn(bin('webpack'), ['serve', '--mode', 'development', '--env', 'preview'], {
    cwd: root,
    stdio: 'inherit',
  });
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  fs.writeFileSync(path.join(root, 'build', 'preview-server.pid'), String(child.pid));
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
