// Builds build/app/ (written by scripts/test-bundlers.mjs) for production with
// webpack 5 into build/webpack/, as a partner's webpack app would: its CSS
// imports extracted by mini-css-extract-plugin, and the package's sideEffects
// honoured, as webpack does in production.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack from 'webpack';

const app = fileURLToPath(new URL('./build/app/', import.meta.url));
const out = fileURLToPath(new URL('./build/webpack/', import.meta.url));

const compiler = webpack({
  mode: 'production',
  context: app,
  entry: './main.js',
  output: { path: out, filename: 'main.js', chunkFilename: '[name].[contenthash].js', clean: true },
  module: { rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }] },
  plugins: [new MiniCssExtractPlugin({ filename: 'main.css' })],
  performance: { hints: false },
});
const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
await new Promise((resolve) => compiler.close(resolve));
if (stats.hasErrors()) {
  console.error(stats.toString('errors-only'));
  process.exit(1);
}
// The app's page, with webpack's stylesheet and script where Vite reads the module script.
const page = await readFile(new URL('index.html', `file://${app}`), 'utf8');
const script = '<script type="module" src="./main.js"></script>';
if (!page.includes(script)) throw new Error(`build/app/index.html has no ${script}`);
await writeFile(
  new URL('index.html', `file://${out}`),
  page.replace(script, '<link rel="stylesheet" href="main.css" />\n    <script defer src="main.js"></script>'),
);
console.log(stats.toString({ preset: 'summary' }));
