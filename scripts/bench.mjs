// Benchmarks the built library in headless Chromium and prints markdown
// tables (also written to bench/latest.md). A measurement, not a test: it
// exits 1 only when a page did not render or the browser could not start.
//
//   node scripts/bench.mjs [--runs 20] [--presses 30] [--wheels 1000] [--out bench/latest.md] [--only self-assessment]
//
// --only self-assessment measures item 7 alone, --only progress item 8 alone, and prints its rows (bench/latest.md is left as it is).
// BENCH_DEBUG=1 also logs each run's timings to stderr.
//
// Runs `npm run build` first when dist/ is incomplete. Uses Debian's Chromium
// (scripts/browsers.mjs) through playwright-core and the DevTools protocol;
// nothing is downloaded. Pages are generated in memory and served, with
// caching disabled, with dist/ by @web/dev-server (scripts/serve.mjs); every
// page load gets a fresh browser context.
//
// What is measured (each definition is repeated in the output):
//  1. Load: navigation start to "all content painted" for a page with the
//     wheel, the foundation grid, one ambition's building-block cards and the
//     glossary (the all-in-one CDN bundle), against the same words as static
//     HTML with no script (the library's own no-JS fallbacks, from
//     dist/fallback/render.js), in the same run, alternating order.
//  2. Cumulative layout shift of both pages.
//  3. Interaction: ArrowRight on the wheel, and a keystroke in the glossary
//     search, to the next rendered frame.
//  4. Memory: V8 and Blink (embedder) heap after a forced GC, before and
//     after creating and removing wheels, plus live wheel instances and DOM
//     counters.
//  5. Sizes: raw, gzip -9 and brotli 11 of every output file, and what a
//     wheel-only page downloads.
//  6. The explorer, <peolc-framework>: the whole framework on one page, from
//     its own file, against the same text as static HTML (its no-JS
//     fallback), also with the CPU slowed 4× (DevTools throttling); its search
//     (keystroke to results painted); and a plain JS search over every string
//     of the edition as a baseline.
//  7. The self-assessment, <peolc-self-assessment>, from its own file, with
//     five full assessments stored (every building block and foundation
//     rated, with evidence, two actions and notes): a rating changed with a
//     real key press (ArrowDown in its radio group) to saved in localStorage
//     and painted, and the time from the input event to the write returning
//     (goal: 5 ms median); the first render (element inserted to its About
//     part painted) and the switch to the board report; and exportCsv().
//     Each also with the CPU slowed 4×.
//  8. The progress wheel, <peolc-progress-wheel>, from its own file: the
//     first render of a full assessment (every building block and
//     foundation rated, with the foundations' tiles), element inserted with
//     its value to painted; also with the CPU slowed 4×.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  const options = { runs: 20, presses: 30, wheels: 1000, out: 'bench/latest.md', only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log('node scripts/bench.mjs [--runs 20] [--presses 30] [--wheels 1000] [--out bench/latest.md] [--only self-assessment|progress]');
      process.exit(0);
    }
    const [name, inline] = arg.split('=', 2);
    const value = inline ?? argv[++i];
    if (name === '--out') {
      if (!value) {
        console.error('bench: --out needs a file name');
        process.exit(2);
      }
      options.out = value;
      continue;
    }
    if (name === '--only') {
      if (value !== 'self-assessment' && value !== 'progress') {
        console.error('bench: --only takes self-assessment (item 7) or progress (item 8)');
        process.exit(2);
      }
      options.only = value;
      continue;
    }
    const key = name.replace(/^--/, '');
    if (!['runs', 'presses', 'wheels'].includes(key) || !/^\d+$/.test(value ?? '') || Number(value) < 1) {
      console.error(`bench: unknown or invalid option ${arg}${inline === undefined && value !== undefined ? ` ${value}` : ''}`);
      process.exit(2);
    }
    options[key] = Number(value);
  }
  if (options.wheels < 100) {
    console.error('bench: --wheels must be at least 100 (two batches of 50)');
    process.exit(2);
  }
  return options;
}

const options = parseOptions(process.argv.slice(2));
const log = (line) => process.stderr.write(`bench: ${line}\n`);

// ---------------------------------------------------------------- build

const needed = [
  'dist/cdn/peolc-elements.js',
  'dist/cdn/elements/ambition-wheel.js',
  'dist/cdn/elements/self-assessment.js',
  'dist/cdn/elements/progress.js',
  'dist/model/assessment/assessment.js',
  'dist/fallback/render.js',
  'dist/content/ambitions-2015-2020.json',
  'dist/peolc-elements.css',
];
if (needed.some((file) => !existsSync(join(root, file)))) {
  log('dist/ is missing or incomplete: running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
}

const { renderFallback } = await import(pathToFileURL(join(root, 'dist/fallback/render.js')).href);
const { peolcTags, tagsOfEntry } = await import(pathToFileURL(join(root, 'dist/registry.js')).href);
const { chromium } = await import('playwright-core');
const { findChromium, chromiumArgs } = await import('./browsers.mjs');
const { serveStatic } = await import('./serve.mjs');

// ---------------------------------------------------------------- pages

/** The elements of each page, with their attributes, in page order. */
const layouts = {
  // Item 1: what a partner's "about the framework" page might hold.
  page: [
    ['The six ambitions', 'peolc-ambition-wheel', { 'show-foundations': '', selected: '3', panel: '', parts: 'what-we-know', 'heading-level': '3' }],
    ['The foundations', 'peolc-foundation-grid', { 'heading-level': '3' }],
    ['Building blocks of ambition 3', 'peolc-building-blocks', { ambition: '3', 'heading-level': '3' }],
    ['Glossary', 'peolc-glossary', { label: 'Glossary' }],
  ],
  // Item 6: the explorer, the whole framework, loaded from its own file as a page with only it would.
  whole: [['The framework', 'peolc-framework', {}]],
};

/** The script each layout's element page loads. */
const layoutScripts = { page: '/dist/cdn/peolc-elements.js', whole: '/dist/cdn/elements/framework.js' };

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attributesOf = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/**
 * A page: the same head for every variant (the pre-upgrade stylesheet, as the
 * README tells partners), plus one module script for the element variants.
 */
function pageHtml({ title, script, body }) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/dist/peolc-elements.css" />
${script ? `    <script type="module" src="${script}"></script>\n` : ''}  </head>
  <body>
    <main>
      <h1>Ambitions for Palliative and End of Life Care</h1>
${body}
    </main>
  </body>
</html>
`;
}

/** Element page (`static` false: empty tags, the CDN bundle) or static page (the no-JS fallback inside each tag, no script). */
async function layoutPage(layout, isStatic) {
  const sections = [];
  for (const [heading, tag, attributes] of layouts[layout]) {
    const inner = isStatic ? `\n${await renderFallback(tag, attributes)}\n` : '';
    sections.push(`      <section>\n        <h2>${heading}</h2>\n        <${tag}${attributesOf(attributes)}>${inner}</${tag}>\n      </section>`);
  }
  const body = sections.join('\n');
  return pageHtml({
    title: `bench: ${layout}, ${isStatic ? 'static HTML' : 'elements'}`,
    script: isStatic ? undefined : layoutScripts[layout],
    body,
  });
}

const pages = {
  '/bench/page-static.html': await layoutPage('page', true),
  '/bench/page-elements.html': await layoutPage('page', false),
  '/bench/whole-static.html': await layoutPage('whole', true),
  '/bench/whole-elements.html': await layoutPage('whole', false),
  '/bench/wheel-only.html': pageHtml({
    title: 'bench: wheel only',
    script: '/dist/cdn/elements/ambition-wheel.js',
    body: '      <peolc-ambition-wheel show-foundations></peolc-ambition-wheel>',
  }),
  '/bench/empty.html': pageHtml({ title: 'bench: empty', body: '' }),
  '/bench/memory.html': pageHtml({ title: 'bench: memory', script: '/dist/cdn/peolc-elements.js', body: '      <div id="host"></div>' }),
  // Item 7: the self-assessment's own file, as a page with only it would load it; the element is inserted by the measurement.
  '/bench/assessment.html': pageHtml({
    title: 'bench: self-assessment',
    script: '/dist/cdn/elements/self-assessment.js',
    body: '      <section>\n        <h2>Our self-assessment</h2>\n        <div id="host"></div>\n      </section>',
  }),
  // Item 8: the progress wheel's own file, as a page with only it would load it; the element is inserted by the measurement.
  '/bench/progress.html': pageHtml({
    title: 'bench: progress wheel',
    script: '/dist/cdn/elements/progress.js',
    body: '      <section>\n        <h2>Our progress</h2>\n        <div id="host"></div>\n      </section>',
  }),
};

// ---------------------------------------------------------------- server

/**
 * Serves the generated pages and the built files in dist/ (scripts/serve.mjs:
 * @web/dev-server, uncompressed, never cached), on a free port.
 */
function startServer() {
  const benchFiles = async (context, next) => {
    const page = pages[context.path];
    if (page !== undefined) {
      context.type = 'html';
      context.body = page;
    } else if (context.path.startsWith('/dist/')) {
      await next();
    } else {
      context.status = 404;
    }
  };
  return serveStatic({ rootDir: root, middleware: [benchFiles] });
}

// ---------------------------------------------------------------- in-page instrumentation

/**
 * Added to every page before any of its own script (Playwright's init
 * script): observers, the "all content painted" definition, and helpers.
 * Identical for static and element pages.
 */
function instrument() {
  const state = { cls: 0, shifts: 0, lcp: 0, events: [] };
  const observe = (options, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe(options);
    } catch {
      /* entry type not supported */
    }
  };
  observe({ type: 'layout-shift', buffered: true }, (entry) => {
    if (!entry.hadRecentInput) {
      state.cls += entry.value;
      state.shifts += 1;
    }
  });
  observe({ type: 'largest-contentful-paint', buffered: true }, (entry) => (state.lcp = entry.startTime));
  observe({ type: 'element', buffered: true }, (entry) => {
    if (entry.identifier === 'peolc-ready' && state.onMarker) state.onMarker(entry.renderTime || entry.loadTime || NaN);
  });
  observe({ type: 'event', durationThreshold: 16, buffered: true }, (entry) =>
    state.events.push({
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      processing: entry.processingEnd - entry.processingStart,
    }),
  );

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  /** Resolves once the main thread has produced the next frame: rAF, then a task queued from it (runs after that frame's style, layout and paint). */
  const afterNextRender = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Every custom element in the document and in every shadow root. */
  const customElementsIn = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.includes('-')) found.push(element);
      if (element.shadowRoot) customElementsIn(element.shadowRoot, found);
    }
    return found;
  };

  /** Words of the composed tree: light DOM, plus each shadow root in place of its host's children, and what each slot shows. */
  const composedWords = () => {
    const parts = [];
    const visit = (child) => {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE', 'style', 'script'].includes(child.tagName)) {
        if (child.localName === 'slot') child.assignedNodes({ flatten: true }).forEach(visit);
        else walk(child.shadowRoot ?? child);
      }
    };
    const walk = (node) => node.childNodes.forEach(visit);
    walk(document.body);
    return parts.join(' ').split(/\s+/).filter(Boolean).length;
  };

  const ready = new Promise((resolve) => {
    document.addEventListener(
      'DOMContentLoaded',
      async () => {
        const dcl = performance.now();
        // Upgraded elements have rendered once their updateComplete is true; repeat for elements they render.
        const seen = new Set();
        for (let pass = 0; pass < 20; pass++) {
          const upgraded = customElementsIn(document).filter((element) => 'updateComplete' in element);
          const fresh = upgraded.filter((element) => !seen.has(element));
          const settled = await Promise.all(upgraded.map((element) => element.updateComplete));
          fresh.forEach((element) => seen.add(element));
          if (fresh.length === 0 && settled.every(Boolean)) break;
        }
        const textInDom = performance.now();
        // A one-character marker added now is first painted in the first frame that holds all the text:
        // its Element Timing renderTime is that frame's presentation time.
        const marker = document.createElement('span');
        marker.setAttribute('elementtiming', 'peolc-ready');
        marker.setAttribute('aria-hidden', 'true');
        marker.textContent = '.';
        marker.style.cssText = 'position:fixed;left:0;top:0;font:8px/1 sans-serif;color:#fefefe;pointer-events:none';
        const presented = new Promise((done) => {
          state.onMarker = done;
          setTimeout(() => done(NaN), 2000);
        });
        document.body.append(marker);
        await frame();
        await frame();
        const twoFrames = performance.now();
        const markerTime = await presented;
        marker.remove();
        const painted = Number.isFinite(markerTime) ? markerTime : twoFrames;
        performance.mark('peolc-ready', { startTime: painted });
        resolve({ dcl, textInDom, twoFrames, painted, byElementTiming: Number.isFinite(markerTime), upgraded: seen.size });
      },
      { once: true },
    );
  });

  window.__bench = {
    state,
    ready,
    frame,
    afterNextRender,
    /** After load: the timings, the shifts so far (after a short settle) and what rendered. */
    async collect() {
      const timings = await ready;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await frame();
      await frame();
      // The page's own peolc elements (the light DOM only: fallbacks hold none).
      const rendered = [...document.querySelectorAll('main *')]
        .filter((element) => element.localName.startsWith('peolc-'))
        .map((element) => ({
          tag: element.localName,
          upgraded: !!element.shadowRoot,
          chars: (element.shadowRoot ?? element).textContent.trim().length,
        }));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { ...timings, fcp, lcp: state.lcp || NaN, cls: state.cls, shifts: state.shifts, rendered, words: composedWords() };
    },
    /** Arms a measurement: from the next `type` event's timeStamp to after the next rendered frame. */
    arm(type) {
      window.__benchNext = new Promise((resolve) => {
        addEventListener(
          type,
          (event) => {
            const start = event.timeStamp;
            void afterNextRender().then((end) => resolve({ start, ms: end - start }));
          },
          { capture: true, once: true },
        );
      });
    },
  };
}

// ---------------------------------------------------------------- statistics and formatting

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => {
  const clean = values.filter((value) => Number.isFinite(value));
  return clean.length
    ? { median: median(clean), min: Math.min(...clean), max: Math.max(...clean), n: clean.length }
    : { median: NaN, min: NaN, max: NaN, n: 0 };
};
const fixed = (digits) => (value) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ms = fixed(1);
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const cls = fixed(4);
const us = fixed(2);
const bytes = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a');
const kib = (value) => `${(value / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KiB`;
const signedKib = (value) => `${value >= 0 ? '+' : '−'}${kib(Math.abs(value))}`;

/** A table row of median, min and max (the max is labelled "worst" where that is the meaning). */
const statRow = (measure, values, format) => {
  const s = summary(values);
  return `| ${measure} | ${format(s.median)} | ${format(s.min)} | ${format(s.max)} | ${s.n} |`;
};
const singleRow = (measure, value) => `| ${measure} | ${value} | | | 1 |`;
const statHeader = ['| measure | median | min | max (worst) | n |', '| --- | ---: | ---: | ---: | ---: |'];

// ---------------------------------------------------------------- browser helpers

const viewport = { width: 1280, height: 800 };

/** Opens a page in a fresh context with the instrumentation and the HTTP cache disabled. */
async function openPage(browser, url, { onResponse, cpuRate = 1, init } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  // A page's own set-up before any of its script (item 7: the assessments already stored).
  if (init) await context.addInitScript(init.script, init.arg);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  // DevTools CPU throttling: the page's main thread runs `cpuRate` times slower (4: a mid-range phone).
  if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  if (onResponse) onResponse(cdp);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, cdp, errors };
}

/** Loads a page, returns its measurements, and fails when it did not render. */
async function loadOnce(browser, url, { expectUpgraded, allowEmpty = false, cpuRate = 1 }) {
  const { context, page, cdp, errors } = await openPage(browser, url, { cpuRate });
  try {
    const result = await page.evaluate(() => window.__bench.collect());
    // CPU time of the page's main thread (a fresh renderer process per context), which other processes competing for the CPU do not inflate.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((entry) => entry.name === name)?.value ?? NaN) * 1000;
    Object.assign(result, { cpuMs: metric('ThreadTime'), taskMs: metric('TaskDuration') });
    const empty = result.rendered.filter((element) => element.chars === 0 || element.upgraded !== expectUpgraded);
    if ((result.rendered.length === 0 && !allowEmpty) || empty.length || errors.length) {
      throw new Error(`${url} did not render: ${JSON.stringify(empty.length ? empty : result.rendered)} ${errors.join('; ')}`);
    }
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 1, 2, 6: loads

async function measureLoads(browser, origin) {
  const pairs = [
    ['page', '/bench/page-static.html', '/bench/page-elements.html', 1],
    ['whole', '/bench/whole-static.html', '/bench/whole-elements.html', 1],
    ['wholeSlow', '/bench/whole-static.html', '/bench/whole-elements.html', 4],
  ];
  const results = Object.fromEntries(pairs.map(([name]) => [name, { static: [], elements: [], ratio: [], cpuRatio: [] }]));
  results.empty = [];
  // One unrecorded iteration warms the browser process, the server and the OS file cache.
  for (let run = -1; run < options.runs; run++) {
    for (const [name, staticPath, elementPath, cpuRate] of pairs) {
      const order = run % 2 === 0 ? ['static', 'elements'] : ['elements', 'static'];
      const measured = {};
      for (const kind of order) {
        const url = origin + (kind === 'static' ? staticPath : elementPath);
        measured[kind] = await loadOnce(browser, url, { expectUpgraded: kind === 'elements', cpuRate });
      }
      if (run < 0) continue;
      results[name].static.push(measured.static);
      results[name].elements.push(measured.elements);
      results[name].ratio.push(measured.elements.painted / measured.static.painted);
      results[name].cpuRatio.push(measured.elements.cpuMs / measured.static.cpuMs);
    }
    // The floor: a page with the same head and heading and nothing else.
    const empty = await loadOnce(browser, `${origin}/bench/empty.html`, { expectUpgraded: false, allowEmpty: true });
    if (run >= 0) results.empty.push(empty);
    if (run >= 0 && (run + 1) % 5 === 0) log(`load runs ${run + 1}/${options.runs}`);
  }
  return results;
}

// ---------------------------------------------------------------- 3, 6: interaction

/** Presses keys one at a time; each press is measured from its keydown to after the next rendered frame. */
async function pressAndMeasure(page, keys, check, workEvent = 'keydown') {
  const times = [];
  const phaseStart = await page.evaluate(() => performance.now());
  for (const key of keys) {
    await page.evaluate(() => window.__bench.arm('keydown'));
    await page.keyboard.press(key);
    const { ms: elapsed } = await page.evaluate(() => window.__benchNext);
    times.push(elapsed);
    if (check) await check(key);
    // Let the frame after settle so presses do not overlap (a person types slower than this).
    await page.evaluate(() => window.__bench.frame());
  }
  await page.waitForTimeout(200); // Event Timing entries arrive after presentation
  const entries = await page.evaluate((since) => window.__bench.state.events.filter((entry) => entry.startTime >= since), phaseStart);
  const keydowns = entries.filter((entry) => entry.name === 'keydown');
  // The event whose listeners change the page (keydown for the wheel, input for the search box): its processing time is the handlers plus Lit's update, which runs in the microtasks after them.
  const work = entries.filter((entry) => entry.name === workEvent);
  return { times, eventTiming: keydowns.map((entry) => entry.duration), processing: work.map((entry) => entry.processing), workEvent };
}

const glossaryKeys = (count) => {
  const cycle = [...'advance', ...Array(7).fill('Backspace'), ...'bereavement', ...Array(11).fill('Backspace')];
  return Array.from({ length: count }, (_, index) => cycle[index % cycle.length]);
};

async function measureInteractions(browser, origin, path, { wheel: measureWheel = true } = {}) {
  const { context, page } = await openPage(browser, origin + path);
  try {
    await page.evaluate(() => window.__bench.collect());
    let wheel;
    if (measureWheel) {
      // The wheel: focus the selected radio, then ArrowRight selects the next ambition each time.
      await page.locator('peolc-ambition-wheel [role="radio"][tabindex="0"]').focus();
      let previous = await page.evaluate(() => document.querySelector('peolc-ambition-wheel').selected);
      wheel = await pressAndMeasure(page, Array(options.presses).fill('ArrowRight'), async () => {
        const now = await page.evaluate(() => document.querySelector('peolc-ambition-wheel').selected);
        if (now === previous) throw new Error(`ArrowRight did not select the next ambition (still ${now})`);
        previous = now;
      });
    }

    // The glossary search: type and delete words, one key at a time.
    await page.locator('peolc-glossary input[type="search"]').focus();
    const visible = () =>
      page.evaluate(
        () => [...document.querySelector('peolc-glossary').shadowRoot.querySelectorAll('.entry')].filter((entry) => !entry.hidden).length,
      );
    const total = await visible();
    let narrowed = false;
    const search = await pressAndMeasure(
      page,
      glossaryKeys(options.presses),
      async () => {
        if ((await visible()) < total) narrowed = true;
      },
      'input',
    );
    if (!narrowed) throw new Error('typing in the glossary search never filtered the list');
    return { wheel, search };
  } finally {
    await context.close();
  }
}

/** The explorer's search: type and delete words one key at a time in its search box, to results painted. */
async function measureExplorerSearch(browser, origin, path, { cpuRate = 1 } = {}) {
  const { context, page } = await openPage(browser, origin + path, { cpuRate });
  try {
    await page.evaluate(() => window.__bench.collect());
    await page.locator('peolc-framework input[type="search"]').focus();
    const results = () => page.evaluate(() => document.querySelector('peolc-framework').shadowRoot.querySelectorAll('a.result').length);
    let found = false;
    const search = await pressAndMeasure(
      page,
      glossaryKeys(options.presses),
      async () => {
        if ((await results()) > 0) found = true;
      },
      'input',
    );
    if (!found) throw new Error('typing in the explorer search never showed a result');
    const passages = await page.evaluate(() => document.querySelector('peolc-framework').shadowRoot.querySelectorAll('a.result').length);
    return { ...search, passages };
  } finally {
    await context.close();
  }
}

/** Status region: time from the last keystroke of a query to the polite status text changing (debounced by design). */
async function measureStatus(browser, origin, path) {
  const { context, page } = await openPage(browser, origin + path);
  try {
    await page.evaluate(() => window.__bench.collect());
    const input = page.locator('peolc-glossary input[type="search"]');
    await input.focus();
    const times = [];
    for (const query of ['care', 'plan', 'bereave', 'zzz']) {
      for (const [text, fill] of [
        [query, true],
        ['', false],
      ]) {
        await page.evaluate(() => {
          const status = document.querySelector('peolc-glossary').shadowRoot.querySelector('[role="status"]');
          const before = status.textContent;
          let last = 0;
          const onInput = (event) => (last = event.timeStamp);
          addEventListener('input', onInput, { capture: true });
          window.__benchStatus = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (status.textContent === before) return;
              observer.disconnect();
              removeEventListener('input', onInput, { capture: true });
              resolve({ ms: performance.now() - last, text: status.textContent.trim() });
            });
            observer.observe(status, { subtree: true, childList: true, characterData: true });
          });
        });
        if (fill) await page.keyboard.type(text);
        else await input.fill('');
        const { ms: elapsed } = await page.evaluate(() => window.__benchStatus);
        if (fill) times.push(elapsed);
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

/** A plain JS search over every string of the edition JSON, in the page: the baseline for any search. */
async function measurePlainSearch(browser, origin) {
  const { context, page } = await openPage(browser, `${origin}/bench/page-static.html`);
  try {
    await page.evaluate(() => window.__bench.collect());
    return await page.evaluate(async () => {
      const edition = await (await fetch('/dist/content/ambitions-2015-2020.json')).json();
      const strings = [];
      const collect = (value) => {
        if (typeof value === 'string') strings.push(value);
        else if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(edition);
      const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const foldStart = performance.now();
      let folded;
      for (let i = 0; i < 20; i++) folded = strings.map(fold);
      const foldMs = (performance.now() - foldStart) / 20;
      const queries = ['care', 'bereave', 'advance care', 'dignity', 'xyzzy', 'community', 'end of life', 'ccg', 'spiritual', 'carers'];
      let hits = 0;
      const search = (query) => {
        const wanted = fold(query.trim());
        const found = [];
        for (let i = 0; i < folded.length; i++) if (folded[i].includes(wanted)) found.push(i);
        return found;
      };
      for (let i = 0; i < 50; i++) for (const query of queries) hits += search(query).length; // warm up
      const perSearchUs = [];
      const reps = 50;
      for (let batch = 0; batch < 30; batch++) {
        const start = performance.now();
        for (let r = 0; r < reps; r++) for (const query of queries) hits += search(query).length;
        perSearchUs.push(((performance.now() - start) * 1000) / (reps * queries.length));
      }
      const characters = strings.reduce((sum, text) => sum + text.length, 0);
      return { strings: strings.length, characters, foldMs, perSearchUs, hits, queries: queries.length };
    });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 4: memory

async function measureMemory(browser, origin) {
  const { context, page, cdp } = await openPage(browser, `${origin}/bench/memory.html`);
  try {
    await page.evaluate(() => window.__bench.collect());
    await cdp.send('Runtime.enable');
    await cdp.send('HeapProfiler.enable');
    const snapshot = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
      return { used: heap.usedSize, embedder: heap.embedderHeapUsedSize ?? NaN, nodes: dom.nodes ?? NaN, listeners: dom.jsEventListeners ?? NaN };
    };
    const liveWheels = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: "customElements.get('peolc-ambition-wheel').prototype" });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
      const { result: count } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
      return count.value;
    };
    const batchSize = 50;
    const batches = Math.ceil(options.wheels / batchSize);
    const runBatches = (from, to) =>
      page.evaluate(
        async ({ from, to, batchSize, total }) => {
          const host = document.getElementById('host');
          for (let batch = from; batch < to; batch++) {
            const wheels = [];
            for (let i = 0; i < batchSize && batch * batchSize + i < total; i++) {
              const wheel = document.createElement('peolc-ambition-wheel');
              wheel.setAttribute('show-foundations', '');
              wheel.setAttribute('panel', '');
              wheel.setAttribute('parts', 'what-we-know');
              wheel.setAttribute('selected', String(((batch + i) % 6) + 1));
              wheels.push(wheel);
            }
            host.append(...wheels);
            await Promise.all(wheels.map((wheel) => wheel.updateComplete));
            await window.__bench.frame(); // laid out and painted while connected
            host.replaceChildren();
          }
          return host.childElementCount;
        },
        { from, to, batchSize, total: options.wheels },
      );
    const before = await snapshot();
    const start = performance.now();
    await runBatches(0, 1);
    const warm = await snapshot();
    const half = Math.max(1, Math.floor(batches / 2));
    await runBatches(1, half);
    const middle = await snapshot();
    await runBatches(half, batches);
    const elapsed = performance.now() - start;
    const after = await snapshot();
    const live = await liveWheels();
    return { before, warm, middle, after, live, elapsed, batchSize, middleCount: Math.min(half * batchSize, options.wheels) };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 5: sizes

const compress = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length,
});

function outputFiles() {
  const list = (dir, pattern) => {
    try {
      return readdirSync(join(root, dir))
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => `${dir}/${name}`);
    } catch {
      return [];
    }
  };
  return [
    'dist/cdn/peolc-elements.js',
    ...list('dist/cdn/chunks', /\.js$/),
    ...list('dist/cdn/elements', /\.js$/),
    ...list('dist/cdn/elements/chunks', /\.js$/),
    ...list('dist/content', /\.json$/),
    'dist/peolc-elements.css',
    ...list('dist/themes', /\.css$/),
  ].filter((file) => existsSync(join(root, file)));
}

/** What a page with only the wheel's per-group file downloads: every script response, from the DevTools protocol. */
async function measureWheelOnly(browser, origin) {
  const responses = new Map();
  const { context, page } = await openPage(browser, `${origin}/bench/wheel-only.html`, {
    onResponse(cdp) {
      cdp.on('Network.responseReceived', ({ requestId, type, response }) => responses.set(requestId, { type, url: response.url, transfer: 0 }));
      cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
        const entry = responses.get(requestId);
        if (entry) entry.transfer = encodedDataLength;
      });
    },
  });
  try {
    const result = await page.evaluate(() => window.__bench.collect());
    if (!result.rendered.length || result.rendered.some((element) => !element.upgraded || element.chars === 0)) {
      throw new Error(`the wheel-only page did not render: ${JSON.stringify(result.rendered)}`);
    }
    const wheelTags = tagsOfEntry('ambition-wheel');
    const others = peolcTags.filter((tag) => !wheelTags.includes(tag));
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), others);
    const scripts = [...responses.values()]
      .filter((entry) => entry.type === 'Script')
      .map((entry) => {
        const file = new URL(entry.url).pathname.slice(1);
        return { file, transfer: entry.transfer, ...compress(readFileSync(join(root, file))) };
      })
      .sort((a, b) => a.file.localeCompare(b.file));
    return { scripts, painted: result.painted, definedOthers: defined };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 7: the self-assessment

/** The `storage-key` of the measured element: its assessments are under `peolc-assessment:bench:<id>`. */
const assessmentKey = 'bench';

/**
 * Five full assessments, as a team's browser holds them after five yearly
 * rounds: every building block and foundation (42 items) rated on the
 * default scale (about one in five "Not applicable"), each with a few
 * hundred characters of evidence with a link, two actions, a priority and
 * notes. Made with the library's own createAssessment() and checked with
 * its checkAssessment(), so the element reads them as it reads its own.
 */
async function fullAssessments() {
  const model = (file) => import(pathToFileURL(join(root, 'dist/model/assessment', file)).href);
  const { createAssessment, checkAssessment } = await model('assessment.js');
  const { presetScales, notApplicable } = await model('scales.js');
  const { assessmentItems } = await model('items.js');
  const edition = JSON.parse(readFileSync(join(root, 'dist/content/ambitions-2015-2020.json'), 'utf8'));
  const items = assessmentItems(edition, { includeFoundations: true });
  const scale = presetScales.default;
  const ratings = [...scale.levels.map((level) => level.id), notApplicable];
  const leads = [
    'Clinical lead for palliative care',
    'Deputy chief nurse',
    'ICB commissioning manager',
    'Hospice director of care',
    'Bereavement lead',
  ];
  const statuses = ['not-started', 'in-progress', 'done'];
  const assessments = [];
  for (let round = 0; round < 5; round++) {
    const year = 2022 + round;
    const assessment = createAssessment({
      editionId: edition.id,
      scale,
      include: 'foundations',
      title: `East of England self-assessment ${year}`,
      now: new Date(Date.UTC(year, 2, 14, 9, 30)),
    });
    Object.assign(assessment, {
      organisation: 'East of England palliative and end of life care network',
      date: `${year}-03-14`,
      participants:
        'Network clinical lead; palliative care consultants from the three acute trusts; two hospices; community nursing leads; ICB commissioners; a GP lead; the patient and carer reference group.',
      nextReview: `${year + 1}-03-14`,
    });
    items.forEach((item, index) => {
      const due = (offset) =>
        `${year}-${String(((index + offset) % 9) + 4).padStart(2, '0')}-${String(((index * 3 + offset) % 27) + 1).padStart(2, '0')}`;
      const action = (number) => ({
        id: `action-${year}-${index}-${number}`,
        what:
          number === 1
            ? `Agree one shared approach to "${item.title}" with the three trusts, both hospices and community services, and add it to the shared care record.`
            : `Audit again after six months and report to the network board, with the patient and carer reference group's view.`,
        lead: leads[(index + number) % leads.length],
        due: due(number),
        status: statuses[(index + round + number) % statuses.length],
      });
      assessment.entries[item.key] = {
        rating: ratings[(index + round) % ratings.length],
        evidence:
          `Reviewed at the network board on 14 March ${year}. ${item.title}: an audit of ${40 + index} sets of case notes across the three trusts found ` +
          `${30 + ((index * 7 + round * 5) % 60)}% with this documented; the hospices and two community teams report much the same. The audit report ` +
          `and minutes: https://intranet.example.nhs.uk/peolc/${item.id}/audit-${year}. Gaps remain out of hours and in care homes.`,
        actions: [action(1), action(2)],
        priority: ['high', 'medium', 'low'][(index + round) % 3],
        notes: `Discussed with the patient and carer reference group in February ${year}; they asked for clearer information on discharge. Revisit after the winter.`,
      };
    });
    const checked = checkAssessment(assessment);
    if (!checked.valid) throw new Error(`a generated assessment is not valid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
    assessments.push(assessment);
  }
  const json = assessments.map((assessment) => JSON.stringify(assessment));
  const evidence = assessments.flatMap((assessment) => Object.values(assessment.entries).map((entry) => entry.evidence.length));
  return {
    assessments,
    items: items.length,
    blocks: items.filter((item) => item.kind === 'building-block').length,
    foundations: items.filter((item) => item.kind === 'foundation').length,
    evidenceChars: median(evidence),
    jsonBytes: median(json.map((text) => Buffer.byteLength(text))),
    latest: assessments.at(-1),
    init: { script: storeAssessments, arg: { key: assessmentKey, assessments: json } },
  };
}

/** Init script: the stored assessments, in the page's localStorage before the element's script runs (each load is a fresh context). */
function storeAssessments({ key, assessments }) {
  if (!location.protocol.startsWith('http')) return;
  for (const text of assessments) localStorage.setItem(`peolc-assessment:${key}:${JSON.parse(text).id}`, text);
}

/**
 * One fresh page: the element inserted (its first render reads and checks the
 * five stored assessments and shows the latest's About part), to the DOM
 * holding it (`updateComplete`) and to after the next rendered frame; then a
 * click on the board report's part to after the next frame; then
 * exportCsv(), its first call and ten more.
 */
async function measureAssessmentRenders(browser, origin, data, { cpuRate = 1 } = {}) {
  const { context, page, errors } = await openPage(browser, `${origin}/bench/assessment.html`, { cpuRate, init: data.init });
  try {
    await page.evaluate(() => window.__bench.collect());
    const first = await page.evaluate(async (key) => {
      const host = document.getElementById('host');
      const start = performance.now();
      const element = document.createElement('peolc-self-assessment');
      element.setAttribute('storage-key', key);
      host.append(element);
      await element.updateComplete;
      const inDom = performance.now();
      const painted = await window.__bench.afterNextRender();
      const shadow = element.shadowRoot;
      return {
        inDom: inDom - start,
        painted: painted - start,
        about: Boolean(shadow.querySelector('[part="about"]')),
        title: shadow.querySelector('#about-title')?.value,
        stored: shadow.querySelector('#choose')?.options.length ?? 0,
      };
    }, assessmentKey);
    if (!first.about || first.title !== data.latest.title || first.stored !== data.assessments.length) {
      throw new Error(`the self-assessment did not show the latest stored assessment's About part: ${JSON.stringify(first)} ${errors.join('; ')}`);
    }

    await page.evaluate(() => window.__bench.arm('click'));
    await page.locator('peolc-self-assessment .sections button[data-section="report"]').click();
    const { ms: report } = await page.evaluate(() => window.__benchNext);
    const rows = await page.evaluate(
      () => document.querySelector('peolc-self-assessment').shadowRoot.querySelectorAll('[part="report"] tbody tr').length,
    );
    if (rows < data.items) throw new Error(`the board report shows ${rows} table rows, fewer than the ${data.items} items`);

    const csv = await page.evaluate(() => {
      const element = document.querySelector('peolc-self-assessment');
      let start = performance.now();
      const text = element.exportCsv();
      const firstCall = performance.now() - start;
      const warm = [];
      for (let i = 0; i < 10; i++) {
        start = performance.now();
        element.exportCsv();
        warm.push(performance.now() - start);
      }
      warm.sort((a, b) => a - b);
      return {
        firstCall,
        warm: (warm[4] + warm[5]) / 2,
        bytes: new Blob([text]).size,
        rows: text.split('\r\n').length - 1,
        bom: text.charCodeAt(0) === 0xfeff,
      };
    });
    if (!csv.bom || csv.rows !== data.items + 1)
      throw new Error(`exportCsv() gave ${csv.rows} rows (expected ${data.items + 1}), byte-order mark ${csv.bom}`);
    if (errors.length) throw new Error(`the self-assessment page threw: ${errors.join('; ')}`);
    return { inDom: first.inDom, painted: first.painted, report, reportRows: rows, csvFirst: csv.firstCall, csvWarm: csv.warm, csvBytes: csv.bytes };
  } finally {
    await context.close();
  }
}

/**
 * One page: the element with the five assessments, the first ambition's
 * part shown, focus on its first item's checked rating; then ArrowDown,
 * one press at a time (each checks the next level, wrapping round), each
 * measured from its keydown to after the next rendered frame, and checked:
 * the radio checked is the rating now in localStorage. Every localStorage
 * write of the element is timed in the page (Storage.prototype.setItem
 * wrapped) from the `input` event's timeStamp to the write returning.
 */
async function measureAssessmentRating(browser, origin, data, { cpuRate = 1 } = {}) {
  const { context, page, errors } = await openPage(browser, `${origin}/bench/assessment.html`, { cpuRate, init: data.init });
  try {
    await page.evaluate(() => window.__bench.collect());
    const setup = await page.evaluate(async (key) => {
      const element = document.createElement('peolc-self-assessment');
      element.setAttribute('storage-key', key);
      document.getElementById('host').append(element);
      await element.updateComplete;
      element.shadowRoot.querySelector('.sections button[data-section="ambition-1"]').click();
      await element.updateComplete;
      await window.__bench.frame();
      const item = element.shadowRoot.querySelector('[data-item]').dataset.item;
      // Every write of this element's assessments, with the input event that led to it.
      const writes = [];
      let input;
      addEventListener('input', (event) => (input = event.timeStamp), { capture: true });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        const start = performance.now();
        setItem.call(this, name, value);
        if (String(name).startsWith(`peolc-assessment:${key}:`)) writes.push({ input, start, end: performance.now(), bytes: String(value).length });
        input = undefined;
      };
      window.__benchWrites = writes;
      return { id: element.value.id, item };
    }, assessmentKey);
    const selector = `peolc-self-assessment [data-item="${setup.item}"] input[type="radio"]`;
    await page.locator(`${selector}:checked`).focus();
    const current = () =>
      page.evaluate(
        ({ key, id, item }) => {
          const element = document.querySelector('peolc-self-assessment');
          return {
            checked: element.shadowRoot.querySelector(`[data-item="${item}"] input[type="radio"]:checked`)?.value,
            stored: JSON.parse(localStorage.getItem(`peolc-assessment:${key}:${id}`) ?? '{}').entries?.[item]?.rating,
            focused: element.shadowRoot.activeElement?.name,
          };
        },
        { key: assessmentKey, ...setup },
      );
    let previous = (await current()).checked;
    const result = await pressAndMeasure(page, Array(options.presses).fill('ArrowDown'), async () => {
      const now = await current();
      if (now.checked === previous || now.stored !== now.checked) {
        throw new Error(`ArrowDown did not change and save the rating: was ${previous}, now ${JSON.stringify(now)}`);
      }
      previous = now.checked;
    });
    const writes = await page.evaluate(() => window.__benchWrites);
    if (writes.length !== options.presses || writes.some((write) => write.input === undefined)) {
      throw new Error(
        `${options.presses} presses made ${writes.length} writes (${writes.filter((write) => write.input === undefined).length} with no input event before)`,
      );
    }
    if (errors.length) throw new Error(`the self-assessment page threw: ${errors.join('; ')}`);
    return {
      ...result,
      saved: writes.map((write) => write.end - write.input),
      setItem: writes.map((write) => write.end - write.start),
      bytes: median(writes.map((write) => write.bytes)),
    };
  } finally {
    await context.close();
  }
}

/** Item 7 in full: the rating presses (one page each speed), and `options.runs` fresh pages each speed for the renders and the export. */
async function measureSelfAssessment(browser, origin) {
  const data = await fullAssessments();
  const rating = await measureAssessmentRating(browser, origin, data);
  const ratingSlow = await measureAssessmentRating(browser, origin, data, { cpuRate: 4 });
  const renders = { fast: [], slow: [] };
  // One unrecorded run at each speed warms the browser, the server and the file cache.
  for (let run = -1; run < options.runs; run++) {
    const fast = await measureAssessmentRenders(browser, origin, data);
    const slow = await measureAssessmentRenders(browser, origin, data, { cpuRate: 4 });
    if (run < 0) continue;
    renders.fast.push(fast);
    renders.slow.push(slow);
    if ((run + 1) % 5 === 0) log(`self-assessment runs ${run + 1}/${options.runs}`);
  }
  return { data, rating, ratingSlow, renders };
}

// ---------------------------------------------------------------- 8: the progress wheel

/**
 * One fresh page: the element inserted with the latest full assessment as
 * its value and `show-foundations` (its first render checks the assessment,
 * counts the ratings and draws the wheel, the words, the tiles and the
 * table), to the DOM holding it (`updateComplete`) and to after the next
 * rendered frame. Checked: six segments, every item in the table.
 */
async function measureProgressRender(browser, origin, data, { cpuRate = 1 } = {}) {
  const { context, page, errors } = await openPage(browser, `${origin}/bench/progress.html`, { cpuRate });
  try {
    await page.evaluate(() => window.__bench.collect());
    const first = await page.evaluate(async (json) => {
      const value = JSON.parse(json);
      const host = document.getElementById('host');
      const start = performance.now();
      const element = document.createElement('peolc-progress-wheel');
      element.setAttribute('show-foundations', '');
      element.value = value;
      host.append(element);
      await element.updateComplete;
      const inDom = performance.now();
      const painted = await window.__bench.afterNextRender();
      const shadow = element.shadowRoot;
      return {
        inDom: inDom - start,
        painted: painted - start,
        segments: shadow.querySelectorAll('.segment').length,
        counted: [...shadow.querySelectorAll('tbody td[data-level="total"]')].reduce((sum, cell) => sum + Number(cell.textContent), 0),
      };
    }, JSON.stringify(data.latest));
    if (first.segments !== 6 || first.counted !== data.items) {
      throw new Error(`the progress wheel did not show the assessment: ${JSON.stringify(first)} ${errors.join('; ')}`);
    }
    if (errors.length) throw new Error(`the progress page threw: ${errors.join('; ')}`);
    return first;
  } finally {
    await context.close();
  }
}

/** Item 8 in full: `options.runs` fresh pages at each speed. */
async function measureProgress(browser, origin) {
  const data = await fullAssessments();
  const renders = { fast: [], slow: [] };
  // One unrecorded run at each speed warms the browser, the server and the file cache.
  for (let run = -1; run < options.runs; run++) {
    const fast = await measureProgressRender(browser, origin, data);
    const slow = await measureProgressRender(browser, origin, data, { cpuRate: 4 });
    if (run < 0) continue;
    renders.fast.push(fast);
    renders.slow.push(slow);
    if ((run + 1) % 5 === 0) log(`progress runs ${run + 1}/${options.runs}`);
  }
  return { data, renders };
}

/** Item 8's rows of the table. */
function progressRows({ data, renders }) {
  const pick = (list, key) => list.map((entry) => entry[key]);
  return [
    `| **8. The progress wheel**: \`<peolc-progress-wheel show-foundations>\` from its own file \`dist/cdn/elements/progress.js\` (and its chunks), inserted into a page with only it, its \`value\` a full assessment (${data.items} items, all rated) | | | | |`,
    statRow(
      'render the progress wheel from a full assessment: element inserted → DOM holds the wheel, words, tiles and table (`updateComplete`; checks the assessment; ms)',
      pick(renders.fast, 'inDom'),
      ms,
    ),
    statRow('render the progress wheel from a full assessment: element inserted → painted (next frame, ms)', pick(renders.fast, 'painted'), ms),
    statRow('CPU slowed 4×: render the progress wheel, element inserted → painted (ms)', pick(renders.slow, 'painted'), ms),
  ];
}

/** Item 7's rows of the table. */
function selfAssessmentRows({ data, rating, ratingSlow, renders }) {
  const pick = (list, key) => list.map((entry) => entry[key]);
  const saved = summary(rating.saved).median;
  const goal = Number.isFinite(saved)
    ? saved <= 5
      ? `goal ≤ 5 ms median: **met**`
      : `goal ≤ 5 ms median: **not met**`
    : 'goal ≤ 5 ms median: not measured';
  const keydownRow = (name, durations) =>
    durations.length
      ? statRow(
          `${name}: Event Timing keydown duration, to presentation (ms, 8 ms steps; ${durations.length} of ${options.presses} presses reached the 16 ms threshold)`,
          durations,
          ms,
        )
      : singleRow(`${name}: Event Timing keydown duration`, 'every press under 16 ms (none reported)');
  const csvKiB = (list) => kib(median(pick(list, 'csvBytes')));
  return [
    `| **7. The self-assessment**: \`<peolc-self-assessment>\` from its own file \`dist/cdn/elements/self-assessment.js\` (and its chunks), inserted into a page with only it, with ${data.assessments.length} full assessments stored in \`localStorage\` (each ${data.items} items, ${data.blocks} building blocks and ${data.foundations} foundations, all rated, with ${data.evidenceChars} characters of evidence, two actions, a priority and notes; ${kib(data.jsonBytes)} of JSON each) | | | | |`,
    statRow(
      `rating: ArrowDown in the first item's rating group (checks the next level) → saved in \`localStorage\` and next paint (ms; ${options.presses} presses, one page)`,
      rating.times,
      ms,
    ),
    statRow(`rating: \`input\` event (its timeStamp) → the \`localStorage\` write of the whole assessment returned (ms; ${goal})`, rating.saved, ms),
    statRow(`rating: the \`localStorage.setItem\` call alone (${kib(rating.bytes)} of JSON, ms)`, rating.setItem, ms),
    keydownRow('rating', rating.eventTiming),
    statRow('CPU slowed 4×: rating, ArrowDown → saved and next paint (ms)', ratingSlow.times, ms),
    statRow('CPU slowed 4×: rating, `input` event → `localStorage` write returned (ms)', ratingSlow.saved, ms),
    statRow(
      `first render: element inserted → DOM holds its About part (\`updateComplete\`; reads and checks the ${data.assessments.length} stored assessments; ms)`,
      pick(renders.fast, 'inDom'),
      ms,
    ),
    statRow('first render: element inserted → About part painted (next frame, ms)', pick(renders.fast, 'painted'), ms),
    statRow(
      `board report: click on its part → report painted (${renders.fast[0]?.reportRows ?? 'n/a'} table rows, ms)`,
      pick(renders.fast, 'report'),
      ms,
    ),
    statRow('CPU slowed 4×: first render, element inserted → About part painted (ms)', pick(renders.slow, 'painted'), ms),
    statRow('CPU slowed 4×: board report, click → report painted (ms)', pick(renders.slow, 'report'), ms),
    statRow(
      `\`exportCsv()\` of a full assessment (${data.items + 1} rows, ${csvKiB(renders.fast)}): first call in a fresh page (ms)`,
      pick(renders.fast, 'csvFirst'),
      ms,
    ),
    statRow('`exportCsv()`, warm: the median of 10 more calls in each page (ms)', pick(renders.fast, 'csvWarm'), ms),
    statRow('CPU slowed 4×: `exportCsv()`, first call (ms)', pick(renders.slow, 'csvFirst'), ms),
    statRow('CPU slowed 4×: `exportCsv()`, warm (ms)', pick(renders.slow, 'csvWarm'), ms),
  ];
}

// ---------------------------------------------------------------- machine

function machine(browserVersion) {
  let cpu = cpus()[0]?.model?.trim() || 'unknown CPU';
  try {
    cpu =
      readFileSync('/proc/cpuinfo', 'utf8')
        .match(/^model name\s*:\s*(.+)$/m)?.[1]
        ?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  const cores = availableParallelism();
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  return `${cpu}, ${cores} core${cores === 1 ? '' : 's'}, ${memory} memory; Linux ${release()}; Chromium ${browserVersion} (headless, ${chromiumArgs.join(' ')}); Node ${process.version}`;
}

// ---------------------------------------------------------------- other processes' CPU use (Linux)

/** Busy and total CPU ticks of the whole machine, from /proc/stat. */
function machineTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0); // guest time is already in user
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** CPU ticks used by this process and every descendant (Chromium's processes), including reaped children. */
function ownTicks() {
  try {
    const parents = new Map();
    const times = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parents.set(Number(name), Number(fields[1]));
        times.set(Number(name), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
      } catch {
        /* exited meanwhile */
      }
    }
    const isOurs = (pid) => {
      for (let current = pid, steps = 0; current > 1 && steps < 64; current = parents.get(current), steps++) {
        if (current === process.pid) return true;
      }
      return false;
    };
    let ticks = 0;
    for (const [pid, value] of times) if (isOurs(pid)) ticks += value;
    return ticks;
  } catch {
    return undefined;
  }
}

/** How busy the machine was with other work: in a 1 s sample before the run, and during it. */
async function sampleBefore() {
  const first = machineTicks();
  const ownFirst = ownTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const second = machineTicks();
  const ownSecond = ownTicks();
  if (!first || !second || ownFirst === undefined || ownSecond === undefined) return undefined;
  return { busyBefore: (second.busy - first.busy - (ownSecond - ownFirst)) / (second.total - first.total), start: second, ownStart: ownSecond };
}

function otherLoadLine(use) {
  if (!use) return 'CPU use by other processes: not measured (needs Linux /proc).';
  const percent = (value) => `${Math.max(0, value * 100).toFixed(0)} %`;
  const busy = Math.max(use.busyBefore, use.busyDuring);
  return `CPU use by other processes (from /proc, of all ${availableParallelism()} cores): ${percent(use.busyBefore)} in the second before the run, ${percent(use.busyDuring)} during it${
    busy > 0.15
      ? ': the machine was shared, so expect wide min–max ranges and trust the medians and the CPU-time rows more than the wall-clock ones'
      : ''
  }.`;
}

// ---------------------------------------------------------------- main

const executablePath = findChromium();
if (!executablePath) {
  console.error("bench: no Chromium found: install Debian's chromium (or run `node scripts/browsers.mjs` as root), or set CHROME_PATH.");
  process.exit(1);
}

const before = await sampleBefore();
const server = await startServer();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
let markdown;
try {
  if (options.only === 'progress') {
    log(`Chromium ${browser.version()}; item 8 alone, ${options.runs} run${options.runs === 1 ? '' : 's'} at each speed`);
    const progress = await measureProgress(browser, server.origin);
    console.log([...statHeader, ...progressRows(progress)].join('\n'));
  } else if (options.only) {
    log(`Chromium ${browser.version()}; item 7 alone, ${options.runs} run${options.runs === 1 ? '' : 's'} at each speed`);
    const selfAssessment = await measureSelfAssessment(browser, server.origin);
    console.log([...statHeader, ...selfAssessmentRows(selfAssessment)].join('\n'));
  } else {
    log(`Chromium ${browser.version()}; ${options.runs} run${options.runs === 1 ? '' : 's'} of 7 page loads`);
    const loads = await measureLoads(browser, server.origin);
    log('interaction');
    const interactions = await measureInteractions(browser, server.origin, '/bench/page-elements.html');
    const wholeSearch = await measureExplorerSearch(browser, server.origin, '/bench/whole-elements.html');
    const wholeSearchSlow = await measureExplorerSearch(browser, server.origin, '/bench/whole-elements.html', { cpuRate: 4 });
    const status = await measureStatus(browser, server.origin, '/bench/page-elements.html');
    const plain = await measurePlainSearch(browser, server.origin);
    log(`memory (${options.wheels} wheels)`);
    const memory = await measureMemory(browser, server.origin);
    log('self-assessment');
    const selfAssessment = await measureSelfAssessment(browser, server.origin);
    log('progress wheel');
    const progress = await measureProgress(browser, server.origin);
    log('sizes');
    const wheelOnly = await measureWheelOnly(browser, server.origin);
    const sizes = outputFiles().map((file) => ({ file, ...compress(readFileSync(join(root, file))) }));

    if (process.env.BENCH_DEBUG) {
      for (const [name, result] of Object.entries(loads).filter(([key]) => key !== 'empty')) {
        for (const kind of ['static', 'elements']) {
          log(
            `${name} ${kind}: ${result[kind].map((entry) => `${entry.dcl.toFixed(0)}/${entry.textInDom.toFixed(0)}/${entry.twoFrames.toFixed(0)}/${entry.painted.toFixed(0)}${entry.byElementTiming ? '' : '*'} fcp ${entry.fcp.toFixed(0)} cpu ${entry.cpuMs.toFixed(0)}`).join('  ')}`,
          );
        }
      }
      log(`wheel: ${interactions.wheel.times.map((t) => t.toFixed(1)).join(' ')} | ET ${interactions.wheel.eventTiming.join(' ')}`);
      log(`search: ${interactions.search.times.map((t) => t.toFixed(1)).join(' ')} | ET ${interactions.search.eventTiming.join(' ')}`);
    }
    const seconds = (performance.now() - started) / 1000;
    // Measured while Chromium is still running, so its processes (and those it reaped) are counted as ours.
    let cpuUse;
    const end = machineTicks();
    const ownEnd = ownTicks();
    if (before && end && ownEnd !== undefined) {
      cpuUse = {
        busyBefore: before.busyBefore,
        busyDuring: (end.busy - before.start.busy - (ownEnd - before.ownStart)) / (end.total - before.start.total),
      };
      if (process.env.BENCH_DEBUG)
        log(`CPU ticks: machine busy ${end.busy - before.start.busy} of ${end.total - before.start.total}, ours ${ownEnd - before.ownStart}`);
    }
    markdown = report({
      cpuUse,
      machineLine: machine(browser.version()),
      loads,
      interactions,
      wholeSearch,
      wholeSearchSlow,
      status,
      plain,
      memory,
      selfAssessment,
      progress,
      wheelOnly,
      sizes,
      seconds,
    });
  }
} catch (error) {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}

if (markdown) {
  console.log(markdown);
  const out = resolvePath(root, options.out);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, markdown);
  log(`written to ${relative(root, out)}`);
}

// ---------------------------------------------------------------- the report

function report({
  cpuUse,
  machineLine,
  loads,
  interactions,
  wholeSearch,
  wholeSearchSlow,
  status,
  plain,
  memory,
  selfAssessment,
  progress,
  wheelOnly,
  sizes,
  seconds,
}) {
  const { page, whole, wholeSlow } = loads;
  const measuredLoads = [page.static, page.elements, whole.static, whole.elements, wholeSlow.static, wholeSlow.elements].flat();
  const fallbackCount = measuredLoads.filter((entry) => !entry.byElementTiming).length;
  const pick = (list, key) => list.map((entry) => entry[key]);
  const words = (list) => summary(pick(list, 'words')).median;
  const eventTimingRow = (name, durations) =>
    durations.length
      ? statRow(
          `${name}: Event Timing keydown duration, to presentation (ms, 8 ms steps; ${durations.length} of ${options.presses} presses reached the 16 ms threshold)`,
          durations,
          ms,
        )
      : singleRow(`${name}: Event Timing keydown duration`, `every press under 16 ms (none reported)`);
  const processingRow = (name, result) =>
    result.processing.length
      ? statRow(
          `${name}: \`${result.workEvent}\` processing, handlers plus Lit's update (Event Timing processingEnd − processingStart, ms; ${result.processing.length} of ${options.presses} reported)`,
          result.processing,
          ms,
        )
      : singleRow(`${name}: \`${result.workEvent}\` processing`, 'not reported (every event under 16 ms)');
  const lines = [];
  const push = (...rows) => lines.push(...rows);

  push(
    '# peolc-elements benchmark',
    '',
    `Machine: ${machineLine}.`,
    '',
    otherLoadLine(cpuUse),
    '',
    `${options.runs} runs (plus one unrecorded warm-up), ${options.presses} key presses, ${options.wheels} wheels; viewport ${viewport.width}×${viewport.height}; whole run ${seconds.toFixed(0)} s (\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}).`,
    '',
    `**All content painted**, the same definition on every page: from navigation start to the presentation of the first frame painted after the DOM holds all the text. "The DOM holds all the text" is \`DOMContentLoaded\` and then, for every upgraded custom element (including any in shadow roots), \`updateComplete\` resolved; a static page has none, so for it that is \`DOMContentLoaded\`. At that moment the instrumentation adds a one-character marker with an \`elementtiming\` attribute; its Element Timing \`renderTime\` is the presentation time of the first frame that paints it, and so of a frame holding all the text (Chromium gives paint times in 4 ms steps). Were no entry to arrive within 2 s, the second \`requestAnimationFrame\` callback after that moment would be used instead: ${fallbackCount} of ${measuredLoads.length} measured loads needed it. The time is also set as a \`peolc-ready\` performance mark.`,
    '',
    '**The pages.** The static pages hold the same words with no script: each element\'s tag with the library\'s no-JS fallback inside (`renderFallback()` from `dist/fallback/render.js`, rendered from the elements themselves, the same edition, the same attributes). Both variants link `dist/peolc-elements.css` in the head, as partners are told to; the element pages add one `<script type="module">` for `dist/cdn/peolc-elements.js`. Every load is a fresh browser context with the HTTP cache disabled (DevTools protocol, and `Cache-Control: no-store`), served uncompressed from localhost at 1280×800; within each run the static and element pages are loaded back to back, alternating which goes first, and the ratio is taken within the run.',
    '',
    "**Main-thread CPU time** is the CPU time of the page's renderer main thread (DevTools protocol `Performance.getMetrics`, `ThreadTime`), from the fresh renderer's start to the end of the measurement (100 ms after all content painted). It counts only work that thread did, so unlike the wall-clock times it holds steady when other processes compete for the CPU; it includes the renderer's own start-up, shown by the empty page.",
    '',
    "**Next paint** after a key press: from the `keydown` event's `timeStamp` to a task posted from the next `requestAnimationFrame` callback, i.e. when the main thread has finished that frame's style, layout and paint (it excludes the compositor's presentation). The Event Timing API (`durationThreshold: 16`) is recorded alongside: it reports only keydowns that took 16 ms or more to present.",
    '',
    '| measure | median | min | max (worst) | n |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| **1. Load**: wheel (foundations, ambition 3 detail), foundation grid, ambition 3's building-block cards, glossary | | | | |`,
    statRow('all content painted, static HTML (ms)', pick(page.static, 'painted'), ms),
    statRow('all content painted, elements (ms)', pick(page.elements, 'painted'), ms),
    statRow('ratio elements ÷ static (per run)', page.ratio, ratio),
    statRow('DOM holds all the text, static (DOMContentLoaded, ms)', pick(page.static, 'textInDom'), ms),
    statRow('DOM holds all the text, elements (upgraded, ms)', pick(page.elements, 'textInDom'), ms),
    statRow('main-thread CPU time of the load, static (ms)', pick(page.static, 'cpuMs'), ms),
    statRow('main-thread CPU time of the load, elements (ms)', pick(page.elements, 'cpuMs'), ms),
    statRow('ratio of CPU time, elements ÷ static (per run)', page.cpuRatio, ratio),
    statRow('main-thread CPU time, empty page (the floor: same head, no content)', pick(loads.empty, 'cpuMs'), ms),
    statRow('first contentful paint, static (ms)', pick(page.static, 'fcp'), ms),
    statRow('first contentful paint, elements (ms)', pick(page.elements, 'fcp'), ms),
    statRow('largest contentful paint, static (ms)', pick(page.static, 'lcp'), ms),
    statRow('largest contentful paint, elements (ms)', pick(page.elements, 'lcp'), ms),
    `| **2. Cumulative layout shift** (\`layout-shift\`, buffered, to 100 ms after all content painted) | | | | |`,
    statRow('CLS, static HTML', pick(page.static, 'cls'), cls),
    statRow('CLS, elements', pick(page.elements, 'cls'), cls),
    `| **3. Interaction** (one page load, ${options.presses} presses each) | | | | |`,
    statRow('wheel: ArrowRight (selects the next ambition) → next paint (ms)', interactions.wheel.times, ms),
    eventTimingRow('wheel', interactions.wheel.eventTiming),
    processingRow('wheel', interactions.wheel),
    statRow('glossary search: keystroke → results updated and painted (ms)', interactions.search.times, ms),
    eventTimingRow('glossary search', interactions.search.eventTiming),
    processingRow('glossary search', interactions.search),
    `| **4. Memory**: ${options.wheels} wheels (\`show-foundations panel parts="what-we-know"\`) created, rendered, painted and removed in batches of ${memory.batchSize}, in ${ms(memory.elapsed / 1000)} s; heap after \`HeapProfiler.collectGarbage\` ×3, \`Runtime.getHeapUsage\` | | | | |`,
    singleRow('JS heap before (bundle loaded, no wheel)', kib(memory.before.used)),
    singleRow(
      `JS heap after the first batch of ${memory.batchSize} (warm)`,
      `${kib(memory.warm.used)} (${signedKib(memory.warm.used - memory.before.used)})`,
    ),
    singleRow(`JS heap after ${memory.middleCount}`, `${kib(memory.middle.used)} (${signedKib(memory.middle.used - memory.before.used)} on before)`),
    singleRow(`JS heap after all ${options.wheels}`, `${kib(memory.after.used)} (${signedKib(memory.after.used - memory.before.used)} on before)`),
    singleRow(
      `JS heap growth over the last ${options.wheels - memory.middleCount} wheels (the leak indicator: per wheel)`,
      `${signedKib(memory.after.used - memory.middle.used)} (${bytes((memory.after.used - memory.middle.used) / (options.wheels - memory.middleCount))} B per wheel)`,
    ),
    singleRow(
      `Blink (embedder) heap: before → warm → ${memory.middleCount} → all`,
      Number.isFinite(memory.before.embedder)
        ? `${kib(memory.before.embedder)} → ${kib(memory.warm.embedder)} → ${kib(memory.middle.embedder)} → ${kib(memory.after.embedder)} (${signedKib(memory.after.embedder - memory.middle.embedder)} over the last ${options.wheels - memory.middleCount})`
        : 'n/a',
    ),
    singleRow(
      `DOM nodes / JS event listeners: before → warm → ${memory.middleCount} → all`,
      [memory.before, memory.warm, memory.middle, memory.after].map((at) => `${at.nodes} / ${at.listeners}`).join(' → '),
    ),
    singleRow('wheel instances alive after removal and GC (`Runtime.queryObjects`)', String(memory.live)),
    `| **6. The explorer**: \`<peolc-framework>\`, the whole framework (opening sections, vision, six ambitions with all 34 building blocks, foundations, glossary, partnership, citation), from its own file \`dist/cdn/elements/framework.js\` (and its chunks), against its no-JS fallback as static HTML | | | | |`,
    statRow('all content painted, static HTML (ms)', pick(whole.static, 'painted'), ms),
    statRow('all content painted, explorer (ms)', pick(whole.elements, 'painted'), ms),
    statRow('ratio explorer ÷ static (per run; goal ≤ 1.2×)', whole.ratio, ratio),
    statRow('main-thread CPU time of the load, static (ms)', pick(whole.static, 'cpuMs'), ms),
    statRow('main-thread CPU time of the load, explorer (ms)', pick(whole.elements, 'cpuMs'), ms),
    statRow('ratio of CPU time, explorer ÷ static (per run)', whole.cpuRatio, ratio),
    statRow('CLS, static HTML', pick(whole.static, 'cls'), cls),
    statRow('CLS, explorer', pick(whole.elements, 'cls'), cls),
    statRow('CPU slowed 4×: all content painted, static HTML (ms)', pick(wholeSlow.static, 'painted'), ms),
    statRow('CPU slowed 4×: all content painted, explorer (ms)', pick(wholeSlow.elements, 'painted'), ms),
    statRow('CPU slowed 4×: ratio explorer ÷ static (per run)', wholeSlow.ratio, ratio),
    statRow('explorer search: keystroke → results updated and painted (ms)', wholeSearch.times, ms),
    processingRow('explorer search', wholeSearch),
    statRow('CPU slowed 4×: explorer search, keystroke → results painted (ms)', wholeSearchSlow.times, ms),
    processingRow('CPU slowed 4×: explorer search', wholeSearchSlow),
    statRow('glossary search (the one-ambition page): last keystroke → status text updated (ms; debounced 500 ms by design)', status, ms),
    statRow(
      `baseline: plain JS substring search over all ${plain.strings} strings (${plain.characters.toLocaleString('en-GB')} characters) of the edition JSON, pre-folded (µs per query)`,
      plain.perSearchUs,
      us,
    ),
    singleRow('baseline: folding all those strings once (case, accents; ms)', ms(plain.foldMs)),
    ...selfAssessmentRows(selfAssessment),
    ...progressRows(progress),
    '',
    `Words in the composed DOM (light DOM plus shadow roots, including collapsed text): one-ambition page ${words(page.static)} static, ${words(page.elements)} elements; the explorer ${words(whole.static)} static, ${words(whole.elements)} elements. The differences are interface text that each variant writes differently (buttons, visually hidden labels such as "Ambition 3:", and the selected ambition's title repeated in the wheel's centre; the explorer's fallback has both labels of each disclosure); the edition's text is the same.`,
    '',
    `**7. The self-assessment.** The ${selfAssessment.data.assessments.length} assessments are made with the library's own \`createAssessment()\` and checked with \`checkAssessment()\`, and written into \`localStorage\` before the page's script runs; every page is a fresh browser context, so nothing is cached. A rating change is a real key press: focus on the first item's checked rating, then ArrowDown, which checks the next level (the browser fires \`input\`, then \`change\`, whose handler saves the whole assessment at once and re-renders the part). Each press is checked: the radio now checked is the rating stored in \`localStorage\`. "Saved in \`localStorage\`" is timed in the page with \`Storage.prototype.setItem\` wrapped: from the \`input\` event's \`timeStamp\` to the \`setItem\` call returning (a synchronous write, so the data is then stored); it includes the handlers, the \`JSON.stringify\` of the whole assessment and the write, not Lit's re-render, which the next-paint row adds. The first render is timed from before \`document.createElement\` to \`updateComplete\` and to after the next rendered frame (as "next paint" above); the board report from the click's \`timeStamp\` to after the next frame. \`exportCsv()\` is timed around the call in the page.`,
    '',
    `**8. The progress wheel.** Its \`value\` is the latest of item 7's assessments (made and checked the same way), parsed in the page before the clock starts; the time runs from before \`document.createElement\` (the value assigned, \`show-foundations\` set, the element appended) to \`updateComplete\` and to after the next rendered frame. It includes checking the assessment with \`checkAssessment()\`, counting the ratings and Lit's first render of the wheel's bands, the words, the key, the tiles and the table. Each page is checked: six segments, and the table's totals add up to every item.`,
    '',
    '## 5. Sizes',
    '',
    'Every output file as built (minified): raw bytes, gzip level 9 and brotli quality 11 (Node zlib).',
    '',
    '| file | raw | gzip -9 | brotli 11 |',
    '| --- | ---: | ---: | ---: |',
    ...sizes.map((entry) => `| ${entry.file} | ${bytes(entry.raw)} | ${bytes(entry.gzip)} | ${bytes(entry.brotli)} |`),
    '',
  );

  const sum = (key) => wheelOnly.scripts.reduce((total, entry) => total + entry[key], 0);
  push(
    `**A wheel-only page** (\`<script type="module" src="dist/cdn/elements/ambition-wheel.js">\` and one \`<peolc-ambition-wheel show-foundations>\`) requested ${wheelOnly.scripts.length} scripts, recorded from the DevTools protocol (transfer is served uncompressed, headers included); it defined ${wheelOnly.definedOthers.length ? `also ${wheelOnly.definedOthers.join(', ')}` : "no other group's elements"}:`,
    '',
    '| script | transfer (uncompressed) | raw | gzip -9 | brotli 11 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...wheelOnly.scripts.map(
      (entry) => `| ${entry.file} | ${bytes(entry.transfer)} | ${bytes(entry.raw)} | ${bytes(entry.gzip)} | ${bytes(entry.brotli)} |`,
    ),
    `| **total** | **${bytes(sum('transfer'))}** | **${bytes(sum('raw'))}** | **${bytes(sum('gzip'))}** | **${bytes(sum('brotli'))}** |`,
    '',
    "**Caveats.** One machine and one browser, headless, with `--disable-gpu` (software raster and compositing): absolute times are this machine's, and the ratios travel better than the milliseconds. Localhost serves everything at once and uncompressed, so load times are parse, script, style, layout and paint cost, not download time (the sizes above are for that). The instrumentation (an init script with the observers) runs on every page, static ones included. CLS is measured with `dist/peolc-elements.css` linked; without it the element pages would shift as they upgrade, and that is not measured here. Interaction times to the next paint include waiting for the next frame (up to 16.7 ms at 60 Hz) and that frame's style, layout and paint; the processing rows are the part spent in the event's handlers and the elements' update. Memory is the V8 heap and the Blink (embedder) heap after forced garbage collection, not the process's memory; the growth from before to warm is one-off (compiled code, template and style caches), so the leak indicator is the growth over the second half of the wheels; the Blink heap also holds style, layout and font caches that fill as wheels are laid out, so the direct evidence of what is retained is the DOM node, listener and live-wheel counts.",
    '',
  );
  return lines.join('\n');
}
