#!/usr/bin/env node
// The `thidua` command. Its TypeScript is compiled into build/cli by `npm run build:cli` (run on npm install).
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('Chưa biên dịch lệnh thidua: chạy "npm run build:cli" trong thư mục dự án.\n');
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`Lỗi không mong đợi: ${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  });
