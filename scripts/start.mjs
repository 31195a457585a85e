// Serves the local site on localhost: builds dist-site/ from demo/, examples/ and
// dist/ (scripts/build-site.mjs; `npm start` runs `npm run build` first), then
// serves it with a small static server. Pages under /demo/ and /examples/ are
// sent with a strict Content Security Policy, so any inline script or style
// that creeps into them shows up at once.
//
//   node scripts/start.mjs [--port 8000] [--no-build]
//
// test/e2e/site.e2e.mjs imports startSite() to serve the same site on a free port.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, siteDir } from './build-site.mjs';

/** The policy every page is sent with: nothing inline, nothing from elsewhere. */
export const strictCsp = "default-src 'self'";

/** Paths whose HTML gets the strict policy. /demo/csp.html is the page that proves it. */
const cspPrefixes = ['/demo/', '/examples/'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

/** Headers for one response: the content type, no caching, and the policy for pages. */
export function headersFor(path) {
  const type = types[extname(path)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html') && cspPrefixes.some((prefix) => path.startsWith(prefix))) {
    headers['Content-Security-Policy'] = strictCsp;
  }
  return headers;
}

async function handle(request, response, root) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  // Browsers ask for it unprompted; the site has none.
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
    path += 'index.html';
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    return;
  }
  response.writeHead(200, { ...headersFor(path), 'Content-Length': info.size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/**
 * Serves dist-site/ (build it first with buildSite()) on localhost.
 * @param {{ port?: number, host?: string, root?: string }} [options] port 0 picks a free one.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startSite({ port = 8000, host = 'localhost', root = siteDir } = {}) {
  const server = createServer((request, response) => {
    handle(request, response, root).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Server error: ${error.message}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
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
