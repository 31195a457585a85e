// Checks the static Storybook in storybook-static/ (run `npm run build-storybook` first).
//
// Serves it on a free localhost port, reads index.json and opens every story
// in headless Chromium, asserting that:
//   - a peolc element rendered with content (or, for the no-JS fallback and
//     token-table stories, the content they exist to show);
//   - nothing went to the console as an error and no page error was thrown
//     (favicon 404s aside; stories tagged `expect-console-error` must log the
//     provider's error, and may log the failed request behind it);
//   - nothing was requested from anywhere but this server;
//   - axe, with the WCAG 2.2 AA tags, finds no violations in #storybook-root.
// Stories tagged `forced-colors` or `reduced-motion` run with that media
// feature emulated. Every docs page is opened too, and must render without
// errors. Prints each failure and then `N passed, M failed`; exits 1 on any
// failure. Storybook's own UI is opened once too, and must fetch nothing from
// anywhere else.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browsers.mjs';
import { serveStatic } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const parallel = Number(process.env.CHECK_STORYBOOK_PAGES) || 3;
const storyTimeoutMs = 20_000;

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium or Chrome found: install chromium (or set CHROME_PATH), then run this again.');
  process.exit(1);
}

// ---------------------------------------------------------------------------
// storybook-static/, served by @web/dev-server (scripts/serve.mjs) on a free port.

const server = await serveStatic({ rootDir: staticDir });
const { origin } = server;

// ---------------------------------------------------------------------------
// What to visit.

const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
/** Story files with a story that logs an error on purpose: their autodocs pages render it too. */
const filesExpectingErrors = new Set(stories.filter((entry) => entry.tags?.includes('expect-console-error')).map((entry) => entry.importPath));

// The token table, to check the Tokens story lists every property (dist/ exists: Storybook was built after it).
const { tokens } = await import(pathToFileURL(join(root, 'dist', 'themes', 'tokens.js')).href).catch(() => ({ tokens: undefined }));

/** Which content check a story gets (see inspect()): the no-JS fallbacks, the token table, or peolc elements. */
function contentCheck(entry) {
  if (entry.importPath.endsWith('/fallback.stories.ts')) return 'fallback';
  if (entry.id === 'foundations-themes--tokens') return 'tokens';
  return 'element';
}

// ---------------------------------------------------------------------------
// In the page.

/** Runs before any of Storybook's code: records the channel's render events. */
function recordChannelEvents() {
  const seen = [];
  let channel;
  window.__checkEvents = seen;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of ['docsRendered', 'storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing']) {
        value.on(name, (payload) => seen.push({ name, status: payload?.status }));
      }
    },
  });
}

/** Resolves once the story has finished (rendered and played) or failed, and its elements have settled. */
async function waitForStory(page) {
  await page.waitForFunction(
    () => window.__checkEvents?.some((event) => event.name !== 'docsRendered') || document.body.classList.contains('sb-show-errordisplay'),
    undefined,
    { timeout: storyTimeoutMs, polling: 50 },
  );
  await settle(page);
}

async function waitForDocs(page) {
  await page.waitForFunction(
    () => window.__checkEvents?.some((event) => event.name === 'docsRendered') || document.body.classList.contains('sb-show-errordisplay'),
    undefined,
    { timeout: storyTimeoutMs, polling: 50 },
  );
  // Docs render their stories after the page itself: wait for every element and provider to settle.
  await page.waitForTimeout(300);
  await settle(page);
}

/** Waits for every peolc element to finish updating and every provider to finish loading. */
async function settle(page) {
  await page.waitForFunction(
    async () => {
      const all = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.localName.startsWith('peolc-')) all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(all.map((element) => element.updateComplete));
      // The no-JS fallback stories show their snippet in a frame.
      if (![...document.querySelectorAll('iframe')].every((frame) => frame.contentDocument?.readyState === 'complete')) return false;
      return !all.some((element) => element.localName === 'peolc-provider' && element.getAttribute('status') === 'loading');
    },
    undefined,
    { timeout: storyTimeoutMs, polling: 100 },
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** What the story shows, checked in the page. Returns a problem, or an empty string. */
function inspect({ kind, tokenCount }) {
  const root = document.querySelector('#storybook-root');
  if (!root) return 'no #storybook-root';
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return `Storybook shows an error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`;
  }
  if (kind === 'fallback') {
    // The snippet in a frame that loads no script: its tags stay undefined, and show their fallback.
    const frame = root.querySelector('iframe.preview');
    const previews = [...(frame?.contentDocument?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('peolc-'));
    if (previews.length === 0) return 'no fallback preview element';
    if (previews.some((element) => element.matches(':defined'))) return 'a fallback preview upgraded';
    if (previews.some((element) => element.textContent.trim() === '')) return 'an empty fallback preview';
    if (!root.querySelector('pre')?.textContent?.includes('<peolc-')) return 'no snippet';
    return '';
  }
  if (kind === 'tokens') {
    const rows = root.querySelectorAll('table:first-of-type tbody tr th[scope="row"]').length;
    if (tokenCount !== undefined && rows !== tokenCount) return `the token table has ${rows} rows, tokens.ts has ${tokenCount}`;
    return rows > 0 ? '' : 'no token table';
  }
  const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('peolc-'));
  if (elements.length === 0) return 'no peolc element';
  const undefinedOnes = elements.filter((element) => !customElements.get(element.localName));
  if (undefinedOnes.length) return `not defined: ${undefinedOnes.map((element) => element.localName).join(', ')}`;
  /** Text in a subtree, shadow roots included. */
  const deepText = (node) => {
    let length = 0;
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) length += child.textContent.trim().length;
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') length += deepText(child);
    }
    return length + (node.shadowRoot ? deepText(node.shadowRoot) : 0);
  };
  const contentOf = (element) => {
    const shadow = element.shadowRoot;
    if (!shadow) return 0;
    // The provider renders only a slot: its content is what it provides to.
    if (element.localName === 'peolc-provider') return [...element.children].reduce((sum, child) => sum + deepText(child), 0);
    const slotted = shadow.querySelector('slot') ? element.textContent.trim().length : 0;
    return deepText(shadow) + (shadow.querySelector('svg') ? 1 : 0) + slotted;
  };
  // Every element the story shows must have rendered something; a story of providers alone, what they provide.
  const shown = elements.filter((element) => element.localName !== 'peolc-provider');
  const empty = (shown.length ? shown : elements).filter((element) => contentOf(element) === 0);
  if (empty.length) return `rendered nothing: ${empty.map((element) => element.localName).join(', ')}`;
  return '';
}

async function runAxe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run('#storybook-root', {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (violation) =>
        `axe ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `      at ${node.target.join(' ')}`)
          .join('\n'),
    );
  }, axeTags);
}

// ---------------------------------------------------------------------------
// Visiting.

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(recordChannelEvents);

const isFavicon = (text, url = '') => /favicon/i.test(url) || /favicon/i.test(text);

async function visit(page, entry) {
  const problems = [];
  const consoleErrors = [];
  const failedRequests = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (isFavicon(message.text(), url)) return;
    consoleErrors.push(message.text().split('\n')[0]);
  };
  const onPageError = (error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) problems.push(`external request: ${url}`);
  };
  const onResponse = (response) => {
    if (response.status() >= 400 && !isFavicon('', response.url())) failedRequests.push(`${response.status()} ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('response', onResponse);
  try {
    const isDocs = entry.type === 'docs';
    const tags = entry.tags ?? [];
    await page.emulateMedia({
      forcedColors: tags.includes('forced-colors') ? 'active' : 'none',
      reducedMotion: tags.includes('reduced-motion') ? 'reduce' : 'no-preference',
    });
    if (entry.type === 'manager') {
      // Storybook's own UI: the sidebar, toolbar and a story in its frame, all from this server.
      await page.goto(`${origin}/?path=/story/${stories[0].id}`);
      await page.waitForSelector('#storybook-preview-iframe', { timeout: storyTimeoutMs });
      await page.waitForSelector(`[data-item-id="${stories[0].id}"]`, { timeout: storyTimeoutMs });
      await page.waitForTimeout(1000);
      consoleErrors.forEach((text) => problems.push(`console error: ${text}`));
      failedRequests.forEach((text) => problems.push(`failed request: ${text}`));
      return problems;
    }
    // The a11y add-on's own axe run is switched off (a11y.manual): this script runs axe itself, once.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=a11y.manual:!true`);
    if (isDocs) {
      await waitForDocs(page);
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
        problems.push(`Storybook shows an error: ${await page.textContent('#error-message').catch(() => '')}`);
      }
      const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0);
      if (text === 0) problems.push('the docs page is empty');
    } else {
      await waitForStory(page);
      const problem = await page.evaluate(inspect, { kind: contentCheck(entry), tokenCount: tokens?.length });
      if (problem) problems.push(problem);
      if (await page.evaluate(() => window.__checkEvents.some((event) => event.name !== 'storyFinished'))) {
        problems.push('the story errored or threw while rendering');
      }
      problems.push(...(await runAxe(page)));
    }
    const expectsErrors = isDocs ? tags.includes('autodocs') && filesExpectingErrors.has(entry.importPath) : tags.includes('expect-console-error');
    const providerError = /^<peolc-provider>: could not use the edition/;
    const resourceError = /^Failed to load resource: the server responded with a status of 404/;
    if (expectsErrors) {
      if (!consoleErrors.some((text) => providerError.test(text))) problems.push('expected the provider’s console error, saw none');
      consoleErrors
        .filter((text) => !providerError.test(text) && !resourceError.test(text))
        .forEach((text) => problems.push(`console error: ${text}`));
    } else {
      consoleErrors.forEach((text) => problems.push(`console error: ${text}`));
      failedRequests.forEach((text) => problems.push(`failed request: ${text}`));
    }
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('response', onResponse);
  }
  return problems;
}

const started = Date.now();
const queue = [{ type: 'manager', id: 'manager', title: 'Storybook', name: 'the manager UI' }, ...stories, ...docs];
let passed = 0;
let failed = 0;

async function worker() {
  const page = await context.newPage();
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const begun = Date.now();
    const problems = await visit(page, entry);
    if (process.env.CHECK_STORYBOOK_VERBOSE) console.log(`${Date.now() - begun}ms ${entry.id}`);
    const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name} (${entry.id})`;
    if (problems.length === 0) {
      passed += 1;
    } else {
      failed += 1;
      console.log(`FAIL ${label}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
    }
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: parallel }, worker));
} finally {
  await browser.close();
  await server.close();
}

console.log(`Checked the manager UI, ${stories.length} stories and ${docs.length} docs pages in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
