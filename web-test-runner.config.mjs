// Tests run in real browsers: Debian's Chromium and Firefox ESR, headless.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium, findFirefox } from './scripts/browsers.mjs';

const chromium = findChromium();
const firefox = findFirefox();
if (!chromium || !firefox) {
  throw new Error('Chromium and Firefox are needed: run `npm test`, which finds or installs them.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Firefox and Chromium share the 2 cores; more at once only adds flakiness.
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
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
