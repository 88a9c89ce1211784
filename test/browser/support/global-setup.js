/**
 * Builds the preview page once (webpack, development mode, preview entry) and serves build/preview over
 * http on a free loopback port for the browser tests. The address goes to the tests through an env var.
 */
const path = require('path');
const fs = require('fs');
const http = require('http');
const webpack = require('webpack');

const root = path.join(__dirname, '..', '..', '..');
const outDir = path.join(root, 'build', 'preview-test');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

async function build() {
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  const config = await makeConfig({ preview: true, noCerts: true }, { mode: 'development' });
  config.output.path = outDir;
  config.devtool = false;
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

module.exports = async () => {
  await build();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = path.join(outDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(outDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  globalThis.__PREVIEW_SERVER__ = server;
  process.env.PREVIEW_URL = `http://127.0.0.1:${server.address().port}/preview.html`;
};
