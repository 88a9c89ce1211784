/**
 * Builds the task pane, the ribbon commands and (in development or with --env preview) the preview page.
 * Production (`npm run build`): dist/ holds everything to put on an https host; the manifest's
 * https://localhost:3000 is rewritten to ADDIN_BASE_URL when that variable is set.
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls } = require('./scripts/lib/manifest-check');

const DEV_PORT = Number(process.env.PORT || 3000);

/**
 * Office requires https for sideloading; the dev certificates come from office-addin-dev-certs. Where its CA
 * cannot be installed (no sudo, e.g. a Linux container), the generated certificate is still used and we say
 * that the browser must be told to trust it.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
    if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) throw error;
    console.warn(
      `Không cài được chứng chỉ gốc phát triển (${error.message.split('\n')[0]}). Máy chủ vẫn chạy https với ` +
        `chứng chỉ trong ${dir}; hãy cho trình duyệt tin cậy ${path.join(dir, files.ca)} nếu cần.`,
    );
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const withPreview = !production || Boolean(env.preview);
  const servePreviewOnly = Boolean(env.preview);
  // Certificates are only needed to serve (webpack serve sets WEBPACK_SERVE), never to build.
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = process.env.ADDIN_BASE_URL;

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    projector: './src/projector/main.tsx',
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
    }),
    // The projector's Office dialog page. The preview-only build leaves office.js out: there the preview's
    // stand-in Office is installed into the dialog window by the page that opened it.
    new HtmlWebpackPlugin({
      filename: 'projector.html',
      template: './src/projector/projector.html',
      chunks: ['projector'],
      officeJs: !servePreviewOnly,
    }),
  ];
  if (withPreview) {
    entry.preview = './src/preview/main.tsx';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production && baseUrl ? rewriteManifestUrls(content.toString(), baseUrl) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
      server:
        servePreviewOnly || !serving
          ? 'http'
          : { type: 'https', options: env.noCerts ? {} : await httpsOptions() },
      open: servePreviewOnly && !process.env.CI && process.env.DISPLAY ? ['/preview.html'] : false,
      client: { overlay: { errors: true, warnings: false } },
      hot: false,
      liveReload: !process.env.CI,
    },
  };
};

module.exports.DEV_PORT = DEV_PORT;
module.exports.fileExists = (p) => fs.existsSync(path.resolve(__dirname, p));
