// The package as bundlers see it: `npm pack`, then checks of what the tarball
// holds (only what a consumer needs; maps with their sources; sideEffects,
// exports and the manifest pointing at files in it), then a tiny app in
// test/bundlers/ (its own package.json and lock file, installed here with
// `npm ci`, the tarball installed, not linked) that imports the theme CSS and
// every entry point, built for production by webpack 5 and by Vite, and
// renders a no-JS fallback in Node from the installed package. Each
// build must keep the theme CSS (webpack drops a CSS import that sideEffects
// does not name) and every element: the built page runs in Chromium and
// every registry tag is defined and renders, themed.
//
//   npm run test:bundlers            (after `npm run build`; builds first if dist/ is missing)
//
// node:test and node:assert; the last line is "N passed, M failed" and the
// exit code is 1 when anything failed.
import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browsers.mjs';
import { countedSteps, exists, giveUpAfter, installTarball, packPackage, root, run, serve, tail } from './package-test-harness.mjs';

giveUpAfter('test-bundlers', 10);
const { counted, timed } = countedSteps();

const dir = join(root, 'test', 'bundlers');
const appDir = join(dir, 'build', 'app');
const bundlers = [
  { name: 'webpack', title: 'webpack 5', script: 'build:webpack', out: join(dir, 'build', 'webpack') },
  { name: 'vite', title: 'Vite', script: 'build:vite', out: join(dir, 'build', 'vite') },
];

/** Every file under a folder, as paths relative to it with `/`. */
async function filesUnder(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath ?? entry.path, entry.name)
        .slice(folder.length + 1)
        .split('\\')
        .join('/'),
    );
}

/** A package.json path pattern (`*` within one path segment, as webpack's sideEffects globs) as a RegExp. */
const pattern = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );

/** The `--peolc-*-color` declarations of a stylesheet's text, as [name, value]. */
const colours = (css) =>
  [...css.matchAll(/(--peolc-[a-z0-9-]+-color)\s*:\s*(#[0-9a-f]{3,8})\s*[;}]/gi)].map(([, name, value]) => [name, value.toLowerCase()]);

/** A stylesheet's rules, as { selector, body } with comments and white space taken out (nested rules come out on their own). */
const rules = (css) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.replace(/\s+/g, ''),
    body,
  }));

/** What a page shows for each tag: its own markup where it needs attributes to show anything. */
const markup = {
  'peolc-ambition': '<peolc-ambition ambition="3"></peolc-ambition>',
  'peolc-building-blocks': '<peolc-building-blocks ambition="3"></peolc-building-blocks>',
  'peolc-building-block': '<peolc-building-block block="honest-conversations"></peolc-building-block>',
  'peolc-term': '<p>Ask about <peolc-term term="advance-care-planning">advance care planning</peolc-term> early.</p>',
};

const executablePath = findChromium();
let browser;
let pack;
let registry;
/** The NHS theme's rule: its selector, and its own colours (those the default theme does not share), which every build must keep. */
let nhsSelector;
let nhsColours;

// ---------------------------------------------------------------- the tarball

counted('set-up: Chromium, dist/ and the packed tarball', 300_000, async () => {
  assert.ok(executablePath, "no Chromium found: install Debian's chromium (or set CHROME_PATH), or run `node scripts/browsers.mjs`");
  const needed = ['dist/index.js', 'dist/registry.js', 'dist/themes/nhs.css', 'dist/custom-elements.json', 'dist/cdn/peolc-elements.js'];
  pack = await packPackage({ name: 'test-bundlers', needed, timed });
  registry = await import(join(root, 'dist', 'registry.js'));
  const defaults = new Map(colours(await readFile(join(root, 'dist/themes/default.css'), 'utf8')));
  const nhs = rules(await readFile(join(root, 'dist/themes/nhs.css'), 'utf8'));
  assert.equal(nhs.length, 1, 'dist/themes/nhs.css is not one rule: scripts/test-bundlers.mjs reads it as one');
  nhsSelector = nhs[0].selector;
  nhsColours = colours(nhs[0].body).filter(([name, value]) => defaults.get(name) !== value);
  assert.ok(nhsColours.length >= 3, `dist/themes/nhs.css has only ${nhsColours.length} colours of its own`);
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await pack?.remove();
});

describe('the tarball', () => {
  let unpacked;
  let files;
  let manifest;
  after(async () => unpacked && rm(unpacked, { recursive: true, force: true }));

  counted('the tarball: only what a consumer needs', 60_000, async () => {
    assert.ok(pack, 'not run: the set-up did not pass');
    unpacked = await mkdtemp(join(tmpdir(), 'peolc-unpacked-'));
    const untar = await run('tar', ['-xzf', pack.tarball, '-C', unpacked]);
    assert.equal(untar.code, 0, `tar failed:\n${tail(untar.output)}`);
    unpacked = join(unpacked, 'package');
    files = await filesUnder(unpacked);
    console.log(
      `    ${files.length} files, ${pack.packed.size.toLocaleString('en-GB')} B packed, ${pack.packed.unpackedSize.toLocaleString('en-GB')} B unpacked`,
    );
    const outside = files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file));
    assert.deepEqual(outside, [], 'files outside dist/ besides package.json, README.md and LICENSE');
    assert.ok(!files.includes('dist/fallback/index.html'), 'the fallback gallery (a demo page) is in the package');
    assert.deepEqual(
      files.filter((file) => file.startsWith('dist/autoload/')),
      [],
      "the autoloader's tsc output is in the package (the CDN has the built one)",
    );
    assert.ok(files.includes('dist/cdn/peolc-elements.js') && files.includes('dist/cdn/autoload.js'), 'the CDN files are missing');
    assert.deepEqual(
      files.filter((file) => file.startsWith('dist/cdn/chunks/')),
      [],
      'dist/cdn/peolc-elements.js has chunks: it is not one file',
    );
  });

  counted('the tarball: every source map carries its sources, and every map a file names is there', 60_000, async () => {
    assert.ok(files, 'not run: the tarball was not unpacked');
    const problems = [];
    for (const file of files.filter((name) => name.endsWith('.map'))) {
      const map = JSON.parse(await readFile(join(unpacked, file), 'utf8'));
      const missing = map.sources.filter((_, index) => typeof map.sourcesContent?.[index] !== 'string');
      if (missing.length) problems.push(`${file}: no content for ${missing.slice(0, 3).join(', ')}`);
    }
    for (const file of files.filter((name) => /\.(js|d\.ts|css)$/.test(name))) {
      const text = await readFile(join(unpacked, file), 'utf8');
      for (const [, url] of text.matchAll(/[#@] sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/gm)) {
        const target = new URL(url, `file:///${file}`).pathname.slice(1);
        if (!files.includes(target)) problems.push(`${file} points at ${target}, which is not in the package`);
      }
    }
    assert.deepEqual(problems, []);
  });

  counted('the tarball: sideEffects, exports, main/module/types and customElements name files in it', 60_000, async () => {
    assert.ok(files, 'not run: the tarball was not unpacked');
    const packageJson = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8'));
    const problems = [];
    for (const entry of packageJson.sideEffects) {
      if (!files.some((file) => pattern(entry).test(file))) problems.push(`sideEffects ${entry} matches no file`);
    }
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
    for (const [key, value] of Object.entries(packageJson.exports)) {
      for (const target of targets(value)) {
        // `*` in an exports target stands for any path, slashes included.
        const regex = new RegExp(
          `^${target
            .replace(/^\.\//, '')
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.+')}$`,
        );
        if (!files.some((file) => regex.test(file))) problems.push(`exports["${key}"] → ${target} matches no file`);
      }
    }
    for (const field of ['main', 'module', 'types', 'customElements']) {
      if (!files.includes(packageJson[field])) problems.push(`${field}: ${packageJson[field]} is not in the package`);
    }
    assert.deepEqual(problems, []);
  });

  counted('the tarball: custom-elements.json names only modules in it, and the entry that defines each tag', 60_000, async () => {
    assert.ok(files, 'not run: the tarball was not unpacked');
    manifest = JSON.parse(await readFile(join(unpacked, 'dist/custom-elements.json'), 'utf8'));
    const paths = new Set();
    const collect = (value, key) => {
      if (Array.isArray(value)) value.forEach((item) => collect(item, key));
      else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) collect(inner, name);
      else if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
    };
    collect(manifest.modules);
    assert.deepEqual(
      [...paths].filter((path) => !files.includes(path)),
      [],
      'manifest paths that are not in the package',
    );
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((exported) => exported.kind === 'custom-element-definition').map((exported) => `${exported.name} ${module.path}`),
    );
    assert.deepEqual(definitions.sort(), registry.elements.map(({ tag, entry }) => `${tag} dist/${entry}.js`).sort());
  });
});

// ---------------------------------------------------------------- the app

describe('the app (test/bundlers)', () => {
  const done = new Set();
  const step = (name, needs, body, timeout = 60_000) =>
    counted(name, timeout, async () => {
      const unmet = needs.filter((need) => !done.has(need));
      if (unmet.length) assert.fail(`not run: ${unmet.map((need) => `"${need}"`).join(', ')} did not pass`);
      await body();
      done.add(name);
    });

  step(
    'npm ci',
    [],
    async () => {
      assert.ok(pack && browser, 'not run: the set-up did not pass');
      const result = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, timeout: 300_000 });
      timed('npm ci', result.ms);
      assert.equal(result.code, 0, `npm ci failed:\n${tail(result.output)}`);
    },
    320_000,
  );

  step('the tarball installed, not linked', ['npm ci'], () => installTarball({ dir, tarball: pack.tarball, name: 'bundlers', timed }), 120_000);

  step(
    'Node: fallbackSnippet() from the tarball renders what dist/fallback/ holds (with the optional peers @lit-labs/ssr and parse5)',
    ['the tarball installed, not linked'],
    async () => {
      const script =
        "const { fallbackSnippet } = await import('peolc-elements/fallback/render.js');" +
        "process.stdout.write(await fallbackSnippet('peolc-building-block', { block: 'honest-conversations' }));";
      const result = await run('node', ['--input-type=module', '-e', script], { cwd: dir, timeout: 30_000 });
      assert.equal(result.code, 0, `node failed:\n${tail(result.output)}`);
      const expected = (await readFile(join(root, 'dist', 'fallback', 'peolc-building-block.html'), 'utf8')).trim();
      assert.equal(result.output.trim(), expected);
    },
  );

  step(
    'the app, written from the registry: the NHS theme, the pre-upgrade CSS and every entry point',
    ['the tarball installed, not linked'],
    async () => {
      await rm(join(dir, 'build'), { recursive: true, force: true });
      await mkdir(appDir, { recursive: true });
      const imports = [
        "import 'peolc-elements/peolc-elements.css';",
        "import 'peolc-elements/themes/nhs.css';",
        ...registry.elementEntries.map((entry) => `import 'peolc-elements/${entry}.js';`),
      ];
      await writeFile(join(appDir, 'main.js'), `// Written by scripts/test-bundlers.mjs from the registry; do not edit.\n${imports.join('\n')}\n`);
      const body = registry.elements
        .filter(({ tag }) => tag !== 'peolc-provider')
        .map(({ tag }) => `      ${markup[tag] ?? `<${tag}></${tag}>`}`)
        .join('\n');
      await writeFile(
        join(appDir, 'index.html'),
        `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>peolc-elements through a bundler</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <peolc-provider>
${body}
    </peolc-provider>
  </body>
</html>
`,
      );
    },
  );

  for (const bundler of bundlers) {
    const built = `${bundler.name}: production build`;
    step(
      built,
      ['the app, written from the registry: the NHS theme, the pre-upgrade CSS and every entry point'],
      async () => {
        const result = await run('npm', ['run', '--silent', bundler.script], { cwd: dir, timeout: 170_000 });
        timed(`${bundler.name}: build`, result.ms);
        assert.equal(result.code, 0, `the ${bundler.title} build failed:\n${tail(result.output)}`);
        assert.ok(await exists(join(bundler.out, 'index.html')), `the ${bundler.title} build wrote no index.html`);
      },
      180_000,
    );

    step(`${bundler.name}: the emitted CSS keeps the NHS theme and the pre-upgrade stylesheet`, [built], async () => {
      const cssFiles = (await filesUnder(bundler.out)).filter((file) => file.endsWith('.css'));
      const css = (await Promise.all(cssFiles.map((file) => readFile(join(bundler.out, file), 'utf8')))).join('\n');
      // The theme's own rule (peolc-elements.css has the same colours under [theme='nhs'], so they alone prove nothing).
      const themed = new Map(
        rules(css)
          .filter((rule) => rule.selector === nhsSelector)
          .flatMap((rule) => colours(rule.body)),
      );
      const lost = nhsColours.filter(([name, value]) => themed.get(name) !== value);
      assert.deepEqual(
        lost.map(([name, value]) => `${name}: ${value}`),
        [],
        `the NHS theme's rule (${nhsSelector}) is not in ${cssFiles.join(', ') || 'any emitted CSS'} with its colours`,
      );
      // A rule only the pre-upgrade stylesheet has: elements not yet defined take their box.
      assert.match(css, /:not\(:defined\)/, 'the pre-upgrade stylesheet (peolc-elements.css) is not in the emitted CSS');
    });

    step(`${bundler.name}: in Chromium, every registry tag is defined and renders, themed, with no errors`, [built], async () => {
      const server = await serve(bundler.out);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('requestfailed', (request) => problems.push(`${request.url()} (${request.failure()?.errorText})`));
        page.on('response', (response) => response.status() >= 400 && problems.push(`${response.url()} answered ${response.status()}`));
        await page.goto(server.url, { waitUntil: 'load' });
        const tags = registry.peolcTags;
        await page.waitForFunction((names) => names.every((tag) => customElements.get(tag)), tags, { timeout: 10_000 }).catch(() => {});
        assert.deepEqual(await page.evaluate((names) => names.filter((tag) => !customElements.get(tag)), tags), [], 'tags the build left undefined');
        const renders = tags.filter((tag) => tag !== 'peolc-provider');
        await page
          .waitForFunction((names) => names.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0), renders, {
            timeout: 10_000,
          })
          .catch(() => {});
        assert.deepEqual(
          await page.evaluate((names) => names.filter((tag) => !(document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim()), renders),
          [],
          'elements that rendered nothing',
        );
        // The theme's colours, as the wheel computes them, against nhs.css's own (compared as colours, whatever a minifier wrote).
        const unthemed = await page.evaluate((expected) => {
          const wheel = document.querySelector('peolc-ambition-wheel');
          const probe = document.createElement('span');
          document.body.append(probe);
          const asColour = (value) => {
            probe.style.color = '';
            probe.style.color = value;
            return getComputedStyle(probe).color;
          };
          const wrong = expected
            .map(([name, value]) => [name, value, getComputedStyle(wheel).getPropertyValue(name).trim()])
            .filter(([, value, actual]) => !actual || asColour(actual) !== asColour(value));
          probe.remove();
          return wrong.map(([name, value, actual]) => `${name}: ${actual || '(unset)'}, not ${value}`);
        }, nhsColours);
        assert.deepEqual(unthemed, [], 'the wheel is not themed by nhs.css');
        assert.deepEqual(problems, [], 'console errors and warnings, page errors and failed requests');
      } finally {
        await context.close();
        await server.close();
      }
    });
  }
});
