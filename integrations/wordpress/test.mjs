// The WordPress round trip (npm run test:wordpress), on a real WordPress:
//
//   1. As root on Debian, installs Debian's wordpress, its 2023 theme, mariadb-server, PHP and
//      php-codesniffer with apt-get (quietly; nothing when they are there). Elsewhere it prints one
//      line saying what it needs and exits 0.
//   2. Builds dist-wordpress/peolc-elements.zip (npm run build:wordpress), runs `php -l` on every
//      PHP file in it and phpcs with the plugin's phpcs.xml.
//   3. Starts MariaDB (mariadbd, a temporary datadir and socket), copies /usr/share/wordpress into a
//      temporary folder with its own wp-config.php, installs WordPress (wp_install() from PHP's CLI)
//      and serves it with PHP's built-in server.
//   4. In Chromium (playwright-core): logs in as the administrator, installs the zip through
//      Plugins → Add New → Upload Plugin, activates it, saves the settings page; checks an Author
//      cannot open that page.
//   5. As an Author (PHP CLI: wp_set_current_user() then wp_insert_post(), so kses filters it as it
//      does an Author's save), creates a post per block, one with shortcodes and one with a pasted
//      builder snippet.
//   6. Each post: without JS (the HTML as served) the element is there with the fallback inside and
//      the framework's text, and the module once; in Chromium the element renders the framework's
//      text, no console errors, axe clean (WCAG 2.2 AA tags, as test/helpers/axe.ts). The editor
//      shows the block's live preview and its options in the sidebar.
//
// Prints "N passed, M failed" and the time taken; exits 1 on failure. A watchdog stops it after
// 15 minutes. The PHP server and MariaDB are stopped, and the temporary folder removed, whatever
// happens.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const started = Date.now();
const packages = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-codesniffer',
];

// ---- skip where it cannot run -------------------------------------------------------------------
const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform !== 'linux' || !isDebian || !isRoot || !which('apt-get')) {
  console.log(
    `test:wordpress skipped: it needs Debian (12) as root with apt-get, to install ${packages.join(' ')} (here: ${process.platform}${isDebian ? ', Debian' : ''}${isRoot ? ', root' : ', not root'})`,
  );
  process.exit(0);
}

// ---- results, watchdog, cleanup -----------------------------------------------------------------
let passed = 0;
let aptSeconds = 0;
let failed = 0;
const children = [];
let scratch;
let browser;

function cleanup() {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        // Its own process group: PHP's server forks workers (PHP_CLI_SERVER_WORKERS).
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  if (scratch) {
    // mariadbd may take a moment to let go of its files.
    spawnSync('sleep', ['0.5']);
    rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  }
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`test:wordpress: ${signal}, stopping`);
    cleanup();
    process.exit(1);
  });
}
// A step that throws outside a test (MariaDB or PHP not starting) still ends with the summary.
process.on('uncaughtException', (error) => {
  console.log(`test:wordpress: stopped: ${error?.stack ?? error}`);
  failed++;
  finish();
});
const watchdog = setTimeout(
  () => {
    console.error('test:wordpress: watchdog: still running after 15 minutes, stopping');
    finish(true);
  },
  15 * 60 * 1000,
);
watchdog.unref();

async function test(name, body) {
  const t0 = Date.now();
  try {
    await body();
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 8)
        .join('\n    ')}`,
    );
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Prints the summary, stops everything, exits; its promise never resolves, so `await finish()` stops the script. */
function finish(timedOut = false) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (timedOut) failed++;
  console.log(
    `test:wordpress: ${passed} passed, ${failed} failed in ${seconds} s (apt-get ${aptSeconds.toFixed(1)} s, the rest ${(Number(seconds) - aptSeconds).toFixed(1)} s)`,
  );
  const code = failed > 0 ? 1 : 0;
  // Stop the servers and wait (up to 5 s) until they have exited, so none is left behind unreaped.
  const exited = children.map((child) =>
    child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined,
  );
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  return Promise.race([Promise.all([browser?.close().catch(() => {}), ...exited]), new Promise((resolve) => setTimeout(resolve, 5000))])
    .finally(() => {
      cleanup();
      process.exit(code);
    })
    .then(() => new Promise(() => {}));
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

// ---- 1. packages --------------------------------------------------------------------------------
{
  const missing = packages.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !/install ok installed/.test(status.stdout ?? '');
  });
  if (missing.length > 0) {
    const t0 = Date.now();
    console.log(`test:wordpress: apt-get install ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () =>
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    let result = install();
    if (result.status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
      result = install();
    }
    aptSeconds = (Date.now() - started) / 1000;
    if (result.status !== 0) {
      console.log(`test:wordpress: apt-get install failed:\n${result.stderr}`);
      failed++;
      await finish();
    }
    console.log(`test:wordpress: installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
const versions = {
  wordpress: readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)?.[1],
  php: run('php', ['-r', 'echo PHP_VERSION;']),
  mariadb: run('mariadbd', ['--version']).match(/Ver (\S+)/)?.[1],
};

// ---- 2. the zip, and the PHP checks -------------------------------------------------------------
console.log('test:wordpress: building the plugin');
execFileSync('node', [join(here, 'build.mjs')], { cwd: root, stdio: 'inherit' });
const built = join(root, 'dist-wordpress/peolc-elements');
const zipPath = join(root, 'dist-wordpress/peolc-elements.zip');

await test('php -l: every PHP file of the plugin parses', () => {
  const files = walk(built).filter((path) => path.endsWith('.php'));
  check(files.length >= 15, `only ${files.length} PHP files`);
  const bad = [];
  for (const file of files) {
    const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    if (lint.status !== 0) bad.push(`${file}: ${lint.stdout}${lint.stderr}`);
  }
  check(bad.length === 0, bad.join('\n'));
});

await test('phpcs: the plugin meets its phpcs.xml (PSR-12, adjusted for WordPress)', () => {
  const result = spawnSync('phpcs', ['-q', '--report=full', `--standard=${join(built, 'phpcs.xml')}`, built], { encoding: 'utf8' });
  check(result.status === 0, `${result.stdout}${result.stderr}`);
});

await test('the zip is small enough for a default upload limit (2 MB)', () => {
  const size = statSync(zipPath).size;
  check(size < 2 * 1024 * 1024, `${size} bytes`);
});

// ---- 3. MariaDB, WordPress, PHP's server --------------------------------------------------------
scratch = mkdtempSync(join(tmpdir(), 'peolc-wordpress-'));
const datadir = join(scratch, 'mysql');
const socket = join(scratch, 'mysql.sock');
const site = join(scratch, 'wordpress');

run('mariadb-install-db', [`--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
const mariadb = spawn(
  'mariadbd',
  [
    '--no-defaults',
    `--datadir=${datadir}`,
    `--socket=${socket}`,
    `--pid-file=${join(scratch, 'mysql.pid')}`,
    '--skip-networking',
    '--user=root',
    '--innodb-buffer-pool-size=64M',
  ],
  { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
);
children.push(mariadb);
let mariadbLog = '';
mariadb.stderr.on('data', (chunk) => (mariadbLog += chunk));
await waitFor(
  () => existsSync(socket),
  30_000,
  () => `MariaDB did not start:\n${mariadbLog}`,
);
run('mariadb', [
  `--socket=${socket}`,
  '-uroot',
  '-e',
  "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
]);

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
// A standalone copy: Debian's wp-config.php reads /etc/wordpress/config-<host>.php, which this
// test leaves alone. Symlinks (Debian's wp-content) are followed.
cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
rmSync(join(site, '.htaccess'), { force: true });
writeFileSync(
  join(site, 'wp-config.php'),
  `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true); // no internet here: fail fast instead of waiting
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(scratch, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
foreach (array('AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT') as $key) {
  define($key, '${Math.random().toString(36).slice(2)}' . $key);
}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
);
const adminPassword = 'admin-password-1';
const authorPassword = 'author-password-1';
const setup = php(`
define('WP_INSTALLING', true);
require '${site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('peolc-elements test', 'admin', 'admin@example.org', false, '', '${adminPassword}');
$author = wp_insert_user(array('user_login' => 'author', 'user_pass' => '${authorPassword}', 'user_email' => 'author@example.org', 'role' => 'author'));
switch_theme('twentytwentythree');
echo json_encode(array('admin' => $result['user_id'], 'author' => $author, 'theme' => get_stylesheet()));
`);
const users = JSON.parse(setup.slice(setup.indexOf('{')));

const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
  cwd: site,
  env: { ...process.env, PHP_CLI_SERVER_WORKERS: '3' },
  stdio: ['ignore', 'ignore', 'ignore'],
  detached: true,
});
children.push(server);
await waitFor(
  async () => {
    try {
      return (await fetch(`${url}/wp-login.php`)).ok;
    } catch {
      return false;
    }
  },
  20_000,
  () => 'the PHP server did not answer',
);
console.log(`test:wordpress: WordPress ${versions.wordpress}, PHP ${versions.php}, MariaDB ${versions.mariadb} at ${url}`);

// ---- 4. the browser: install through Upload Plugin ----------------------------------------------
const { chromium } = await import('playwright-core');
const { chromiumArgs, findChromium } = await import(join(root, 'scripts/browsers.mjs'));
const executablePath = findChromium();
if (!executablePath) {
  console.log("test:wordpress: no Chromium found: install Debian's chromium (or set CHROME_PATH), or run `node scripts/browsers.mjs`");
  failed++;
  await finish();
}
browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
console.log(`test:wordpress: Chromium ${browser.version()}`);
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const wcag22aaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function loggedIn(user, password) {
  const context = await browser.newContext();
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  await page.goto(`${url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return { context, page };
}

const admin = await loggedIn('admin', adminPassword);

await test('the zip installs through Plugins → Add New → Upload Plugin, and activates', async () => {
  const { page } = admin;
  await page.goto(`${url}/wp-admin/plugins.php`);
  await page.click('a.page-title-action:has-text("Add New")');
  await page.waitForURL(/plugin-install\.php/);
  await page.click('.upload-view-toggle');
  await page.setInputFiles('#pluginzip', zipPath);
  await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
  await page.waitForSelector('text=Plugin installed successfully', { timeout: 60_000 });
  await Promise.all([page.waitForURL(/plugins\.php/), page.click('a.button-primary:has-text("Activate Plugin")')]);
  await page.waitForSelector('tr[data-slug="peolc-elements"].active');
});

await test('settings page: an administrator saves theme, colour scheme and source (Settings API nonce)', async () => {
  const { page } = admin;
  await page.goto(`${url}/wp-admin/options-general.php?page=peolc-elements`);
  check((await page.locator('input[name="_wpnonce"]').count()) === 1, 'no nonce in the form');
  await page.selectOption('#peolc-elements-theme', 'nhs');
  await page.selectOption('#peolc-elements-color-scheme', 'light');
  await page.selectOption('#peolc-elements-source', 'plugin');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  check((await page.inputValue('#peolc-elements-theme')) === 'nhs', 'the theme was not saved');
  // A form without the nonce is refused.
  const response = await page.request.post(`${url}/wp-admin/options.php`, {
    form: { option_page: 'peolc_elements', action: 'update', 'peolc_elements_settings[theme]': 'neutral' },
  });
  check(
    response.status() >= 400 || /link you followed has expired|not allowed/i.test(await response.text()),
    'options.php took a form without its nonce',
  );
});

const author = await loggedIn('author', authorPassword);

await test('settings page: an Author may not open it', async () => {
  const response = await author.page.goto(`${url}/wp-admin/options-general.php?page=peolc-elements`);
  const text = await author.page.textContent('body');
  check(response.status() === 403 || /not allowed/i.test(text), `an Author got the settings page (${response.status()})`);
});

// ---- 5. posts, as the Author --------------------------------------------------------------------
const edition = JSON.parse(readFileSync(join(root, 'dist/content/ambitions-2015-2020.json'), 'utf8'));
const ambition = (n) => edition.ambitions[n - 1];
const block = (name, attributes) => `<!-- wp:peolc/${name} ${JSON.stringify(attributes)} /-->`;
const snippetScript = 'https://cdn.example.org/peolc-elements@0.1.0/dist/cdn/elements/ambition-wheel.js';
const posts = [
  {
    title: 'Block: ambition wheel',
    content: block('ambition-wheel', { selected: '3', panel: true, showFoundations: true, parts: 'what-we-know' }),
    tag: 'peolc-ambition-wheel',
    attributes: { selected: '3', panel: '', 'show-foundations': '', parts: 'what-we-know', theme: 'nhs' },
    text: ambition(3).title,
    fallbackText: ambition(3).statement.slice(0, 60),
  },
  {
    title: 'Block: framework explorer',
    content: block('framework', { ambition: '2' }),
    tag: 'peolc-framework',
    attributes: { ambition: '2' },
    text: ambition(2).title,
    fallbackText: ambition(2).title,
  },
  {
    title: 'Block: foundation grid',
    content: block('foundation-grid', { highlight: '6', columns: '2' }),
    tag: 'peolc-foundation-grid',
    attributes: { highlight: '6', columns: '2' },
    text: edition.foundations[5].title,
    fallbackText: edition.foundations[5].title,
  },
  {
    title: 'Block: building blocks',
    // heading-level 3 under the page's own h2, as an author would place it.
    content: `<!-- wp:heading -->\n<h2>Our building blocks</h2>\n<!-- /wp:heading -->\n\n${block('building-blocks', { ambition: '3', headingLevel: '3' })}`,
    tag: 'peolc-building-blocks',
    attributes: { ambition: '3', 'heading-level': '3' },
    text: ambition(3).buildingBlocks[0].title,
    fallbackText: ambition(3).buildingBlocks[0].title,
  },
  {
    title: 'Block: glossary',
    content: block('glossary', { label: 'Words we use' }),
    tag: 'peolc-glossary',
    attributes: { label: 'Words we use' },
    text: edition.glossary[0].term,
    fallbackText: edition.glossary[0].term,
  },
  {
    title: 'Block: self-assessment',
    content: block('self-assessment', { storage: 'none', include: 'foundations', scale: 'rag' }),
    tag: 'peolc-self-assessment',
    attributes: { storage: 'none', include: 'foundations', scale: 'rag' },
    text: 'Self-assessment',
    fallbackText: 'Self-assessment',
  },
  {
    title: 'Shortcodes',
    content:
      '<p>The ambitions:</p>\n\n[peolc-wheel show-foundations="true" selected="3"]\n\n' +
      '[peolc-foundation-grid columns="9" highlight="2" onclick="alert(1)" heading-level="3"]',
    tag: 'peolc-ambition-wheel',
    attributes: { selected: '3', 'show-foundations': '' },
    text: ambition(3).title,
    fallbackText: ambition(1).title,
    also: { tag: 'peolc-foundation-grid', attributes: { highlight: '2', 'heading-level': '3' }, absent: ['columns', 'onclick'] },
  },
  {
    title: 'Pasted builder snippet',
    // As demo/builder/snippet.ts writes it: the script tag, then the element; pasted into a
    // Custom HTML block. kses removes the script (the plugin supplies it) and the onclick.
    content: `<!-- wp:html -->\n<script type="module" src="${snippetScript}"></script>\n<peolc-ambition-wheel show-foundations selected="2" heading-level="3" onclick="alert(1)"></peolc-ambition-wheel>\n<!-- /wp:html -->`,
    tag: 'peolc-ambition-wheel',
    attributes: { 'show-foundations': '', selected: '2', 'heading-level': '3' },
    absent: ['onclick'],
    text: ambition(2).title,
    pasted: true,
  },
];
writeFileSync(join(scratch, 'posts.json'), JSON.stringify(posts.map(({ title, content }) => ({ title, content }))));
const created = JSON.parse(
  php(`
require '${site}/wp-load.php';
wp_set_current_user(${users.author});
kses_init(); // as WordPress does for the current user: filters, since an Author has no unfiltered_html
$out = array('unfiltered_html' => current_user_can('unfiltered_html'), 'posts' => array());
foreach (json_decode(file_get_contents('${join(scratch, 'posts.json')}'), true) as $post) {
  $id = wp_insert_post(array('post_title' => $post['title'], 'post_content' => $post['content'], 'post_status' => 'publish'), true);
  $out['posts'][] = array('id' => $id, 'stored' => get_post_field('post_content', $id), 'author' => (int) get_post_field('post_author', $id));
}
echo json_encode($out);
`).replace(/^[^{]*/, ''),
);

await test('posts are saved as the Author, with kses (no unfiltered_html)', () => {
  check(created.unfiltered_html === false, 'the Author has unfiltered_html');
  check(
    created.posts.every((post) => Number.isInteger(post.id) && post.author === users.author),
    JSON.stringify(created.posts),
  );
});

await test('the pasted snippet survives kses: the element and its documented attributes kept, the script and onclick removed', () => {
  const stored = created.posts[posts.length - 1].stored;
  check(/<peolc-ambition-wheel show-foundations selected="2" heading-level="3"\s*>/.test(stored), `stored: ${stored}`);
  check(!/<script/i.test(stored), `the script was kept: ${stored}`);
  check(!/onclick/i.test(stored), `onclick was kept: ${stored}`);
});

await test('block attributes survive kses as the Author saves them', () => {
  const stored = created.posts[0].stored;
  check(stored.includes('"selected":"3"') && stored.includes('"showFoundations":true'), stored);
});

// ---- 6. each post: served HTML, then Chromium ---------------------------------------------------
const visitor = await browser.newContext();
await visitor.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));

for (const [i, post] of posts.entries()) {
  const id = created.posts[i].id;
  const link = `${url}/?p=${id}`;

  await test(`${post.title}: without JS, the page source has the element${post.pasted ? '' : ' with its fallback and the framework’s text'}, and the module once`, async () => {
    const html = await (await fetch(link)).text();
    const element = elementIn(html, post.tag);
    check(element, `no <${post.tag}> in the page`);
    for (const [name, value] of Object.entries(post.attributes)) {
      const written = element.attributes[name];
      check(
        written === value || (value === '' && written === ''),
        `${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(written)} in ${element.open}`,
      );
    }
    for (const name of post.absent ?? []) check(!(name in element.attributes), `${name} should be absent: ${element.open}`);
    if (!post.pasted) {
      check(element.inner.includes('class="peolc-fallback"'), 'no fallback inside the element');
      check(decode(element.inner).includes(post.fallbackText), `the fallback lacks “${post.fallbackText}”`);
    }
    if (post.also) {
      const other = elementIn(html, post.also.tag);
      check(other, `no <${post.also.tag}>`);
      for (const [name, value] of Object.entries(post.also.attributes)) check(other.attributes[name] === value, `${name} on ${other.open}`);
      for (const name of post.also.absent) check(!(name in other.attributes), `${name} should have been dropped: ${other.open}`);
    }
    const modules = html.match(/<script type="module" src="[^"]*peolc-elements\/library\/dist\/cdn\/autoload\.js[^"]*"/g) ?? [];
    check(modules.length === 1, `${modules.length} module scripts`);
    check(html.includes('peolc-elements/library/dist/peolc-elements.css'), 'no stylesheet');
    check(!html.includes(snippetScript), 'the pasted script is in the page');
  });

  await test(`${post.title}: in Chromium the element renders “${post.text.slice(0, 40)}…”, no console errors, axe clean`, async () => {
    const page = await visitor.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    await page.goto(link, { waitUntil: 'load' });
    await page.waitForFunction(
      ({ tag, text }) => {
        const element = document.querySelector(tag);
        return customElements.get(tag) && element?.shadowRoot && element.shadowRoot.textContent.includes(text);
      },
      { tag: post.tag, text: post.text },
      { timeout: 20_000 },
    );
    await page.evaluate(axeSource);
    const violations = await page.evaluate(
      async ({ tag, tags }) => {
        const results = await window.axe.run(tag, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      },
      { tag: post.tag, tags: wcag22aaTags },
    );
    await page.close();
    check(errors.length === 0, `console: ${errors.join('\n')}`);
    check(violations.length === 0, `axe: ${violations.join('\n')}`);
  });
}

await test('the editor: the block shows the element itself as its preview, and its options in the sidebar', async () => {
  const { page } = author;
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${url}/wp-admin/post.php?post=${created.posts[0].id}&action=edit`);
  // The welcome guide, the first time.
  const guide = page.locator('.edit-post-welcome-guide button[aria-label="Close"], .components-modal__header button[aria-label="Close"]');
  await guide
    .first()
    .click({ timeout: 15_000 })
    .catch(() => {});
  const preview = page.locator('[data-type="peolc/ambition-wheel"] peolc-ambition-wheel');
  await preview.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    (text) => {
      const element = document.querySelector('[data-type="peolc/ambition-wheel"] peolc-ambition-wheel');
      return element?.shadowRoot?.textContent.includes(text);
    },
    ambition(3).title,
    { timeout: 20_000 },
  );
  check((await preview.getAttribute('selected')) === '3', 'the preview lacks selected="3"');
  // Select the block and open the block sidebar through the editor's own data stores (a click
  // lands on the element inside, which takes it for itself).
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    const [first] = select('core/block-editor').getBlocks();
    dispatch('core/block-editor').selectBlock(first.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const sidebar = page.locator('.block-editor-block-inspector');
  await sidebar.getByText('Show the eight foundations').waitFor({ timeout: 10_000 });
  check(await sidebar.getByText('Selected ambition', { exact: true }).isVisible(), 'no "Selected ambition" control');
  // An option changed in the sidebar changes the preview.
  check((await preview.getAttribute('show-foundations')) === '', 'the preview lacks show-foundations');
  await sidebar.getByLabel('Show the eight foundations').click();
  await page.waitForFunction(
    () => !document.querySelector('[data-type="peolc/ambition-wheel"] peolc-ambition-wheel')?.hasAttribute('show-foundations'),
    null,
    {
      timeout: 5_000,
    },
  );
  check((await page.locator('.block-editor-warning').count()) === 0, 'the editor shows a block warning');
  check(errors.length === 0, errors.join('\n'));
});

await test('no PHP notices or warnings from the plugin in debug.log', () => {
  const logFile = join(scratch, 'debug.log');
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const ours = log.split('\n').filter((line) => line.includes('peolc-elements'));
  check(ours.length === 0, ours.slice(0, 10).join('\n'));
});

console.log(`test:wordpress: WordPress ${versions.wordpress}, PHP ${versions.php}, MariaDB ${versions.mariadb}, Chromium ${browser.version()}`);
await finish();

// ---- helpers ------------------------------------------------------------------------------------
function php(code) {
  const file = join(scratch, `script-${Math.random().toString(36).slice(2)}.php`);
  writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port ?? 0}';\n$_SERVER['REQUEST_URI'] = '/';\n${code}`);
  const result = spawnSync('php', [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`php failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function waitFor(condition, timeout, message) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(message());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The first <tag …>…</tag> in the HTML: its start tag, attributes and inside (no nesting of the same tag). */
function elementIn(html, tag) {
  const start = html.search(new RegExp(`<${tag}[\\s>]`));
  if (start < 0) return undefined;
  const openEnd = html.indexOf('>', start);
  const open = html.slice(start, openEnd + 1);
  const close = html.indexOf(`</${tag}>`, openEnd);
  const attributes = {};
  for (const match of open.slice(tag.length + 1, -1).matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) attributes[match[1]] = decode(match[2] ?? '');
  return { open, attributes, inner: html.slice(openEnd + 1, close) };
}

function decode(text) {
  return text
    .replace(/&#0*39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&amp;/g, '&');
}
