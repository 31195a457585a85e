// End-to-end tests of the local site, as readers and partners meet it: the
// front page is the whole framework in <peolc-framework> (its deep links,
// shared searches and text-fragment links work there), every
// example page (gallery, plain HTML, and the framework apps when they are
// built) renders with no console errors, framework code hears the wheel's
// event, a snippet copied from the
// embed builder renders on a blank page exactly as the preview did, the strict
// CSP page causes no violations, the double-load page is silent, a new user's
// whole self-assessment journey works (kept, two tabs, exports, import in
// another profile, print) with no request, and nothing shifts when the
// elements upgrade.
//
//   npm run test:e2e      (builds dist/ and dist-site/ first, when they are not up to date)
//
// Plain Node with playwright-core, driving the Chromium that scripts/browsers.mjs
// finds (headless). It serves dist-site/, as `npm run build:site` wrote it, on a free
// port with the same server as `npm start`. The last line is "N passed, M failed"; the exit code
// is 1 when anything failed.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/browsers.mjs';
import { frameworkExamples, readAttributes, siteDir } from '../../scripts/build-site.mjs';
import { startSite, strictCsp } from '../../scripts/start.mjs';
import { peolcTags } from '../../dist/registry.js';
import { renderFallback } from '../../dist/fallback/render.js';
import { assessmentUiStrings } from '../../dist/context/assessment-ui-strings.js';

const started = performance.now();
const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const edition = JSON.parse(await readFile(new URL('../../dist/content/ambitions-2015-2020.json', import.meta.url), 'utf8').catch(() => '{}'));
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
/** The address the embed builder's snippets point at by default: this version on the public CDN. */
const publicCdn = `https://cdn.jsdelivr.net/npm/peolc-elements@${version}/`;

/** The tags whose shadow roots hold the framework's text (providers and terms are checked apart). */
const contentTags = peolcTags.filter((tag) => tag !== 'peolc-provider' && tag !== 'peolc-term');
const allTags = peolcTags;

// A hard stop, so a hung browser cannot hold CI.
const watchdog = setTimeout(() => {
  console.error('site.e2e: gave up after 180 s');
  process.exit(1);
}, 180_000);
watchdog.unref();

const results = [];
const measurements = [];

// E2E_ONLY=<regular expression> runs only the tests whose names match.
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : undefined;

async function test(name, body) {
  if (only && !only.test(name)) return;
  const start = performance.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Math.round(performance.now() - start)} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✘ ${name} (${Math.round(performance.now() - start)} ms)\n      ${String(error?.message ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(actual)}`);
}

// ---------------------------------------------------------------- set-up

const executablePath = findChromium();
if (!executablePath) {
  console.error("site.e2e: no Chromium found: install Debian's chromium (or set CHROME_PATH), or run `node scripts/browsers.mjs`.");
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let site;
let browser;
try {
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error('dist-site/ is not built: run `npm run test:e2e`, which builds it first');
  site = await startSite({ port: 0 });
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
} catch (error) {
  console.error(`site.e2e: could not start: ${error.message}`);
  await site?.close();
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const base = site.url;
console.log(`site.e2e: serving dist-site/ at ${base}, Chromium ${browser.version()}`);

/**
 * Runs before every document: records CSP violations, and layout shifts
 * without recent input, from the first moment of the page.
 */
function recorder() {
  window.__peolc = { csp: [], shifts: [] };
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__peolc.csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__peolc.shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?'),
          });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: the CLS test says so.
  }
}

/** A fresh context and page that collect console errors and warnings, page errors and failed requests. */
async function open(path, { viewport = { width: 1280, height: 800 }, permissions = [], beforeGoto } = {}) {
  const context = await browser.newContext({ viewport, permissions });
  await context.addInitScript(recorder);
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const problems = { errors: [], warnings: [], failed: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => problems.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()} answered ${response.status()}`);
  });
  await beforeGoto?.(page);
  const response = path === undefined ? undefined : await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  return { context, page, problems, response };
}

/** Waits until every peolc element on the page has upgraded and drawn its content. */
async function waitForElements(page, timeout = 8000) {
  await page
    .waitForFunction(
      ({ contentTags }) => {
        const missing = [];
        for (const tag of contentTags) {
          for (const element of document.querySelectorAll(tag)) {
            if (!customElements.get(tag) || !element.shadowRoot || (element.shadowRoot.textContent ?? '').trim().length < 20) missing.push(tag);
          }
        }
        for (const term of document.querySelectorAll('peolc-term')) {
          if (!term.shadowRoot?.querySelector('button')) missing.push('peolc-term');
        }
        for (const provider of document.querySelectorAll('peolc-provider')) {
          if (!customElements.get('peolc-provider') || provider.getAttribute('status') === 'loading' || !provider.getAttribute('status'))
            missing.push('peolc-provider');
        }
        return missing.length === 0;
      },
      { contentTags },
      { timeout },
    )
    .catch(async () => {
      const state = await page.evaluate(
        (tags) =>
          tags.map(
            (tag) =>
              `${tag}: ${[...document.querySelectorAll(tag)].map((element) => (element.shadowRoot ? `${(element.shadowRoot.textContent ?? '').trim().length} chars` : 'no shadow root')).join(', ')}`,
          ),
        allTags,
      );
      throw new Error(`elements did not all render within ${timeout} ms:\n${state.join('\n')}`);
    });
}

/** How many of each peolc tag the page has. */
async function countTags(page) {
  return page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelectorAll(tag).length])), allTags);
}

/** The shadow text of an element, white space folded. */
function shadowText(page, selector) {
  return page.$eval(selector, (element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function noProblems(problems, what, { allowErrors = [] } = {}) {
  const errors = problems.errors.filter((text) => !allowErrors.some((pattern) => pattern.test(text)));
  check(errors.length === 0, `${what} logged console errors:\n${errors.join('\n')}`);
  check(problems.failed.length === 0, `${what} had failed requests:\n${problems.failed.join('\n')}`);
}

/** The sum of layout shifts without recent input so far, and where they were. */
async function layoutShift(page) {
  return page.evaluate(() => ({
    supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift'),
    total: window.__peolc.shifts.reduce((sum, shift) => sum + shift.value, 0),
    shifts: window.__peolc.shifts,
  }));
}

const ambitionTitle = (number) => edition.ambitions?.[number - 1]?.title;

/** The text of the explorer's document (its light DOM, where the framework's words are), white space folded. */
function documentText(page, selector = 'peolc-framework') {
  return page.$eval(selector, (element) => (element.querySelector(':scope > [slot="document"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const fold = (text) => text.replace(/\s+/g, ' ').trim();

/** axe-core's WCAG 2.2 AA rules and its best practices (one h1, one main, unique landmarks, content in landmarks). */
async function axeViolations(page) {
  const axeSource = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(() =>
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
      .then((result) => result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)),
  );
}

// ---------------------------------------------------------------- the tests

await test('front page: the explorer shows the whole framework, with the site one link away, one h1, its landmarks and no axe violations', async () => {
  const { context, page, problems, response } = await open('demo/');
  equal(response?.headers()['content-security-policy'], strictCsp, "the front page's Content-Security-Policy header");
  await waitForElements(page);
  check(
    problems.requests.some((url) => url.endsWith('/dist/cdn/peolc-elements.js')),
    'the front page did not load dist/cdn/peolc-elements.js',
  );
  equal(await page.$$eval('peolc-framework', (found) => found.length), 1, 'explorers on the front page');
  const text = await documentText(page);
  check(edition.ambitions?.length === 6, 'dist/content/ambitions-2015-2020.json has no six ambitions');
  for (const ambition of edition.ambitions)
    check(text.includes(fold(ambition.title)), `the front page does not show ambition ${ambition.number}, "${ambition.title}"`);
  for (const foundation of edition.foundations)
    check(text.includes(fold(foundation.title)), `the front page does not show the foundation "${foundation.title}"`);
  for (const opening of edition.openingSections ?? [])
    check(text.includes(fold(opening.title)), `the front page does not show the opening section "${opening.title}"`);
  check(text.includes(fold(edition.glossary[0].definition[0])), "the front page does not show the glossary's first definition");
  // The text is the element's light DOM (so find, links and text fragments reach it), not in another nav.
  check(await page.$eval('peolc-framework', (element) => element.closest('nav') === null), 'the explorer is inside a <nav>');
  check(
    await page.$eval('peolc-framework', (element) =>
      Boolean(element.shadowRoot.querySelector('nav') && element.shadowRoot.querySelector('[role="search"]')),
    ),
    'the explorer has no contents <nav> or search landmark',
  );
  equal(await page.$$eval('h1', (found) => found.length), 1, 'h1 headings on the front page');
  const links = await page.$$eval('header nav a', (found) => found.map((link) => new URL(link.href).pathname));
  for (const path of ['/demo/gallery.html', '/demo/builder.html', '/examples/plain-html/'])
    check(links.includes(path), `the front page's header has no link to ${path} (it has ${links.join(', ')})`);
  const pages = await page.$$eval('#site-pages a', (found) => found.map((link) => new URL(link.href).pathname));
  for (const path of [
    '/demo/csp.html',
    '/demo/double-load.html',
    '/demo/self-assessment.html',
    '/examples/react/',
    '/examples/plain-html/with-fallback.html',
  ])
    check(pages.includes(path), `the front page's list of pages has no link to ${path}`);
  const violations = await axeViolations(page);
  check(violations.length === 0, `axe found:\n${violations.join('\n')}`);
  check((await page.evaluate(() => window.__peolc.csp)).length === 0, 'the front page broke the strict CSP');
  noProblems(problems, 'the front page');
  check(problems.warnings.length === 0, `the front page logged warnings:\n${problems.warnings.join('\n')}`);
  await context.close();
});

await test('front page: /demo/#building-block-<id> scrolls to that building block and focuses its heading, and ?peolc-search= searches', async () => {
  const block = edition.ambitions[2].buildingBlocks.at(-1);
  const { context, page, problems } = await open(`demo/#building-block-${block.id}`);
  await waitForElements(page);
  await page
    .waitForFunction((id) => document.activeElement?.id === id, `building-block-${block.id}`, { timeout: 3000 })
    .catch(async () => {
      throw new Error(
        `focus is on ${await page.evaluate(() => `${document.activeElement?.localName}#${document.activeElement?.id}`)}, not #building-block-${block.id}`,
      );
    });
  const focused = await page.evaluate(() => {
    const heading = document.activeElement;
    const box = heading.getBoundingClientRect();
    return { tag: heading.localName, text: heading.textContent.replace(/\s+/g, ' ').trim(), top: box.top, bottom: box.bottom, height: innerHeight };
  });
  check(/^h[2-6]$/.test(focused.tag), `the focused element is a <${focused.tag}>, not a heading`);
  equal(focused.text, fold(block.title), 'the focused heading');
  check(focused.top >= 0 && focused.bottom <= focused.height, `the heading is not in view (top ${focused.top}, bottom ${focused.bottom})`);
  noProblems(problems, 'the front page at a building block');
  await context.close();

  const shared = await open('demo/?peolc-search=hospice');
  await waitForElements(shared.page);
  await shared.page.waitForFunction(() => document.querySelector('peolc-framework').shadowRoot.querySelectorAll('a.result').length > 0, undefined, {
    timeout: 3000,
  });
  equal(
    await shared.page.$eval('peolc-framework', (element) => element.shadowRoot.querySelector('input[type="search"]').value),
    'hospice',
    'the search box',
  );
  const results = await shared.page.$$eval('peolc-framework', ([element]) =>
    [...element.shadowRoot.querySelectorAll('a.result mark')].map((mark) => mark.textContent.toLowerCase()),
  );
  check(results.length > 0 && results.every((word) => word.includes('hospice')), `the results mark ${JSON.stringify(results)}`);
  noProblems(shared.problems, 'the front page with a shared search');
  await shared.context.close();
});

await test("front page: a text-fragment link to a building block's full text scrolls it into view (Chromium only)", async () => {
  if (browser.browserType().name() !== 'chromium') {
    measurements.push('text fragments: not checked (Chromium only)');
    return;
  }
  // Words from the middle of a building block's full text, behind its "Read more" until the browser finds them.
  const block = edition.ambitions[5].buildingBlocks.at(-1);
  const full = fold(block.body.join(' '));
  const sentences = full.match(/[^.!?]+[.!?]/g) ?? [full];
  const sentence = (sentences[1] ?? sentences[0]).trim();
  const words = sentence
    .split(' ')
    .slice(0, 8)
    .join(' ')
    .replace(/[,;:.]$/, '');
  check(!fold(block.summary ?? '').includes(words), `"${words}" is in the summary as well as the full text`);
  // Text fragments need - and , escaped, as directive syntax.
  const encoded = encodeURIComponent(words).replace(/-/g, '%2D');
  const { context, page, problems } = await open(`demo/#:~:text=${encoded}`);
  await waitForElements(page);
  await page
    .waitForFunction(
      (words) => {
        const paragraph = [...document.querySelectorAll('peolc-framework > [slot="document"] p')].find((element) =>
          element.textContent.replace(/\s+/g, ' ').includes(words),
        );
        if (!paragraph || !paragraph.checkVisibility()) return false;
        const box = paragraph.getBoundingClientRect();
        return scrollY > 0 && box.top < innerHeight && box.bottom > 0;
      },
      words,
      { timeout: 4000 },
    )
    .catch(async () => {
      throw new Error(`"${words}" (building block ${block.id}) was not scrolled into view; scrollY is ${await page.evaluate(() => scrollY)}`);
    });
  noProblems(problems, 'the front page with a text fragment');
  measurements.push(`text fragment: "${words}" scrolled into view`);
  await context.close();
});

await test('gallery: every element renders, the theme switcher themes them, and only the refused edition logs an error', async () => {
  const { context, page, problems } = await open('demo/gallery.html');
  await waitForElements(page);
  const counts = await countTags(page);
  for (const tag of allTags) check(counts[tag] > 0, `the gallery has no <${tag}>`);
  // The one error the page exists to show: the provider refusing broken-edition.json.
  const expected = /<peolc-provider>: could not use the edition at src="\.\/broken-edition\.json"/;
  equal(problems.errors.filter((text) => expected.test(text)).length, 1, 'errors from the refused edition');
  noProblems(problems, 'the gallery', { allowErrors: [expected] });
  check(problems.warnings.length === 0, `the gallery logged warnings:\n${problems.warnings.join('\n')}`);
  check(
    problems.requests.some((url) => url.endsWith('/dist/cdn/peolc-elements.js')),
    'the gallery did not load dist/cdn/peolc-elements.js',
  );
  check((await page.textContent('#broken-provider-log'))?.includes('peolc-content-error'), 'the refused edition was not reported on the page');
  check((await page.textContent('#loading-provider-log'))?.includes('peolc-content-load'), 'the loaded edition was not reported on the page');
  check(
    await page.$eval('#loading-provider peolc-building-block', (card) => card.shadowRoot.textContent.includes('Read the full text')),
    "the provider's strings did not reach its card",
  );

  const colour = () => page.$eval('#demo-wheel', (wheel) => getComputedStyle(wheel).getPropertyValue('--peolc-ambition-1-color').trim());
  const before = await colour();
  await page.getByRole('radio', { name: 'High contrast' }).check();
  equal(await page.getAttribute('#gallery-provider', 'theme'), 'high-contrast', "the provider's theme attribute");
  equal(await colour(), '#ffff00', "ambition 1's colour in the high-contrast theme");
  check(before !== '#ffff00', 'the default theme already had the high-contrast colour');
  await page.selectOption('#colour-scheme', 'dark');
  equal(await page.getAttribute('#gallery-provider', 'color-scheme'), 'dark', "the provider's color-scheme attribute");

  await page.selectOption('#blocks-ambition', '3');
  await page.waitForFunction(
    (title) => document.querySelector('#blocks').shadowRoot.textContent.includes(title),
    edition.ambitions[2].buildingBlocks[0].title,
  );
  await context.close();
});

await test('plain HTML example: only the per-element files load, every element renders, no console errors', async () => {
  const { context, page, problems } = await open('examples/plain-html/');
  await waitForElements(page);
  const counts = await countTags(page);
  for (const tag of ['peolc-ambition-wheel', 'peolc-foundation-grid', 'peolc-glossary', 'peolc-term']) check(counts[tag] > 0, `no <${tag}>`);
  const scripts = problems.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
  for (const file of ['ambition-wheel', 'foundation-grid', 'glossary'])
    check(scripts.includes(`/dist/cdn/elements/${file}.js`), `dist/cdn/elements/${file}.js was not loaded`);
  check(!scripts.includes('/dist/cdn/peolc-elements.js'), 'the all-in-one file was loaded too');
  check(!(await page.evaluate(() => customElements.get('peolc-building-blocks'))), 'an element the page does not use was defined');
  equal(
    await page.$eval('peolc-ambition-wheel', (wheel) => getComputedStyle(wheel).getPropertyValue('--peolc-ambition-2-color').trim()),
    '#006747',
    "the NHS theme file's ambition 2 colour",
  );
  noProblems(problems, 'the plain HTML example');
  await context.close();
});

/**
 * The framework example apps (examples/react, vue, svelte, angular) have their
 * own installs and are built from the packed tarball by `npm run
 * test:frameworks`, which also tests them fully; the site includes a build that
 * is there. Here: a built app works under the site's strict CSP (a click on the
 * wheel reaches the app's state, no console errors), and an app not built shows
 * the page that says how to build it.
 */
for (const example of frameworkExamples) {
  const built = existsSync(join(examplesDir, example.name, example.out, 'index.html'));
  await test(`${example.title} example: ${built ? "the app's build works under the strict CSP, and a click reaches its state" : 'not built, so the page says how to build it'}`, async () => {
    const { context, page, problems } = await open(`examples/${example.name}/`);
    if (!built) {
      equal(await page.textContent('h1'), `The ${example.title} example is not built`, 'the heading');
      check((await page.textContent('main'))?.includes('npm run test:frameworks'), 'the page does not say how to build the example');
    } else {
      await waitForElements(page);
      equal((await page.textContent('#framework'))?.trim(), `peolc-elements in ${example.title}`, "the app's heading");
      await page.click('#wheel [role="radio"][data-number="3"]');
      await page
        .waitForFunction(() => document.querySelector('#selected-state')?.textContent?.includes('Selected ambition: 3'), undefined, { timeout: 3000 })
        .catch(async () => {
          throw new Error(`after a click on ambition 3, the app's state shows "${await page.textContent('#selected-state')}"`);
        });
      await page.waitForFunction(
        (title) => document.querySelector('#cards')?.shadowRoot?.textContent?.includes(title),
        edition.ambitions[2].buildingBlocks[0].title,
        { timeout: 3000 },
      );
      const violations = await page.evaluate(() => window.__peolc.csp);
      check(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
    }
    noProblems(problems, `the ${example.title} example`);
    await context.close();
  });
}

/**
 * Chooses options in the builder, copies with the keyboard, and returns the
 * snippet from the clipboard (and checks the textarea holds the same).
 */
async function copyFromBuilder(page, choose) {
  await page.waitForSelector('#element-choice input');
  await choose();
  await page.focus('#copy');
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Snippet copied', undefined, { timeout: 3000 })
    .catch(async () => {
      throw new Error(`the live region says "${await page.textContent('#copy-status')}", not "Snippet copied"`);
    });
  const fromClipboard = await page.evaluate(() => navigator.clipboard.readText());
  const fromTextarea = await page.inputValue('#snippet');
  equal(fromClipboard, fromTextarea, 'the clipboard against the snippet shown');
  return fromClipboard;
}

/** Serves `snippet` (its CDN base swapped for this server) as a blank local page, and returns the page. */
async function openSnippet(snippet, cdnBase) {
  const html = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Pasted snippet</title>\n</head>\n<body>\n${snippet.replaceAll(cdnBase, base)}\n</body>\n</html>\n`;
  const blank = new URL('e2e/pasted-snippet.html', base).href;
  const opened = await open(undefined, {
    beforeGoto: (page) =>
      page.route(blank, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': strictCsp }, body: html }),
      ),
  });
  await opened.page.goto(blank);
  await waitForElements(opened.page);
  return opened;
}

await test('builder: a copied snippet renders on a blank page exactly as the preview did', async () => {
  const { context, page, problems } = await open('demo/builder.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  const cdnBase = publicCdn;
  const snippet = await copyFromBuilder(page, async () => {
    await page.getByRole('radio', { name: 'Foundation grid' }).check();
    for (const number of [2, 4, 5, 7]) await page.getByRole('checkbox', { name: new RegExp(`^${number}\\. `) }).uncheck();
    await page.selectOption('#grid-highlight', '3');
    await page.getByLabel("Open every foundation's full text").check();
    await page.selectOption('#grid-heading-level', '3');
    await page.selectOption('#theme', 'nhs');
    await page.getByRole('button', { name: 'Use the public CDN address' }).click();
  });
  equal(
    snippet,
    `<script type="module" src="${cdnBase}dist/cdn/elements/foundation-grid.js"></script>\n` +
      '<peolc-foundation-grid foundations="1,3,6,8" highlight="3" expanded heading-level="3" theme="nhs"></peolc-foundation-grid>',
    'the snippet',
  );
  await waitForElements(page);
  const previewText = await shadowText(page, '#preview peolc-foundation-grid');
  const pasted = await openSnippet(snippet, cdnBase);
  equal(await shadowText(pasted.page, 'peolc-foundation-grid'), previewText, "the pasted grid's text against the preview's");
  check(
    previewText.includes(edition.foundations[5].title) && !previewText.includes(edition.foundations[1].title),
    'the preview does not show foundations 1, 3, 6 and 8 only',
  );
  const pastedScripts = pasted.problems.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
  check(pastedScripts.includes('/dist/cdn/elements/foundation-grid.js'), `the pasted page loaded ${pastedScripts.join(', ')}`);
  noProblems(pasted.problems, "the pasted snippet's page");
  check((await pasted.page.evaluate(() => window.__peolc.csp)).length === 0, 'the pasted snippet broke the strict CSP');
  await pasted.context.close();
  noProblems(problems, 'the builder');
  await context.close();
});

await test('builder: attribute values are escaped, and a snippet with the all-in-one file and a no-JS fallback renders too', async () => {
  const { context, page, problems } = await open('demo/builder.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  const label = 'Words "we" use & <mean>';
  const snippet = await copyFromBuilder(page, async () => {
    await page.getByRole('radio', { name: 'Glossary' }).check();
    for (const term of ['carer', 'bereavement', 'Palliative care']) await page.getByRole('checkbox', { name: term, exact: true }).check();
    await page.getByLabel('Name of the list, read out by screen readers (optional)').fill(label);
    await page.getByRole('radio', { name: 'Every element in one file' }).check();
    await page.selectOption('#color-scheme', 'dark');
    const fallback = page.getByRole('checkbox', { name: 'Include a no-JS fallback' });
    if (await fallback.isVisible()) await fallback.check();
  });
  check(snippet.includes('label="Words &quot;we&quot; use &amp; &lt;mean&gt;"'), `the label is not escaped in:\n${snippet}`);
  check(
    snippet.startsWith(`<script type="module" src="${publicCdn}dist/cdn/peolc-elements.js"></script>`),
    `the snippet does not start with the public CDN's all-in-one script:\n${snippet}`,
  );
  check(snippet.includes('color-scheme="dark"'), 'the colour scheme is missing');
  const withFallback = snippet.includes('class="peolc-fallback"');
  if (withFallback) {
    check(snippet.includes(`<link rel="stylesheet" href="${publicCdn}dist/peolc-elements.css">`), "the fallback's stylesheet link is missing");
    // The builder renders the element's template in the browser; the build renders it in Node: the same fallback.
    const [, attributeText, inside] = snippet.match(/<peolc-glossary([^>]*)>\n([\s\S]*)\n<\/peolc-glossary>/) ?? [];
    const attributes = readAttributes(attributeText ?? '');
    const unindented = (inside ?? '').replace(/^ {2}/gm, '');
    equal(unindented, await renderFallback('peolc-glossary', attributes), "the builder's fallback against the build's (renderFallback in Node)");
  }
  await waitForElements(page);
  const previewText = await shadowText(page, '#preview peolc-glossary');
  const pasted = await openSnippet(snippet, publicCdn);
  equal(await shadowText(pasted.page, 'peolc-glossary'), previewText, "the pasted glossary's text against the preview's");
  equal(await pasted.page.$eval('peolc-glossary', (glossary) => glossary.getAttribute('label')), label, 'the label the pasted element reads');
  noProblems(pasted.problems, "the pasted snippet's page");
  await pasted.context.close();
  noProblems(problems, 'the builder');
  measurements.push(`builder no-JS fallback option: ${withFallback ? 'present, and its snippet renders' : 'not offered (src/fallback/ missing)'}`);
  await context.close();
});

await test("builder: the whole framework's card gives a snippet that renders, and its no-JS fallback (the whole document) is the Node render's", async () => {
  const { context, page, problems } = await open('demo/builder.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  const cdnBase = publicCdn;
  const snippet = await copyFromBuilder(page, async () => {
    await page.getByRole('radio', { name: 'The whole framework' }).check();
    for (const part of ['title', 'opening', 'partnership', 'citation']) await page.uncheck(`#framework-section-${part}`);
    await page.getByLabel("Open every building block's full text").check();
    await page.getByLabel('Link the first mention of each glossary term to its definition').check();
    await page.selectOption('#framework-heading-level', '3');
    await page.selectOption('#theme', 'nhs');
    await page.getByRole('button', { name: 'Use the public CDN address' }).click();
  });
  equal(
    snippet,
    `<script type="module" src="${cdnBase}dist/cdn/elements/framework.js"></script>\n` +
      '<peolc-framework sections="vision ambitions foundations glossary" heading-level="3" link-terms expanded theme="nhs"></peolc-framework>',
    'the snippet',
  );
  await waitForElements(page);
  const previewText = await documentText(page, '#preview peolc-framework');
  check(
    previewText.includes(fold(ambitionTitle(4))) && !previewText.includes(fold(edition.openingSections[0].title)),
    'the preview does not show the parts chosen',
  );
  const pasted = await openSnippet(snippet, cdnBase);
  equal(await documentText(pasted.page), previewText, "the pasted explorer's text against the preview's");
  const pastedScripts = pasted.problems.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
  check(pastedScripts.includes('/dist/cdn/elements/framework.js'), `the pasted page loaded ${pastedScripts.join(', ')}`);
  check(!pastedScripts.includes('/dist/cdn/peolc-elements.js'), 'the pasted page loaded the all-in-one file');
  noProblems(pasted.problems, "the pasted snippet's page");
  await pasted.context.close();

  // One ambition alone, then the whole document with a fallback: about 140 KB, and the builder must stay quick with it.
  await page.selectOption('#framework-ambition', '2');
  await page.waitForFunction(() => document.querySelector('#snippet').value.includes(' ambition="2"'));
  await page.selectOption('#framework-ambition', '');
  for (const part of ['title', 'opening', 'partnership', 'citation']) await page.check(`#framework-section-${part}`);
  for (const option of ["Open every building block's full text", 'Link the first mention of each glossary term to its definition'])
    await page.getByLabel(option).uncheck();
  await page.selectOption('#framework-heading-level', '2');
  await page.selectOption('#theme', '');
  check(!(await page.getByRole('button', { name: "Use this site's copy" }).isVisible()), "the builder offers this site's copy, on localhost");
  const fallback = page.getByRole('checkbox', { name: 'Include a no-JS fallback' });
  check(await fallback.isVisible(), 'the builder offers no no-JS fallback');
  const started = performance.now();
  const withFallback = await copyFromBuilder(page, () => fallback.check());
  const took = Math.round(performance.now() - started);
  check(withFallback.includes(`<link rel="stylesheet" href="${publicCdn}dist/peolc-elements.css">`), "the fallback's stylesheet link is missing");
  const [, attributeText, inside] = withFallback.match(/<peolc-framework([^>]*)>\n([\s\S]*)\n<\/peolc-framework>/) ?? [];
  equal(attributeText, '', 'the attributes of the whole framework');
  const unindented = (inside ?? '').replace(/^ {2}/gm, '');
  const node = await renderFallback('peolc-framework', readAttributes(attributeText ?? ''));
  check(node.length > 100_000, `the Node render of the whole framework is only ${node.length} characters`);
  check(unindented === node, `the builder's fallback (${unindented.length} characters) differs from the Node render's (${node.length})`);
  // Typing elsewhere does not render the document again: a keystroke in the address updates the snippet at once.
  const typed = performance.now();
  const ownHost = 'https://www.riverside-hospice.org.uk/assets/peolc/';
  await page.fill('#base', ownHost);
  await page.waitForFunction((url) => document.querySelector('#snippet').value.startsWith(`<script type="module" src="${url}`), ownHost, {
    timeout: 1000,
  });
  measurements.push(
    `builder, whole framework: fallback of ${Math.round(withFallback.length / 1024)} KB copied in ${took} ms; a keystroke after it took ${Math.round(performance.now() - typed)} ms`,
  );
  noProblems(problems, 'the builder');
  await context.close();
});

await test('builder: a versioned public CDN address by default, a site’s own host remembered, localhost refused; WordPress and other CMSs told what to do', async () => {
  const { context, page, problems } = await open('demo/builder.html');
  await page.waitForSelector('#element-choice input');
  equal(await page.inputValue('#base'), publicCdn, 'the address the builder starts with');
  await page.fill('#base', 'http://localhost:8000/');
  await page.waitForFunction(() => !document.querySelector('#base-error').hidden);
  check((await page.textContent('#base-error')).includes('on your own computer'), 'localhost is not refused in words');
  check((await page.inputValue('#snippet')).includes(publicCdn), 'a refused address changed the snippet');
  check(!(await page.inputValue('#snippet')).includes('localhost'), 'the snippet has localhost in it');
  const ownHost = 'https://www.riverside-hospice.org.uk/assets/peolc/';
  await page.fill('#base', ownHost);
  await page.reload();
  await page.waitForSelector('#element-choice input');
  equal(await page.inputValue('#base'), ownHost, 'the address remembered after a reload');
  check(
    (await page.inputValue('#snippet')).includes(`${ownHost}dist/cdn/elements/ambition-wheel.js`),
    "the snippet does not use the site's own host",
  );

  // WordPress: the block's name and the shortcode, with the options chosen; an element without one says to paste its tag.
  await page.selectOption('#destination', 'wordpress');
  await page.selectOption('#wheel-selected', '3');
  await page.waitForFunction(() => document.querySelector('#shortcode').value.includes('selected="3"'));
  equal(await page.inputValue('#shortcode'), '[peolc-wheel selected="3" show-foundations="true" panel="true" parts="what-we-know"]', 'the shortcode');
  equal(await page.textContent('#wordpress-block'), 'Ambition wheel', "the block's name");
  await page.getByRole('radio', { name: 'One building-block card' }).check();
  check(await page.isVisible('#wordpress-tag-advice'), 'an element without a shortcode does not say to paste its tag');
  check(!(await page.isVisible('#shortcode')), 'an element without a shortcode shows one');
  await page.selectOption('#destination', 'cms');
  check(await page.isVisible('#advice-cms'), 'no advice for a CMS that strips scripts');
  check(!(await page.isVisible('#advice-wordpress')), 'WordPress advice for another CMS');
  // The builder's shortcodes are the plugin's.
  const php = await readFile(new URL('../../integrations/wordpress/plugin/peolc-elements/includes/elements.php', import.meta.url), 'utf8');
  const plugin = Object.fromEntries([...php.matchAll(/'tag' => '([a-z-]+)',\s*'shortcode' => '([a-z-]+)'/g)].map((match) => [match[1], match[2]]));
  const source = await readFile(new URL('../../demo/builder/snippet.ts', import.meta.url), 'utf8');
  const builder = Object.fromEntries([...source.matchAll(/'(peolc-[a-z-]+)': \{ shortcode: '([a-z-]+)'/g)].map((match) => [match[1], match[2]]));
  check(
    Object.keys(plugin).length === 6 && plugin['peolc-ambition-wheel'] === 'peolc-wheel',
    `the plugin's table was not read: ${JSON.stringify(plugin)}`,
  );
  equal(JSON.stringify(builder), JSON.stringify(plugin), "the builder's shortcodes against the plugin's");
  const violations = await axeViolations(page);
  check(violations.length === 0, `axe found:\n${violations.join('\n')}`);
  noProblems(problems, 'the builder');
  await context.close();
});

await test('builder without clipboard access: Copy snippet selects the text and says how to copy it', async () => {
  const { context, page, problems } = await open(undefined);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(new URL('demo/builder.html', base).href);
  await page.waitForSelector('#element-choice input');
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent?.startsWith('Snippet selected'), undefined, { timeout: 3000 });
  const selection = await page.evaluate(() => {
    const area = document.activeElement;
    return {
      id: area?.id,
      whole: area instanceof HTMLTextAreaElement && area.selectionStart === 0 && area.selectionEnd === area.value.length && area.value.length > 0,
    };
  });
  check(selection.id === 'snippet' && selection.whole, `the snippet is not focused and wholly selected (focus on #${selection.id})`);
  noProblems(problems, 'the builder');
  await context.close();
});

await test('builder at 320 px: no sideways scrolling, every control labelled, no axe violations (WCAG 2.2 AA)', async () => {
  const { context, page, problems } = await open('demo/builder.html', { viewport: { width: 320, height: 640 } });
  await page.waitForSelector('#element-choice input');
  await waitForElements(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `the builder scrolls sideways by ${overflow} px at 320 px`);
  const unlabelled = await page.$$eval('input, select, textarea', (controls) =>
    controls
      .filter((control) => control.type !== 'hidden' && control.labels?.length === 0 && !control.getAttribute('aria-label'))
      .map((control) => control.id || control.outerHTML),
  );
  check(unlabelled.length === 0, `controls without a label: ${unlabelled.join(', ')}`);
  // Every option fieldset in turn, so hidden ones are checked too.
  const axeSource = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.evaluate(axeSource);
  const violations = [];
  for (const tag of await page.$$eval('#element-choice input', (inputs) => inputs.map((input) => input.value))) {
    await page.check(`#element-${tag}`);
    await waitForElements(page);
    const found = await page.evaluate(() =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        .then((result) =>
          result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ),
    );
    violations.push(...found.map((text) => `${tag}: ${text}`));
  }
  check(violations.length === 0, `axe found:\n${violations.join('\n')}`);
  noProblems(problems, 'the builder at 320 px');
  await context.close();
});

await test("strict CSP page: sent with default-src 'self', every element renders, zero violations", async () => {
  const { context, page, problems, response } = await open('demo/csp.html');
  equal(response?.headers()['content-security-policy'], strictCsp, "the page's Content-Security-Policy header");
  await waitForElements(page);
  const counts = await countTags(page);
  for (const tag of allTags) check(counts[tag] > 0, `the CSP page has no <${tag}>`);
  // Open a term's popover: its placement is the one place the elements set styles from script.
  await page.click('peolc-term >> button.trigger');
  await page.waitForFunction(() => document.querySelector('peolc-term').shadowRoot.querySelector('[popover]')?.matches(':popover-open'), undefined, {
    timeout: 3000,
  });
  await page.keyboard.press('Escape');
  await page.click('#csp-wheel [role="radio"][data-number="5"]');
  await page.waitForTimeout(200);
  const violations = await page.evaluate(() => window.__peolc.csp);
  const cspConsole = problems.errors.filter((text) => /Content Security Policy/i.test(text));
  measurements.push(`CSP page: ${violations.length} securitypolicyviolation events, ${cspConsole.length} CSP console errors`);
  check(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
  equal(await page.textContent('#csp-status'), 'No Content Security Policy violations so far.', "the page's own report");
  noProblems(problems, 'the CSP page');
  await context.close();
});

await test('double-load page: the CDN file twice and the npm build, with no errors or warnings', async () => {
  const { context, page, problems } = await open('demo/double-load.html');
  await waitForElements(page);
  await page
    .waitForFunction(
      (count) => document.querySelector('#double-load-status')?.textContent?.includes(`${count} of ${count} tags are defined`),
      allTags.length,
      {
        timeout: 3000,
      },
    )
    .catch(async () => {
      throw new Error(`the page says "${await page.textContent('#double-load-status')}"`);
    });
  const scripts = problems.requests.filter((url) => url.includes('.js')).map((url) => new URL(url).pathname + new URL(url).search);
  for (const script of ['/dist/cdn/peolc-elements.js', '/dist/cdn/peolc-elements.js?second-copy', '/demo/npm-app.js'])
    check(scripts.includes(script), `${script} was not loaded`);
  noProblems(problems, 'the double-load page');
  check(problems.warnings.length === 0, `the double-load page logged warnings:\n${problems.warnings.join('\n')}`);
  await context.close();
});

/**
 * The self-assessment page, as a local team meets it: a new user's whole
 * journey in Chromium, with the browser's own storage, downloads, file input
 * and print. Over the journey the page makes no request at all (the element
 * keeps everything in the browser), except the reload, which loads the same
 * files the page loaded first.
 */
const assessmentPath = 'demo/self-assessment.html';
const assessmentHost = 'peolc-self-assessment';
const blocksOf = (number) => edition.ambitions?.[number - 1]?.buildingBlocks ?? [];
const itemKey = (block) => `building-block:${block.id}`;

/** A selector inside the self-assessment's shadow root (Playwright's CSS pierces it). */
const inAssessment = (selector) => `${assessmentHost} ${selector}`;

/** The value of the checked rating of each item, by key, in the part shown. */
function checkedRatings(page, keys) {
  return page.$eval(
    assessmentHost,
    (element, keys) =>
      Object.fromEntries(keys.map((key) => [key, element.shadowRoot.querySelector(`[data-item="${key}"] input[type="radio"]:checked`)?.value ?? ''])),
    keys,
  );
}

/** Shows a part of the assessment with a real click, and waits until it is shown. */
async function showPart(page, id) {
  await page.click(inAssessment(`.sections button[data-section="${id}"]`));
  await page.waitForSelector(inAssessment(`section.section[data-section="${id}"]`));
}

/** Waits for the self-assessment to have drawn itself (it is a content tag, so waitForElements covers it). */
async function openAssessmentPage(context) {
  const page = await context.newPage();
  const problems = { errors: [], warnings: [], failed: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => problems.requests.push(request.url()));
  await page.goto(new URL(assessmentPath, base).href, { waitUntil: 'load' });
  await waitForElements(page);
  return { page, problems };
}

/** The requests a page made since `from` (an index into its list). */
const requestsSince = (problems, from) => problems.requests.slice(from);

await test("self-assessment page: a new user's whole journey (start, title, ratings by keyboard, an action, reload, a second tab, CSV and JSON downloads, import in another profile, print), with no request and no console errors", async () => {
  const { context, page, problems, response } = await open(assessmentPath);
  equal(response?.headers()['content-security-policy'], strictCsp, "the self-assessment page's Content-Security-Policy header");
  await waitForElements(page);
  equal(await page.title(), 'Running a self-assessment: peolc-elements', 'the page title');
  const loaded = [...problems.requests];
  check(
    loaded.some((url) => url.endsWith('/dist/cdn/elements/self-assessment.js')) && !loaded.some((url) => url.endsWith('/dist/cdn/peolc-elements.js')),
    `the page did not load the self-assessment's own file alone: ${loaded.map((url) => new URL(url).pathname).join(', ')}`,
  );
  const journey = problems.requests.length;
  const [first, second, third] = blocksOf(1);
  const keys = [first, second, third].map(itemKey);

  await page.click(inAssessment('[data-action="new"]'));
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.activeElement?.id === 'about-title', assessmentHost);
  await page.keyboard.type('East of England 2026');
  await showPart(page, 'ambition-1');
  // First item: Space checks the first level, ArrowDown the next. Second: Space, then ArrowDown twice. Third: "Not applicable".
  await page.focus(inAssessment(`[data-item="${keys[0]}"] input[type="radio"]`));
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.focus(inAssessment(`[data-item="${keys[1]}"] input[type="radio"]`));
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.focus(inAssessment(`[data-item="${keys[2]}"] input[type="radio"][value="not-applicable"]`));
  await page.keyboard.press(' ');
  // An action on the first item: its button focuses the new action's first field.
  await page.click(inAssessment(`[data-item="${keys[0]}"] [data-add-action]`));
  await page.waitForFunction((host) => document.querySelector(host).shadowRoot.activeElement?.id?.endsWith('-what'), assessmentHost);
  await page.keyboard.type('Agree one shared template with the three trusts');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Clinical lead');
  // A note a spreadsheet would run as a formula.
  await page.focus(inAssessment(`#building-block-${first.id}-notes`));
  await page.keyboard.type('=SUM(A1:A2) checked in March');

  const levels = await page.$eval(inAssessment(`[data-item="${keys[0]}"]`), (item) =>
    [...item.querySelectorAll('input[type="radio"]')].map((radio) => radio.value),
  );
  const expected = { [keys[0]]: levels[1], [keys[1]]: levels[2], [keys[2]]: 'not-applicable' };
  equal(JSON.stringify(await checkedRatings(page, keys)), JSON.stringify(expected), 'the ratings checked');
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((name) => name.startsWith('peolc-assessment:demo:'))
      .map((name) => JSON.parse(localStorage.getItem(name))),
  );
  equal(stored.length, 1, 'assessments stored under peolc-assessment:demo:');
  equal(stored[0].title, 'East of England 2026', 'the stored title');
  equal(JSON.stringify(Object.fromEntries(keys.map((key) => [key, stored[0].entries[key]?.rating]))), JSON.stringify(expected), 'the stored ratings');
  equal(
    JSON.stringify(stored[0].entries[keys[0]].actions.map(({ what, lead }) => ({ what, lead }))),
    JSON.stringify([{ what: 'Agree one shared template with the three trusts', lead: 'Clinical lead' }]),
    'the stored action',
  );
  check((await shadowText(page, assessmentHost)).includes('All changes are saved in this browser.'), 'the page does not say the changes are saved');
  equal(requestsSince(problems, journey).join('\n'), '', 'requests while the user worked');

  // Reload: the same files again, and everything as it was left.
  const reloadFrom = problems.requests.length;
  await page.reload({ waitUntil: 'load' });
  await waitForElements(page);
  const reloaded = requestsSince(problems, reloadFrom);
  check(
    reloaded.length > 0 && reloaded.every((url) => loaded.includes(url)),
    `the reload requested what the first load did not: ${reloaded.filter((url) => !loaded.includes(url)).join(', ')}`,
  );
  const afterReload = problems.requests.length;
  equal(await page.$eval(inAssessment('#about-title'), (input) => input.value), 'East of England 2026', 'the title after the reload');
  await showPart(page, 'ambition-1');
  equal(JSON.stringify(await checkedRatings(page, keys)), JSON.stringify(expected), 'the ratings after the reload');
  equal(
    await page.$eval(inAssessment(`[data-item="${keys[0]}"] [part="action"] textarea`), (area) => area.value),
    'Agree one shared template with the three trusts',
    "the action's what after the reload",
  );

  // A second tab on the same page, in the same browser profile: a change in one shows in the other.
  const other = await openAssessmentPage(context);
  const otherJourney = other.problems.requests.length;
  await showPart(other.page, 'ambition-1');
  equal(JSON.stringify(await checkedRatings(other.page, keys)), JSON.stringify(expected), 'the ratings in the second tab');
  await other.page.focus(inAssessment(`[data-item="${keys[0]}"] input[type="radio"]:checked`));
  await other.page.keyboard.press('ArrowDown');
  const changed = levels[2];
  await page
    .waitForFunction(
      ({ host, key, value }) =>
        document.querySelector(host).shadowRoot.querySelector(`[data-item="${key}"] input[type="radio"]:checked`)?.value === value,
      { host: assessmentHost, key: keys[0], value: changed },
      { timeout: 3000 },
    )
    .catch(async () => {
      throw new Error(`the first tab still shows ${JSON.stringify(await checkedRatings(page, keys))} after the second changed it to ${changed}`);
    });
  const message = await page.$eval(inAssessment('[data-message="elsewhere-changed"]'), (notice) => notice.textContent.replace(/\s+/g, ' ').trim());
  equal(message, assessmentUiStrings.assessmentChangedElsewhere, "the first tab's message");
  // And back: the second tab follows the first.
  await page.focus(inAssessment(`[data-item="${keys[0]}"] input[type="radio"]:checked`));
  await page.keyboard.press('ArrowUp');
  await other.page.waitForFunction(
    ({ host, key, value }) =>
      document.querySelector(host).shadowRoot.querySelector(`[data-item="${key}"] input[type="radio"]:checked`)?.value === value,
    { host: assessmentHost, key: keys[0], value: levels[1] },
    { timeout: 3000 },
  );
  check(await other.page.$(inAssessment('[data-message="elsewhere-changed"]')), 'the second tab does not say the first changed the assessment');
  check(!(await page.$(inAssessment('[data-message="elsewhere-changed"]'))), 'the first tab still says another tab changed it, after its own change');
  equal(requestsSince(other.problems, otherJourney).join('\n'), '', 'requests from the second tab');
  noProblems(other.problems, 'the second tab');
  await other.page.close();

  // Exports, through the browser's real downloads.
  await showPart(page, 'report');
  const download = async (action) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(inAssessment(`[data-action="${action}"]`))]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const csv = await download('export-csv');
  check(/^east-of-england-2026.*\.csv$/.test(csv.name), `the CSV file is called ${csv.name}`);
  equal(csv.bytes.subarray(0, 3).toString('hex'), 'efbbbf', "the CSV file's first bytes (the UTF-8 byte-order mark)");
  const csvText = csv.bytes.toString('utf8').slice(1);
  const rows = csvText.split('\r\n').slice(0, -1);
  const items = edition.ambitions.reduce((sum, ambition) => sum + ambition.buildingBlocks.length, 0);
  equal(rows.length, items + 1, 'CSV rows (the header and one per building block)');
  check(rows[0].startsWith('Ambition,'), `the CSV header is ${rows[0]}`);
  const firstRow = rows.find((row) => row.includes(first.title));
  check(firstRow?.includes("'=SUM(A1:A2) checked in March"), `the formula in the notes is not neutralised: ${firstRow}`);
  check(!/(^|,|\r\n)"?=/.test(csvText), 'a CSV cell starts with =');
  const json = await download('export-json');
  check(/^east-of-england-2026.*\.json$/.test(json.name), `the JSON file is called ${json.name}`);
  const exported = JSON.parse(json.bytes.toString('utf8'));
  equal(exported.title, 'East of England 2026', 'the exported title');
  equal(
    JSON.stringify(Object.fromEntries(keys.map((key) => [key, exported.entries[key]?.rating]))),
    JSON.stringify(expected),
    'the exported ratings',
  );

  // Printing: only the board report.
  await page.emulateMedia({ media: 'print' });
  for (const part of ['[part="toolbar"]', '.sections', '[data-action="export-csv"]', '[data-action="print"]', '[part="status"]', '.intro'])
    check(!(await page.isVisible(inAssessment(part))), `${part} shows in print`);
  const tables = await page.$$eval(inAssessment('[part="report"] table'), (found) => found.filter((table) => table.checkVisibility()).length);
  check(tables > 1, `${tables} report tables show in print`);
  check(await page.isVisible(inAssessment('[part="report-title"]')), "the report's title does not show in print");
  await page.emulateMedia({ media: null });
  // From another part too: the browser's print renders the report (the element listens for beforeprint).
  await showPart(page, 'ambition-1');
  await page.evaluate((host) => {
    // Added after the element's own listener, so this runs once the element has rendered for print.
    addEventListener('beforeprint', () => {
      window.__printedReport = Boolean(document.querySelector(host).shadowRoot.querySelector('.print-only [part="report"] table'));
    });
  }, assessmentHost);
  let pdf;
  try {
    pdf = await page.pdf({ format: 'A4' });
  } catch (error) {
    measurements.push(`self-assessment print to PDF: not checked (${String(error.message).split('\n')[0]})`);
  }
  if (pdf) {
    equal(pdf.subarray(0, 5).toString(), '%PDF-', "page.pdf()'s first bytes");
    equal(await page.evaluate(() => window.__printedReport), true, 'the board report rendered for page.pdf() (beforeprint) from the first ambition');
    measurements.push(`self-assessment print to PDF: ${Math.round(pdf.length / 1024)} KB from the first ambition's part`);
  }
  equal(requestsSince(problems, afterReload).join('\n'), '', 'requests after the reload (tabs, exports, print)');

  // Another browser profile: import the JSON through the file input, and see the same ratings.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  fresh.setDefaultTimeout(5000);
  const imported = await openAssessmentPage(fresh);
  const importJourney = imported.problems.requests.length;
  check((await shadowText(imported.page, assessmentHost)).includes('Start a new self-assessment'), 'the fresh profile already has an assessment');
  await imported.page.setInputFiles(inAssessment('#import-file'), { name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await imported.page.waitForSelector(inAssessment('[data-message="import-preview"]'));
  await imported.page.click(inAssessment('[data-action="confirm-import"]'));
  await imported.page.waitForFunction(
    (host) => document.querySelector(host).shadowRoot.querySelector('#about-title')?.value === 'East of England 2026',
    assessmentHost,
  );
  await showPart(imported.page, 'ambition-1');
  equal(JSON.stringify(await checkedRatings(imported.page, keys)), JSON.stringify(expected), 'the ratings in the other profile after the import');
  equal(requestsSince(imported.problems, importJourney).join('\n'), '', 'requests in the other profile while importing');
  noProblems(imported.problems, 'the self-assessment page in another profile');
  check(imported.problems.warnings.length === 0, `the other profile's page logged warnings:\n${imported.problems.warnings.join('\n')}`);
  await fresh.close();

  check((await page.evaluate(() => window.__peolc.csp)).length === 0, 'the self-assessment page broke the strict CSP');
  noProblems(problems, 'the self-assessment page');
  check(problems.warnings.length === 0, `the self-assessment page logged warnings:\n${problems.warnings.join('\n')}`);
  await context.close();
});

/**
 * What moves when the elements upgrade, two ways:
 *
 * - CLS as browsers report it: the sum of layout-shift values without recent
 *   input (buffered PerformanceObserver, from the first moment of the page),
 *   on a 1280 × 800 viewport, as served and with the library's scripts held
 *   back until the page has painted (a slow network);
 * - how far the page's own text (headings, paragraphs, details, footer: all
 *   outside the elements) moves between the painted page with the scripts held
 *   back and the upgraded page, anywhere on the page, not just in the viewport.
 *   The browser's CLS misses some of this: content below the fold, and boxes
 *   rebuilt when a `<peolc-provider>` around them gets its shadow root.
 */
async function measureUpgrade(path) {
  const asServed = await open(path);
  await waitForElements(asServed.page);
  await asServed.page.waitForTimeout(300);
  const served = await layoutShift(asServed.page);
  await asServed.context.close();

  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { context, page } = await open(undefined, {
    beforeGoto: (page) =>
      page.route(/\/dist\/cdn\/.*\.js(\?.*)?$/, async (route) => {
        await held;
        await route.continue().catch(() => {});
      }),
  });
  await page.goto(new URL(path, base).href, { waitUntil: 'commit' });
  // Parsed (module scripts wait until then) and painted twice.
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(100);
  const positions = () =>
    page.evaluate(
      (tags) => {
        const inside = tags.join(',');
        return [...document.querySelectorAll('h1, h2, h3, h4, p, details, footer, label')]
          .filter((element) => !element.closest(inside))
          .map((element) => ({
            what: `${element.localName} "${element.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
            top: element.getBoundingClientRect().top + scrollY,
          }));
      },
      [...contentTags, 'peolc-term'],
    );
  const before = await positions();
  const upgraded = await page.evaluate(() => Boolean(customElements.get('peolc-ambition-wheel')));
  release();
  await waitForElements(page);
  await page.waitForTimeout(300);
  const after = await positions();
  const slow = await layoutShift(page);
  await context.close();
  const moves = before.map((item, index) => ({ what: item.what, by: Math.round(after[index].top - item.top) })).filter((move) => move.by !== 0);
  return { served, slow, moves, checked: before.length, upgradedEarly: upgraded };
}

const layoutPages = [
  ['gallery', 'demo/gallery.html', false],
  ['plain HTML example', 'examples/plain-html/', false],
  ['plain HTML example with no-JS fallbacks', 'examples/plain-html/with-fallback.html', true],
];
for (const [name, path, exact] of layoutPages) {
  await test(`${name}: no layout shift while the elements upgrade${exact ? ', and nothing on the page moves' : ''}`, async () => {
    const result = await measureUpgrade(path);
    check(result.served.supported, 'this Chromium reports no layout-shift entries');
    check(!result.upgradedEarly, 'the elements upgraded while their scripts were held back');
    const cls = (shift) => shift.total.toFixed(4);
    const largest = result.moves.reduce((most, move) => (Math.abs(move.by) > Math.abs(most.by) ? move : most), { by: 0, what: '' });
    measurements.push(
      `${name}: CLS ${cls(result.served)} as served, ${cls(result.slow)} with the scripts held back; ` +
        `${result.moves.length} of ${result.checked} text blocks outside the elements moved on upgrade` +
        (result.moves.length ? ` (first: ${result.moves[0].what} by ${result.moves[0].by} px; most: ${largest.what} by ${largest.by} px)` : ''),
    );
    equal(Number(cls(result.served)), 0, `CLS on the ${name} as served`);
    equal(Number(cls(result.slow)), 0, `CLS on the ${name} with the scripts held back`);
    if (exact) check(result.moves.length === 0, `on upgrade, ${result.moves.map((move) => `${move.what} moved ${move.by} px`).join('; ')}`);
  });
}

// ---------------------------------------------------------------- the end

await browser.close();
await site.close();
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log('\nMeasured:');
for (const line of measurements) console.log(`  ${line}`);
console.log(`  total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
