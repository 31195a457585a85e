// Builds the local site into dist-site/ (gitignored) from demo/, examples/ and the
// built library in dist/ (run `npm run build` first):
//
//   dist-site/demo/        the home page, gallery, embed builder, strict-CSP and double-load pages;
//                          their TypeScript bundled by esbuild
//   dist-site/examples/    plain-html/ as it is; react/, vue/, svelte/ and angular/ as their own
//                          production builds, when they have been built (npm run test:frameworks
//                          builds them from the packed tarball), or else a page saying how to build them
//   dist-site/dist/        the files partners load: cdn/, themes/, content/*.json
//   dist-site/index.html   a link on to demo/
//
// Every path inside is relative, so dist-site/ can be served from any folder of
// any static host. scripts/start.mjs builds it and serves it.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const siteDir = join(root, 'dist-site');
const dist = join(root, 'dist');
const demo = join(root, 'demo');
const examples = join(root, 'examples');

const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The framework example apps: each has its own package.json and lock file and
 * is built with its own toolchain (scripts/test-frameworks.mjs does it), into
 * `out`. The site takes a build that is there and never builds one, so
 * `npm start` works from a fresh clone without the apps' installs.
 */
export const frameworkExamples = [
  { name: 'react', title: 'React 19', out: 'dist' },
  { name: 'vue', title: 'Vue 3', out: 'dist' },
  { name: 'svelte', title: 'Svelte 5', out: 'dist' },
  { name: 'angular', title: 'Angular 21', out: 'dist/browser' },
];

/** The page the site shows for an example app that has not been built. */
export function notBuiltPage({ name, title }) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The ${title} example is not built</title>
  </head>
  <body>
    <main>
      <p><a href="../../demo/">peolc-elements</a> / ${title} example</p>
      <h1>The ${title} example is not built</h1>
      <p>
        <code>examples/${name}/</code> is an app with its own dependencies, built from the packed package. Build it
        (and the other framework examples) with <code>npm run test:frameworks</code>, then run
        <code>npm start</code> again.
      </p>
    </main>
  </body>
</html>
`;
}

/**
 * Builds dist-site/. Returns the time each step took, in milliseconds.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function buildSite({ log = () => {} } = {}) {
  const timings = {};
  const step = async (name, work) => {
    const start = performance.now();
    await work();
    timings[name] = Math.round(performance.now() - start);
    log(`build-site: ${name} (${timings[name]} ms)`);
  };

  if (!(await exists(join(dist, 'cdn', 'peolc-elements.js')))) {
    throw new Error('build-site: dist/cdn/peolc-elements.js is missing: run `npm run build` first.');
  }

  await step('library files', async () => {
    await rm(siteDir, { recursive: true, force: true });
    await mkdir(join(siteDir, 'dist', 'content'), { recursive: true });
    await cp(join(dist, 'cdn'), join(siteDir, 'dist', 'cdn'), { recursive: true });
    await cp(join(dist, 'themes'), join(siteDir, 'dist', 'themes'), { recursive: true, filter: (path) => !/\.(js|ts|map)$/.test(path) });
    for (const name of await readdir(join(dist, 'content'))) {
      if (name.endsWith('.json')) await cp(join(dist, 'content', name), join(siteDir, 'dist', 'content', name));
    }
    await cp(join(dist, 'custom-elements.json'), join(siteDir, 'dist', 'custom-elements.json'));
    // The no-JS fallbacks' stylesheet and pages, once the build writes them.
    if (await exists(join(dist, 'peolc-elements.css'))) await cp(join(dist, 'peolc-elements.css'), join(siteDir, 'dist', 'peolc-elements.css'));
    if (await exists(join(dist, 'fallback', 'index.html'))) {
      await cp(join(dist, 'fallback'), join(siteDir, 'dist', 'fallback'), { recursive: true, filter: (path) => !/\.(js|ts|map)$/.test(path) });
    }
  });

  await step('demo pages', async () => {
    await mkdir(join(siteDir, 'demo'), { recursive: true });
    for (const name of await readdir(demo)) {
      const from = join(demo, name);
      if (name.endsWith('.html')) await writeFile(join(siteDir, 'demo', name), withMarkupListings(await readFile(from, 'utf8')));
      else if (/\.(css|json|svg)$/.test(name)) await cp(from, join(siteDir, 'demo', name));
    }
    await checkThemeChoices(await readFile(join(demo, 'gallery.html'), 'utf8'));
  });

  await step('demo scripts (esbuild)', async () => {
    const common = {
      bundle: true,
      target: 'es2022',
      sourcemap: true,
      logLevel: 'warning',
      absWorkingDir: root,
      tsconfig: join(root, 'tsconfig.json'),
    };
    await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: ['demo/gallery.ts', 'demo/builder.ts', 'demo/npm-app.mjs'],
        outdir: join(siteDir, 'demo'),
        format: 'esm',
      }),
      // A classic script: it must run before the library's module.
      esbuild.build({ ...common, entryPoints: ['demo/csp-report.ts'], outdir: join(siteDir, 'demo'), format: 'iife' }),
    ]);
  });

  await step('plain HTML example', async () => {
    await cp(join(examples, 'plain-html'), join(siteDir, 'examples', 'plain-html'), { recursive: true });
    const page = await withFallbacks(await readFile(join(examples, 'plain-html', 'index.html'), 'utf8'));
    if (page) await writeFile(join(siteDir, 'examples', 'plain-html', 'with-fallback.html'), page);
  });

  await step('framework examples (their own builds, when built)', async () => {
    for (const example of frameworkExamples) {
      const built = join(examples, example.name, example.out);
      const to = join(siteDir, 'examples', example.name);
      if (await exists(join(built, 'index.html'))) {
        await cp(built, to, { recursive: true });
      } else {
        await mkdir(to, { recursive: true });
        await writeFile(join(to, 'index.html'), notBuiltPage(example));
      }
    }
  });

  await writeFile(
    join(siteDir, 'index.html'),
    `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="refresh" content="0; url=demo/" />
    <title>peolc-elements</title>
  </head>
  <body>
    <p><a href="demo/">peolc-elements: the local site</a></p>
  </body>
</html>
`,
  );
  return timings;
}

/**
 * Shows each example's own markup under it: every `<!-- code -->` …
 * `<!-- /code -->` region of a page gets a "The markup" disclosure with that
 * region's HTML, escaped, so the gallery's listings can never differ from
 * what the page runs.
 */
export function withMarkupListings(html) {
  return html.replace(/^([ \t]*)<!-- code -->\n([\s\S]*?)\n[ \t]*<!-- \/code -->$/gm, (_, indent, code) => {
    const lines = code.split('\n');
    const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length));
    const source = lines.map((line) => line.slice(margin)).join('\n');
    const escaped = source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `${code}\n${indent}<details class="markup">\n${indent}  <summary>The markup</summary>\n${indent}  <pre><code>${escaped}</code></pre>\n${indent}</details>`;
  });
}

/**
 * The attributes of a start tag as this site's pages and snippets write them
 * (`name="value"` or a bare name), with the values' entities decoded: an
 * object for `fallbackSnippet()`.
 */
export function readAttributes(text) {
  const decode = (value) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries([...text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((found) => [found[1], decode(found[2] ?? '')]));
}

/**
 * The plain HTML example with a no-JS fallback inside each element, as the
 * embed builder's "Include a no-JS fallback" option writes them: readers
 * without JavaScript get the text, and with dist/peolc-elements.css nothing
 * moves when the elements upgrade. Undefined when the build has no fallback
 * renderer (dist/fallback/render.js).
 */
async function withFallbacks(html) {
  const renderer = join(dist, 'fallback', 'render.js');
  if (!(await exists(renderer))) return undefined;
  const { fallbackSnippet } = await import(pathToFileURL(renderer).href);
  const pattern = /^([ \t]*)<(peolc-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*><\/\2>$/gm;
  let out = '';
  let from = 0;
  for (const match of html.matchAll(pattern)) {
    const [element, indent, tag, attributeText] = match;
    out += html.slice(from, match.index);
    from = match.index + element.length;
    if (tag === 'peolc-provider') {
      out += element;
      continue;
    }
    out += indent + (await fallbackSnippet(tag, readAttributes(attributeText))).split('\n').join(`\n${indent}`);
  }
  return (out + html.slice(from))
    .replace('<title>', '<title>With no-JS fallbacks: ')
    .replace('/ Plain HTML example</p>', '/ Plain HTML example, with no-JS fallbacks</p>');
}

/** The gallery's theme radios must be exactly the themes the library has. */
async function checkThemeChoices(galleryHtml) {
  const { themeNames } = await import(pathToFileURL(join(dist, 'themes', 'themes.js')).href);
  const offered = [...galleryHtml.matchAll(/name="theme" id="[^"]+" value="([^"]+)"/g)].map((match) => match[1]);
  if (offered.join() !== themeNames.join()) {
    throw new Error(`build-site: demo/gallery.html offers the themes ${offered.join(', ')}, but the library has ${themeNames.join(', ')}.`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const start = performance.now();
  try {
    await buildSite({ log: (line) => console.log(line) });
    console.log(`build-site: dist-site/ written in ${Math.round(performance.now() - start)} ms`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
