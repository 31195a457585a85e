// Builds dist-wordpress/peolc-elements.zip: the plugin in plugin/peolc-elements/, the built library
// (dist/cdn/ without source maps, dist/peolc-elements.css, dist/themes/*.css) in library/dist/, and
// what the PHP reads, written here from the library itself:
//   generated/allowed-html.php   the peolc-* tags and their attributes, from dist/custom-elements.json
//   generated/content-ids.php    the built-in edition's ambition and foundation ids
//   generated/fallbacks.php      which pre-rendered fallback suits which attributes
//   fallbacks/*.html             the no-JS fallbacks, from dist/fallback/render.js
// The unzipped plugin is also left in dist-wordpress/peolc-elements/ (the test lints it).
//
// `npm run build:wordpress` at the root. Builds the library first (wireit skips what is fresh).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const out = join(root, 'dist-wordpress');
const stage = join(out, 'peolc-elements');
const started = Date.now();

if (!process.argv.includes('--no-library-build')) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
if (!existsSync(join(here, 'node_modules/fflate'))) {
  execFileSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund', '--silent'], { cwd: root, stdio: 'inherit' });
}
const { zipSync } = await import('fflate');
const { renderFallback } = await import(join(root, 'dist/fallback/render.js'));
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const edition = JSON.parse(readFileSync(join(root, 'dist/content/ambitions-2015-2020.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
cpSync(join(here, 'plugin/peolc-elements'), stage, { recursive: true });
mkdirSync(join(stage, 'generated'));
mkdirSync(join(stage, 'fallbacks'));

// The library, as the package lays it out, so a CDN base and the plugin's base work the same.
const library = join(stage, 'library/dist');
cpSync(join(root, 'dist/cdn'), join(library, 'cdn'), { recursive: true, filter: (path) => !path.endsWith('.map') });
cpSync(join(root, 'dist/peolc-elements.css'), join(library, 'peolc-elements.css'));
mkdirSync(join(library, 'themes'));
for (const file of readdirSync(join(root, 'dist/themes')).filter((name) => name.endsWith('.css'))) {
  cpSync(join(root, 'dist/themes', file), join(library, 'themes', file));
}

// The allowlist: every tag the manifest defines, with its documented attributes.
const allowed = {};
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName?.startsWith('peolc-')) continue;
    allowed[declaration.tagName] = Object.fromEntries((declaration.attributes ?? []).map((attribute) => [attribute.name, true]));
  }
}
writePhp('generated/allowed-html.php', 'The peolc-* tags and their documented attributes (dist/custom-elements.json).', allowed);
writePhp('generated/content-ids.php', 'The built-in edition’s ids, in order: index + 1 is the number.', {
  ambition: edition.ambitions.map((ambition) => ambition.id),
  foundation: edition.foundations.map((foundation) => foundation.id),
});

// The fallbacks: each element with its defaults, and the variants whose content depends on an
// attribute. Keys are as peolc_elements_normalise_for_fallback() writes them.
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const variants = [];
const add = (tag, attributes) => variants.push({ tag, attributes });
for (const foundations of [{}, { 'show-foundations': '' }]) {
  add('peolc-ambition-wheel', foundations);
  for (const n of range(1, 6)) {
    add('peolc-ambition-wheel', { selected: n, ...foundations });
    for (const parts of [undefined, 'what-we-know', 'building-blocks', 'what-we-know building-blocks']) {
      add('peolc-ambition-wheel', { selected: n, panel: '', ...(parts ? { parts } : {}), ...foundations });
    }
  }
}
add('peolc-framework', {});
for (const n of range(1, 6)) add('peolc-framework', { ambition: n });
for (const n of range(1, 8)) add('peolc-framework', { foundation: n });
for (const section of ['title', 'opening', 'vision', 'ambitions', 'foundations', 'glossary', 'partnership', 'citation']) {
  add('peolc-framework', { sections: section });
}
for (const state of [{}, { expanded: '' }]) {
  for (const intro of [{}, { 'hide-intro': '' }]) add('peolc-foundation-grid', { ...state, ...intro });
  for (const n of range(1, 8)) add('peolc-foundation-grid', { highlight: n, ...state });
}
for (const ambition of [undefined, ...range(1, 6)]) {
  for (const state of [{}, { mode: 'full' }, { expanded: '' }]) {
    add('peolc-building-blocks', { ...(ambition ? { ambition } : {}), ...state });
  }
}
add('peolc-glossary', {});
add('peolc-self-assessment', {});
add('peolc-self-assessment', { include: 'foundations' });

const index = {};
for (const [i, { tag, attributes }] of variants.entries()) {
  const file = `${tag}--${i}.html`;
  writeFileSync(join(stage, 'fallbacks', file), await renderFallback(tag, attributes));
  (index[tag] ??= []).push({ attributes, file });
}
writePhp('generated/fallbacks.php', 'The pre-rendered no-JS fallbacks, by tag: each file and the attributes it was rendered with.', index);

// Plugin header and readme carry the package's version.
for (const file of ['peolc-elements.php', 'readme.txt']) {
  const path = join(stage, file);
  if (existsSync(path)) writeFileSync(path, readFileSync(path, 'utf8').replaceAll('0.1.0', version));
}

const files = {};
for (const path of walk(stage)) files[`peolc-elements/${relative(stage, path)}`] = readFileSync(path);
const zip = zipSync(files, { level: 9 });
writeFileSync(join(out, 'peolc-elements.zip'), zip);
console.log(
  `dist-wordpress/peolc-elements.zip: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KiB, ` +
    `${variants.length} fallbacks, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

function writePhp(file, comment, value) {
  writeFileSync(
    join(stage, file),
    `<?php\n\n/**\n * ${comment}\n * Generated by integrations/wordpress/build.mjs: do not edit.\n *\n * @package PeolcElements\n */\n\nif (! defined('ABSPATH')) {\n    exit;\n}\n\nreturn ${php(value, 0)};\n`,
  );
}

function php(value, depth) {
  const pad = '    '.repeat(depth + 1);
  const end = '    '.repeat(depth);
  if (value === true) return 'true';
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'array()';
    return `array(\n${value.map((item) => `${pad}${php(item, depth + 1)},`).join('\n')}\n${end})`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return 'array()';
  return `array(\n${entries.map(([key, item]) => `${pad}${php(key, depth)} => ${php(item, depth + 1)},`).join('\n')}\n${end})`;
}
