// Writes the stand-alone theme stylesheets to dist/themes/: one per theme
// (default.css, nhs.css, neutral.css, high-contrast.css), dark.css and
// auto-dark.css. Run after `tsc -p tsconfig.build.json`: it imports the
// compiled themes, so the files and the elements' `theme` attribute come from
// the same source (src/themes/themes.ts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { minifyCssPart } from './minify-templates.mjs';

const out = new URL('../dist/themes/', import.meta.url);

let themesModule;
let versionModule;
try {
  themesModule = await import(new URL('../dist/themes/css.js', import.meta.url).href);
  versionModule = await import(new URL('../dist/version.js', import.meta.url).href);
} catch (error) {
  console.error(`build-themes: run \`tsc -p tsconfig.build.json\` first (${error.message})`);
  process.exit(1);
}
// Every theme file selects every tag in the registry (src/registry.ts).
const { themeFileCss, themeFileNames } = themesModule;

await mkdir(out, { recursive: true });
for (const file of themeFileNames) {
  await writeFile(new URL(`${file}.css`, out), themeFileCss(file, versionModule.version));
}

// The elements' attribute rules, computed once here instead of in every
// reader's browser: dist/themes/host-rules.js becomes two strings.
const { elementThemeRules, providerThemeRules } = await import(new URL('host-rules.js', out).href);
await writeFile(
  new URL('host-rules.js', out),
  [
    '// Computed by scripts/build-themes.mjs from src/themes/host-rules.ts.',
    `export const elementThemeRules = ${JSON.stringify(minifyCssPart(elementThemeRules))};`,
    `export const providerThemeRules = ${JSON.stringify(minifyCssPart(providerThemeRules))};`,
    '',
  ].join('\n'),
);
await rm(new URL('host-rules.js.map', out), { force: true });
console.log(`build-themes: wrote ${themeFileNames.map((file) => `${file}.css`).join(', ')} and host-rules.js to dist/themes/`);
