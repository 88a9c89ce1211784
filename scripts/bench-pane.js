/* global window, document, MutationObserver -- the functions handed to the page run in the browser */
/**
 * The pane's first load, side by side with Microsoft's React task-pane template (../shared/anchors, see its
 * README), in one run on one machine: both dist/ folders served over http, office.js answered by a stub,
 * runs alternated in headless Chromium. Prints, for each: the JavaScript loaded before the first render
 * (each file gzip -9, summed) and the median time to the first render, then our/template ratios.
 *
 *   node scripts/bench-pane.js [--runs 15] [--build] [--anchor <dir>]
 *
 * --build runs the production build first (otherwise dist/ is built only when missing).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const { findChromium, CHROMIUM_ARGS } = require('./lib/chromium');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '15'));
const ANCHOR = path.resolve(
  option('--anchor', path.join(root, '..', 'shared', 'anchors', 'office-addin-taskpane-react', 'dist')),
);
const OURS = path.join(root, 'dist');

/** Enough of Office for both panes to render: ready at once, Vietnamese, every set supported, no workbook. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  onReady(callback) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'vi-VN',
    requirements: { isSetSupported: () => true },
    officeTheme: { bodyBackgroundColor: '#FFFFFF' },
  },
};
// The workbook never answers: what is measured is the pane's own first paint, not a read of the sheets.
window.Excel = { run: () => new Promise(() => {}) };
`;

const PAGES = [
  // The h1 is the header, as in the template; the panel is reported too (the school's form, ready to type in).
  { name: 'Thi Đua', dir: OURS, selector: '#root h1', panel: '[data-testid="template-panel"]' },
  { name: 'Microsoft template', dir: ANCHOR, selector: '#container h1' },
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold load: the JS files fetched before the first render, and the time the render happened. */
async function loadOnce(browser, page, url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = new Set();
  await tab.route('**/office.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
  );
  tab.on('request', (request) => {
    const u = new URL(request.url());
    if (u.origin === new URL(url).origin && u.pathname.endsWith('.js')) scripts.add(u.pathname);
  });
  await tab.addInitScript(
    ([selector, panel]) => {
      new MutationObserver((_, observer) => {
        if (window.__firstRender === undefined && document.querySelector(selector)) {
          window.__firstRender = performance.now();
        }
        if (panel && window.__firstPanel === undefined && document.querySelector(panel)) {
          window.__firstPanel = performance.now();
        }
        if (window.__firstRender !== undefined && (!panel || window.__firstPanel !== undefined)) {
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    },
    [page.selector, page.panel],
  );
  await tab.goto(url);
  await tab.waitForSelector(page.selector, { timeout: 60000 });
  // JS counted for the first load: what was fetched by the time the header was on screen.
  const loaded = [...scripts];
  if (page.panel) await tab.waitForSelector(page.panel, { timeout: 60000 });
  const time = await tab.evaluate(() => window.__firstRender);
  const panelTime = await tab.evaluate(() => window.__firstPanel);
  const all = [...scripts];
  await context.close();
  return { time, panelTime, scripts: loaded, withPanel: all };
}

/** The scripts taskpane.html itself loads (the anchors README's "first-load JS"); office.js is Office's. */
function htmlScripts(dir) {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function gzipSum(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dir, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function main() {
  if (args.includes('--build') || !fs.existsSync(path.join(OURS, 'taskpane.html'))) {
    const r = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!fs.existsSync(path.join(ANCHOR, 'taskpane.html'))) throw new Error(`No template build in ${ANCHOR}`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');

  const servers = await Promise.all(PAGES.map((p) => serve(p.dir)));
  const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/taskpane.html`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const times = PAGES.map(() => []);
  const panelTimes = PAGES.map(() => []);
  const scripts = PAGES.map(() => new Set());
  const panelScripts = PAGES.map(() => new Set());
  try {
    // One warm-up each (disk cache of the OS, Chromium's first start), then alternate.
    for (let i = 0; i < PAGES.length; i++) await loadOnce(browser, PAGES[i], urls[i]);
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const { time, panelTime, scripts: loaded, withPanel } = await loadOnce(browser, PAGES[i], urls[i]);
        times[i].push(time);
        if (panelTime !== undefined) panelTimes[i].push(panelTime);
        loaded.forEach((s) => scripts[i].add(s));
        withPanel.forEach((s) => panelScripts[i].add(s));
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }

  const results = PAGES.map((p, i) => ({
    name: p.name,
    files: htmlScripts(p.dir),
    ...gzipSum(p.dir, htmlScripts(p.dir)),
    fetched: gzipSum(
      p.dir,
      [...scripts[i]].map((s) => s.replace(/^\//, '')),
    ),
    median: median(times[i]),
    panelMedian: panelTimes[i].length ? median(panelTimes[i]) : undefined,
    panel: gzipSum(
      p.dir,
      [...panelScripts[i]].map((s) => s.replace(/^\//, '')),
    ),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
  }));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Lần đo: ${RUNS} mỗi bên, xen kẽ, Chromium headless, office.js giả.`);
  for (const r of results) {
    console.log(
      `${r.name}: JS tải lần đầu ${kb(r.raw)} (gzip ${kb(r.gzip)}) trong ${r.files.length} tệp; ` +
        `hiển thị lần đầu trung vị ${r.median.toFixed(1)} ms (nhỏ nhất ${r.min.toFixed(1)}, lớn nhất ${r.max.toFixed(1)})`,
    );
    console.log(`  ${r.files.join(', ')}`);
    console.log(
      `  JS đã tải khi tiêu đề hiện (cả các phần tải muộn đã được yêu cầu): ${kb(r.fetched.raw)} (gzip ${kb(r.fetched.gzip)})`,
    );
    if (r.panelMedian !== undefined) {
      console.log(
        `  mục đầu tiên (Lập bảng) hiện sau trung vị ${r.panelMedian.toFixed(1)} ms, ` +
          `JS đến lúc đó ${kb(r.panel.raw)} (gzip ${kb(r.panel.gzip)})`,
      );
    }
  }
  const [ours, ref] = results;
  console.log(`Tỉ lệ gzip (Thi Đua / mẫu): ${(ours.gzip / ref.gzip).toFixed(2)}`);
  console.log(`Tỉ lệ thời gian hiển thị trung vị (Thi Đua / mẫu): ${(ours.median / ref.median).toFixed(2)}`);
  console.log(
    JSON.stringify({
      gzipRatio: ours.gzip / ref.gzip,
      firstRenderRatio: ours.median / ref.median,
      ours: {
        gzip: ours.gzip,
        raw: ours.raw,
        median: ours.median,
        firstPanelMedian: ours.panelMedian,
        firstPanelGzip: ours.panel.gzip,
        fetchedBeforeHeaderGzip: ours.fetched.gzip,
      },
      template: { gzip: ref.gzip, raw: ref.raw, median: ref.median },
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
