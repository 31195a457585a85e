// Serves the local site on localhost: builds dist-site/ from demo/, examples/ and
// dist/ (scripts/build-site.mjs; `npm start` runs `npm run build` first), then
// serves it with @web/dev-server (scripts/serve.mjs). Pages under /demo/ and
// /examples/ are sent with a strict Content Security Policy, so any inline script
// or style that creeps into them shows up at once.
//
//   node scripts/start.mjs [--port 8000] [--no-build]
//
// test/e2e/site.e2e.mjs imports startSite() to serve the same site on a free port.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, siteDir } from './build-site.mjs';
import { serveStatic } from './serve.mjs';

/** The policy every page is sent with: nothing inline, nothing from elsewhere. */
export const strictCsp = "default-src 'self'";

/** Paths whose HTML gets the strict policy. /demo/csp.html is the page that proves it. */
const cspPrefixes = ['/demo/', '/examples/'];

/**
 * The site's own rules, as dev server middleware: / goes to /demo/, a folder
 * without its slash gets one (so the relative links of its index page work),
 * and HTML under the prefixes gets the strict policy.
 */
function siteMiddleware(root) {
  return async (context, next) => {
    if (context.path === '/') return context.redirect('/demo/');
    if (!context.path.endsWith('/') && !/\.[a-z0-9]+$/i.test(context.path)) {
      const info = await stat(join(root, decodeURIComponent(context.path))).catch(() => undefined);
      if (info?.isDirectory()) {
        context.status = 301;
        return context.redirect(`${context.path}/${context.search}`);
      }
    }
    await next();
    if (context.response.is('html') && cspPrefixes.some((prefix) => context.path.startsWith(prefix))) {
      context.set('Content-Security-Policy', strictCsp);
    }
  };
}

/**
 * Serves dist-site/ (build it first with buildSite()) on localhost.
 * @param {{ port?: number, host?: string, root?: string }} [options] port 0 picks a free one.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startSite({ port = 8000, host = 'localhost', root = siteDir } = {}) {
  return serveStatic({ rootDir: root, port, host, middleware: [siteMiddleware(root)] });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const wanted = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 8000);
  try {
    if (!args.includes('--no-build')) {
      const start = performance.now();
      await buildSite();
      console.log(`Built dist-site/ in ${Math.round(performance.now() - start)} ms.`);
    }
    let site;
    try {
      site = await startSite({ port: wanted });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      site = await startSite({ port: 0 });
      console.log(`Port ${wanted} is busy; using ${site.port}.`);
    }
    const page = (path) => `  ${new URL(path, site.url).href}`;
    console.log(
      [
        '',
        'peolc-elements local site:',
        page('demo/'),
        '',
        '  Gallery          ' + page('demo/gallery.html').trim(),
        '  Embed builder    ' + page('demo/builder.html').trim(),
        '  Plain HTML       ' + page('examples/plain-html/').trim(),
        '  React 19         ' + page('examples/react/').trim(),
        '  Vue 3            ' + page('examples/vue/').trim(),
        '  Svelte 5         ' + page('examples/svelte/').trim(),
        '  Angular 21       ' + page('examples/angular/').trim(),
        '  Strict CSP       ' + page('demo/csp.html').trim(),
        '  Loaded twice     ' + page('demo/double-load.html').trim(),
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
