// Tests run in real browsers: Debian's Chromium and Firefox ESR, headless.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium, findFirefox } from './scripts/browsers.mjs';
import { cdnFolders } from './test/helpers/cdn-folders.mjs';

const chromium = findChromium();
const firefox = findFirefox();
if (!chromium || !firefox) {
  throw new Error('Chromium and Firefox are needed: run `npm test`, which finds or installs them.');
}

/**
 * Test-only answers the provider tests fetch: a slow one for timeouts, and
 * any HTTP status. Bounded: the slowest waits 5 s.
 */
function testApi(context, next) {
  const slow = /^\/test-api\/slow\/(\d+)$/.exec(context.path);
  if (slow) {
    const ms = Math.min(Number(slow[1]), 5000);
    return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
      context.type = 'application/json';
      context.body = '{}';
    });
  }
  const status = /^\/test-api\/status\/(\d{3})$/.exec(context.path);
  if (status) {
    context.status = Number(status[1]);
    context.body = 'test answer';
    return undefined;
  }
  return next();
}

/**
 * `emulate-media-features`: forced colours and reduced motion for Chromium.
 * @web/test-runner-commands' emulateMedia drops forcedColors for Chrome driven
 * by puppeteer, and puppeteer refuses the feature name, so this speaks the
 * DevTools protocol to the page itself. Firefox over WebDriver BiDi has no
 * media emulation at all.
 */
function mediaFeaturesCommand() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('media features can only be emulated in Chromium');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload).map(([name, value]) => ({ name, value }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

/**
 * `accessible-node`: the role and name Chromium's accessibility tree gives the
 * element the page put in `window.peolcAccessibleTarget`, read over the
 * DevTools protocol, so names are tested as the browser computes them (a
 * stray space before a colon, a name a `<dl>` does not expose). Firefox over
 * WebDriver BiDi has no such access.
 */
function accessibleNodeCommand() {
  const sessions = new WeakMap();
  return {
    name: 'accessible-node',
    async executeCommand({ command, session }) {
      if (command !== 'accessible-node') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('the accessibility tree can only be read in Chromium');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.peolcAccessibleTarget' });
      if (!result.objectId) throw new Error('set window.peolcAccessibleTarget to an element first');
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      const node = nodes.find((candidate) => !candidate.ignored) ?? nodes[0];
      return { role: node?.role?.value ?? '', name: node?.name?.value ?? '' };
    },
  };
}

/**
 * `render-fallback`: a no-JS fallback rendered in Node, as the build renders
 * them (`renderFallback()` or, with `snippet: true`, `fallbackSnippet()` from
 * dist/fallback/render.js, which use @lit-labs/ssr). Errors come back as
 * `{ error }`, so tests can check them.
 */
function renderFallbackCommand() {
  return {
    name: 'render-fallback',
    async executeCommand({ command, payload }) {
      if (command !== 'render-fallback') return undefined;
      const { renderFallback, fallbackSnippet } = await import('./dist/fallback/render.js');
      const { tag, attributes, options, snippet } = payload;
      try {
        return { html: await (snippet ? fallbackSnippet : renderFallback)(tag, attributes, options) };
      } catch (error) {
        return { error: `${error.name}: ${error.message}` };
      }
    },
  };
}

/**
 * The test files that load what `npm run build` writes to /dist/ (the CDN
 * bundles, the package's entry points, the CSS and JSON files): the `dist`
 * group, run after a build (`npm run test:dist`). Every other test file is
 * in the `unit` group and tests the sources in src/ alone, so it needs no
 * build and never tests a stale one (`npm run test:unit`, `npm run
 * test:watch`). Plain `wtr` runs both.
 */
const distTests = ['test/built-files.test.ts', 'test/embedding.test.ts', 'test/fallback.test.ts', 'test/package.test.ts'];
const unitTests = ['test/**/*.test.ts', ...distTests.map((path) => `!${path}`)];
// A unit test that reached into dist/ would test whatever was built last.
const root = new URL('./', import.meta.url);
for (const path of readdirSync(new URL('test/', root), { recursive: true }).map((name) => `test/${name}`)) {
  if (!path.endsWith('.test.ts') || distTests.includes(path)) continue;
  if (/['"`]\/dist\//.test(readFileSync(new URL(path, root), 'utf8'))) {
    throw new Error(`${path} loads a file from /dist/: move those cases to a file of the dist group (web-test-runner.config.mjs).`);
  }
}

// TEST_FILES=test/elements/glossary.test.ts npx wtr --group unit: only those files (comma-separated) of the group.
const chosen = process.env.TEST_FILES?.split(',');
const only = (files) => (chosen ? chosen.filter((file) => files.includes(file) === distTests.includes(file)) : files);

export default {
  groups: [
    { name: 'unit', files: only(unitTests) },
    { name: 'dist', files: only(distTests) },
  ],
  nodeResolve: true,
  // cdnFolders: built CDN files in folders of their own, each request recorded (test/embedding.test.ts).
  middleware: [testApi, cdnFolders],
  // Lit's one-line dev-mode notice is expected in tests; other logs still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One test file per browser at a time: keyboard, focus and mouse tests need
  // the page in front, and two pages in one headless Chromium hung a mouse test.
  concurrency: 1,
  concurrentBrowsers: 2,
  // Firefox on a busy two-core CI machine once took over the default 30 s to open its first page.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    mediaFeaturesCommand(),
    accessibleNodeCommand(),
    renderFallbackCommand(),
    esbuildPlugin({
      ts: true,
      // The default 'auto' target leaves decorators untransformed on new browsers.
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs },
    }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  ],
};
