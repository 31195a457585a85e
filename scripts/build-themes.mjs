// Writes the stand-alone theme stylesheets to dist/themes/: one per theme
// (default.css, nhs.css, neutral.css, high-contrast.css), dark.css and
// auto-dark.css, and nothing else. Run after `tsc -p tsconfig.build.json`: it
// imports the compiled themes, so the files and the elements' `theme`
// attribute (src/themes/host-rules.generated.ts) come from the same source
// (src/themes/themes.ts).
import { mkdir, writeFile } from 'node:fs/promises';

const out = new URL('../dist/themes/', import.meta.url);

let themesModule;
let versionModule;
try {
  themesModule = await import(new URL('../dist/themes/css.js', import.meta.url).href);
  versionModule = await import(new URL('../dist/internal/version.generated.js', import.meta.url).href);
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

console.log(`build-themes: wrote ${themeFileNames.map((file) => `${file}.css`).join(', ')} to dist/themes/`);
