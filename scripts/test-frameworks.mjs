// The framework example apps, as partners build them: each of examples/react,
// vue, svelte and angular is installed with its own lock file, given the
// package as npm users get it (the `npm pack` tarball, installed, not linked),
// type-checked by its own checker, shown to reject a deliberate misuse,
// built for production with its real toolchain, served on 127.0.0.1 and
// driven in headless Chromium.
//
//   npm run test:frameworks                 (after `npm run build`; builds first if dist/ is missing)
//   FRAMEWORKS=react,vue npm run test:frameworks
//
// node:test and node:assert; the last line is "N passed, M failed" and the
// exit code is 1 when anything failed. A step that cannot run because an
// earlier step of the same app failed counts as failed, and says which.
import { after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browsers.mjs';
import { countedSteps, exists, giveUpAfter, installTarball, packPackage, root, run, serve, tail } from './package-test-harness.mjs';

// What each app's misuse/ file must be refused for. Angular types only the event (property bindings
// on custom elements are not checked under CUSTOM_ELEMENTS_SCHEMA).
const wrongDetail = /Property 'colour' does not exist on type 'AmbitionSelectDetail'/;
const typedMisuse = [wrongDetail, /Type '\{ number: number; \}' is not assignable to type/];

/**
 * The apps. `out` is the production build's folder; `misuse` lists the
 * errors the misuse check must report, each a pattern of the checker's
 * message. `refWheel`: the app also listens through a ref (React).
 */
const apps = [
  {
    name: 'react',
    title: 'React 19',
    out: 'dist',
    misuse: typedMisuse,
    refWheel: true,
  },
  {
    name: 'vue',
    title: 'Vue 3',
    out: 'dist',
    misuse: typedMisuse,
  },
  {
    name: 'svelte',
    title: 'Svelte 5',
    out: 'dist',
    misuse: typedMisuse,
  },
  {
    name: 'angular',
    title: 'Angular 21',
    out: 'dist/browser',
    misuse: [wrongDetail],
  },
];

const wanted = process.env.FRAMEWORKS?.split(/[\s,]+/).filter(Boolean);
const selectedApps = wanted ? apps.filter((app) => wanted.includes(app.name)) : apps;
if (wanted && selectedApps.length !== wanted.length) {
  console.error(`test-frameworks: FRAMEWORKS=${process.env.FRAMEWORKS}: the apps are ${apps.map((app) => app.name).join(', ')}`);
  process.exit(1);
}

giveUpAfter('test-frameworks', 15);

// ---------------------------------------------------------------- helpers

const { counted, timed } = countedSteps();

/**
 * The errors a type checker reported, as { file, line, message }, from the
 * formats of tsc/vue-tsc/ngc (`file(1,2): error TS…` or `file:1:2 - error TS…`)
 * and svelte-check's machine output (`ERROR "file" 1:2 "message"`).
 */
function checkerErrors(output) {
  const errors = [];
  for (const line of output.split('\n')) {
    let match = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line.trim()) ?? /^(.+?):(\d+):\d+ - error (\w+: .*)$/.exec(line.trim());
    if (match) {
      errors.push({ file: match[1], line: Number(match[2]), message: match[3] });
      continue;
    }
    match = /^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/.exec(line.trim());
    if (match) errors.push({ file: match[1], line: Number(match[2]), message: match[3] });
  }
  return errors;
}

// ---------------------------------------------------------------- set-up

const executablePath = findChromium();
let browser;
let tarball;
let removePack;
let edition;

/** The ambition's title and the ids of its building blocks, from the built edition. */
const ambition = (number) => edition.ambitions[number - 1];

counted('set-up: Chromium, dist/ and the packed tarball', 300_000, async () => {
  assert.ok(executablePath, "no Chromium found: install Debian's chromium (or set CHROME_PATH), or run `node scripts/browsers.mjs`");
  // The package is what `npm pack` takes from dist/: built if it is not there.
  const needed = ['dist/index.js', 'dist/ambition-wheel.js', 'dist/types/react.d.ts', 'dist/content/ambitions-2015-2020.json'];
  const pack = await packPackage({ name: 'test-frameworks', needed, timed });
  ({ tarball, remove: removePack } = pack);
  edition = JSON.parse(await readFile(join(root, 'dist/content/ambitions-2015-2020.json'), 'utf8'));

  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await removePack?.();
});

// ---------------------------------------------------------------- the apps

for (const app of selectedApps) {
  const dir = join(root, 'examples', app.name);
  /** The steps that passed, so later ones know whether they can run. */
  const done = new Set();
  /** Runs a step once `needs` have passed; records it as done when it passes. */
  const step = (name, needs, body, timeout = 60_000) =>
    counted(`${app.name}: ${name}`, timeout, async () => {
      const unmet = needs.filter((need) => !done.has(need));
      if (unmet.length) assert.fail(`not run: ${unmet.map((need) => `"${need}"`).join(', ')} did not pass`);
      await body();
      done.add(name);
    });

  describe(`${app.title} (examples/${app.name})`, () => {
    let server;
    let context;
    let page;
    const problems = { errors: [], warnings: [], failed: [] };

    after(async () => {
      await context?.close();
      await server?.close();
    });

    step(
      'npm ci',
      [],
      async () => {
        assert.ok(tarball && browser, 'not run: the set-up did not pass');
        const result = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, timeout: 300_000 });
        timed(`${app.name}: npm ci`, result.ms);
        assert.equal(result.code, 0, `npm ci failed:\n${tail(result.output)}`);
      },
      320_000,
    );

    step(
      'the tarball installed, not linked',
      ['npm ci'],
      async () => {
        await installTarball({ dir, tarball, name: app.name, timed });
      },
      120_000,
    );

    step(
      'type-check',
      ['the tarball installed, not linked'],
      async () => {
        const result = await run('npm', ['run', '--silent', 'typecheck'], { cwd: dir, timeout: 110_000 });
        timed(`${app.name}: type-check`, result.ms);
        assert.equal(result.code, 0, `the type-check failed:\n${tail(result.output)}`);
      },
      120_000,
    );

    step(
      'the misuse fails to compile',
      ['the tarball installed, not linked'],
      async () => {
        const result = await run('npm', ['run', '--silent', 'typecheck:misuse'], { cwd: dir, timeout: 110_000 });
        timed(`${app.name}: misuse check`, result.ms);
        assert.notEqual(result.code, 0, `the misuse compiled: the checker does not see the package's types\n${tail(result.output)}`);
        const errors = checkerErrors(result.output);
        assert.ok(errors.length > 0, `the checker failed without a type error:\n${tail(result.output)}`);
        const elsewhere = errors.filter((error) => !relative(dir, join(dir, error.file)).startsWith('misuse'));
        assert.deepEqual(elsewhere, [], 'errors outside misuse/ (the misuse check must fail only for the misuse)');
        for (const expected of app.misuse) {
          assert.ok(
            errors.some((error) => expected.test(error.message)),
            `no error matching ${expected}; the checker said:\n${errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n')}`,
          );
        }
        assert.equal(
          errors.length,
          app.misuse.length,
          `expected ${app.misuse.length} errors, got:\n${errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n')}`,
        );
        for (const error of errors) console.log(`    ${app.name} misuse rejected: ${error.file}:${error.line}: ${error.message}`);
      },
      120_000,
    );

    step(
      'production build',
      ['the tarball installed, not linked'],
      async () => {
        const result = await run('npm', ['run', '--silent', 'build'], { cwd: dir, timeout: 240_000 });
        timed(`${app.name}: build`, result.ms);
        assert.equal(result.code, 0, `the build failed:\n${tail(result.output)}`);
        assert.ok(await exists(join(dir, app.out, 'index.html')), `the build wrote no ${app.out}/index.html`);
      },
      260_000,
    );

    // -------------------------------------------------------------- in Chromium

    const wheelState = () =>
      page.$eval('#wheel', (wheel) => ({
        selected: wheel.selected ?? null,
        checked: [...wheel.shadowRoot.querySelectorAll('[role="radio"][aria-checked="true"]')].map((radio) => radio.dataset.number),
        panel: (wheel.shadowRoot.querySelector('[part~="panel"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        hasPanel: Boolean(wheel.shadowRoot.querySelector('[part~="panel"]')),
        hasFoundations: Boolean(wheel.shadowRoot.querySelector('[part~="foundations"]')),
      }));
    const cardIds = () => page.$eval('#cards', (cards) => [...cards.shadowRoot.querySelectorAll('[part~="card"]')].map((card) => card.dataset.block));
    const text = async (selector) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
    /** Waits until `check` (run in Node against the page) passes, or fails with its last message. */
    async function eventually(check, timeout = 4000) {
      const until = performance.now() + timeout;
      for (;;) {
        try {
          return await check();
        } catch (error) {
          if (performance.now() > until) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }
    const blockIds = (number) => ambition(number).buildingBlocks.map((block) => block.id);
    const allBlockIds = () => edition.ambitions.flatMap((each) => each.buildingBlocks.map((block) => block.id));

    step("renders: the elements with content, the app's own text", ['production build'], async () => {
      server = await serve(join(dir, app.out));
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(5000);
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.errors.push(message.text());
        if (message.type() === 'warning') problems.warnings.push(message.text());
      });
      page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.failed.push(`${request.url()} (${request.failure()?.errorText})`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.failed.push(`${response.url()} answered ${response.status()}`);
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('#framework');
      assert.equal(await text('#framework'), `peolc-elements in ${app.title}`);
      assert.equal(await text('#selected-state'), 'Selected ambition: none');
      await eventually(async () => {
        const sizes = await page.$$eval('#wheel, #cards, #grid', (elements) =>
          elements.map((element) => ({
            id: element.id,
            upgraded: Boolean(customElements.get(element.localName)),
            chars: (element.shadowRoot?.textContent ?? '').trim().length,
            height: Math.round(element.getBoundingClientRect().height),
          })),
        );
        assert.equal(sizes.length, 3, 'the page has not got #wheel, #cards and #grid');
        for (const size of sizes) {
          assert.ok(
            size.upgraded && size.chars > 20 && size.height > 0,
            `#${size.id} is empty: ${JSON.stringify(size)}; errors so far:\n${problems.errors.join('\n')}`,
          );
        }
      });
    });

    step(
      'natural values: show-foundations, panel, heading-level 3, foundations [1, 3, 6], highlight 6',
      ["renders: the elements with content, the app's own text"],
      async () => {
        const wheel = await wheelState();
        assert.ok(wheel.hasFoundations, 'the wheel has no foundations band (show-foundations={true})');
        assert.ok(wheel.hasPanel, 'the wheel has no panel (panel={true})');
        const grid = await page.$eval('#grid', (element) =>
          [...element.shadowRoot.querySelectorAll('[part~="tile"]')].map((tile) => ({
            number: tile.dataset.number,
            current: tile.getAttribute('aria-current'),
            heading: tile.querySelector('[part~="tile-heading"]')?.localName,
          })),
        );
        assert.deepEqual(
          grid.map((tile) => tile.number),
          ['1', '3', '6'],
          "the grid's tiles (foundations={[1, 3, 6]})",
        );
        assert.deepEqual(
          grid.map((tile) => tile.current),
          [null, null, 'true'],
          'the highlighted tile (highlight={6})',
        );
        assert.deepEqual(
          grid.map((tile) => tile.heading),
          ['h3', 'h3', 'h3'],
          'the tile headings (heading-level={3})',
        );
        assert.equal(
          await page.$eval('#grid', (element) => Boolean(element.shadowRoot.querySelector('[part~="intro"]'))),
          false,
          "the grid's intro shows (hide-intro={true})",
        );
        assert.deepEqual(await cardIds(), allBlockIds(), "with nothing selected the cards show every ambition's blocks");
      },
    );

    step(
      "a click on the wheel reaches the app's state, and the cards follow",
      ["renders: the elements with content, the app's own text"],
      async () => {
        await page.click('#wheel [role="radio"][data-number="3"]');
        await eventually(async () => assert.equal(await text('#selected-state'), 'Selected ambition: 3'));
        assert.equal(await text('#event-count'), '1', 'events the app heard');
        assert.equal(await text('#last-event'), `Last event: 3 ${ambition(3).id} "${ambition(3).title}"`, 'the event detail the app kept');
        await eventually(async () => {
          const wheel = await wheelState();
          assert.deepEqual(wheel.checked, ['3'], "the wheel's checked radio");
          assert.ok(wheel.panel.includes(ambition(3).title), `the panel does not show ambition 3: "${wheel.panel.slice(0, 120)}"`);
          assert.ok(
            wheel.panel.includes(ambition(3).whatWeKnow[0].slice(0, 40)),
            `the panel does not show "what we know" (parts={['what-we-know']}): "${wheel.panel.slice(0, 200)}"`,
          );
          assert.deepEqual(await cardIds(), blockIds(3), 'the cards after the app set ambition 3');
        });
      },
    );

    step(
      'the keyboard: ArrowRight selects the next ambition, and the app hears it',
      ["a click on the wheel reaches the app's state, and the cards follow"],
      async () => {
        await page.focus('#wheel [role="radio"][data-number="3"]');
        await page.keyboard.press('ArrowRight');
        await eventually(async () => assert.equal(await text('#selected-state'), 'Selected ambition: 4'));
        assert.equal(await text('#event-count'), '2', 'events the app heard');
        await eventually(async () => assert.deepEqual(await cardIds(), blockIds(4), 'the cards after ArrowRight'));
      },
    );

    step(
      'the app sets selected (Pick 5): the wheel and the cards follow, no event fires',
      ["renders: the elements with content, the app's own text"],
      async () => {
        const before = await text('#event-count');
        await page.click('#pick-5');
        await eventually(async () => {
          const wheel = await wheelState();
          assert.equal(String(wheel.selected), '5', 'wheel.selected');
          assert.deepEqual(wheel.checked, ['5'], "the wheel's checked radio");
          assert.ok(wheel.panel.includes(ambition(5).title), `the panel does not show ambition 5: "${wheel.panel.slice(0, 120)}"`);
          assert.deepEqual(await cardIds(), blockIds(5), 'the cards after Pick 5');
        });
        assert.equal(await text('#selected-state'), 'Selected ambition: 5');
        assert.equal(await text('#event-count'), before, 'a change from code fired peolc-ambition-select');
      },
    );

    step(
      `the app clears selected (${app.name === 'react' || app.name === 'svelte' ? 'undefined' : 'null'}): nothing is selected, the cards show every ambition`,
      ["renders: the elements with content, the app's own text"],
      async () => {
        await page.click('#clear');
        await eventually(async () => {
          const wheel = await wheelState();
          assert.ok(wheel.selected === null || wheel.selected === '', `wheel.selected is ${JSON.stringify(wheel.selected)}`);
          assert.deepEqual(wheel.checked, [], 'checked radios after clearing');
          assert.deepEqual(await cardIds(), allBlockIds(), 'the cards after clearing');
        });
        assert.equal(await text('#selected-state'), 'Selected ambition: none');
      },
    );

    step('the app switches the panel off and on (panel={false|true})', ["renders: the elements with content, the app's own text"], async () => {
      await page.click('#toggle-panel');
      await eventually(async () => assert.equal((await wheelState()).hasPanel, false, 'the panel after panel={false}'));
      await page.click('#toggle-panel');
      await eventually(async () => assert.equal((await wheelState()).hasPanel, true, 'the panel after panel={true}'));
    });

    if (app.refWheel) {
      step('a wheel heard through a ref and addEventListener', ["renders: the elements with content, the app's own text"], async () => {
        await page.click('#ref-wheel [role="radio"][data-number="2"]');
        await eventually(async () => assert.equal(await text('#ref-state'), `Heard through addEventListener: 2 (${ambition(2).id})`));
      });
    }

    step('no console errors, page errors or failed requests', ["renders: the elements with content, the app's own text"], async () => {
      assert.deepEqual(problems.errors, [], 'console errors and page errors');
      assert.deepEqual(problems.failed, [], 'failed requests');
    });

    // The contract: natural values, and clearing with undefined or null, give no warning.
    step('no console warnings', ["renders: the elements with content, the app's own text"], async () => {
      assert.deepEqual(problems.warnings, [], 'console warnings');
    });
  });
}
