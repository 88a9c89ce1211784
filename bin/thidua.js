#!/usr/bin/env node
// The `thidua` command. Its TypeScript is compiled into build/cli by `npm run build:cli` (run on npm install).
// The exit code is set, never forced with process.exit: that would cut off output still queued for a pipe
// (`thidua evaluate x.xlsx --json | jq`), and Node exits by itself once everything is written.
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('Chưa biên dịch lệnh thidua: chạy "npm run build:cli" trong thư mục dự án.\n');
  process.exitCode = 2;
} else {
  // A reader that stops early (`| head`) closes the pipe: nothing more can be delivered, so stop quietly.
  process.stdout.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const debug = process.argv.includes('--debug');
  require(entry)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      process.stderr.write(
        'Lỗi không mong đợi trong thidua. Chạy lại lệnh với --debug để xem chi tiết, và gửi nội dung đó cho người phát triển.\n',
      );
      if (debug) process.stderr.write(`[--debug] ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    });
}
