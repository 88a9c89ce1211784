/**
 * Preloaded (node --require) into a benchmarked command: on exit, writes the whole process's peak resident
 * memory and CPU time to the file named by THIDUA_BENCH_USAGE, so the bench needs no /usr/bin/time.
 */
const fs = require('fs');

const file = process.env.THIDUA_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      file,
      JSON.stringify({
        maxRssBytes: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  });
}
