/**
 * A Phòng's check of every school: `thidua evaluate --json` on each file given, one after the other in this one
 * process (the command's own code, compiled in build/cli). Prints one line per school and exits 2 if any file
 * could not be read. When `thidua evaluate` takes several files itself, the bench runs that instead.
 */
const path = require('path');

const { main } = require(path.join(__dirname, '..', '..', '..', 'build', 'cli', 'cli', 'main.js'));

async function run(files) {
  let unreadable = 0;
  for (const file of files) {
    let bytes = 0;
    const io = { out: (text) => (bytes += text.length), err: (text) => process.stderr.write(`${text}\n`) };
    const code = await main(['evaluate', file, '--json'], io);
    if (code === 2) unreadable++;
    process.stdout.write(`${path.basename(file)}\t${code}\t${bytes}\n`);
  }
  return unreadable > 0 ? 2 : 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  },
);
