// Finds the browsers the tests run in, and installs Debian's packages when
// that is possible. Nothing is ever downloaded from outside Debian's archive
// or the npm registry: puppeteer's own browser download is switched off in
// .puppeteerrc.json.
import { accessSync, constants, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of an installed Chromium or Chrome, or undefined. */
export function findChromium() {
  return candidates.chromium.find((path) => path && isExecutable(path));
}

/** Path of an installed Firefox (ESR preferred), or undefined. */
export function findFirefox() {
  return candidates.firefox.find((path) => path && isExecutable(path));
}

/** Flags Chromium needs to run headless as root on a machine with no internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Makes sure both browsers are there. As root on Debian, installs the
 * missing ones with apt-get; anywhere else, stops with one line that says
 * what to install.
 */
export function ensureBrowsers() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!findFirefox()) missing.push('firefox-esr');
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebian()) {
    console.error(
      `peolc-elements tests need Chromium (or Chrome) and Firefox ESR: install ${missing.join(' and ')} ` +
        '(or set CHROME_PATH / FIREFOX_PATH to their executables), then run npm test again.',
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
  if (!findChromium() || !findFirefox()) {
    console.error('apt-get finished but chromium or firefox-esr is still missing; install them by hand.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowsers();
  console.log(`Chromium: ${findChromium()}\nFirefox:  ${findFirefox()}`);
}
