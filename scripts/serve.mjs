// The static file server that scripts/start.mjs (the local site, and the e2e tests through it),
// scripts/bench.mjs and scripts/check-storybook.mjs share: @web/dev-server (files, MIME types,
// directory index pages), with no import rewriting, no file watcher, no injected script and no
// output of its own. Responses are never cached, so every page load measures or tests what is on
// disk now.
//
// The dev server runs in its middleware mode behind a plain node:http server, because its own
// listener binds every network interface when asked for localhost; this one listens on `host`
// only, and leaves a busy port to the caller (start.mjs then picks a free one).
import { createServer } from 'node:http';
import { startDevServer } from '@web/dev-server';

/** Koa middleware for every response: never cached, never sniffed. */
async function noStore(context, next) {
  await next();
  context.set('Cache-Control', 'no-store');
  context.set('X-Content-Type-Options', 'nosniff');
}

/**
 * Browsers ask for a favicon unprompted, and none of the servers has one; the dev server's
 * `__wds-outside-root__` paths would serve files from outside `rootDir`, which nothing here wants.
 */
async function rootOnly(context, next) {
  if (context.path === '/favicon.ico') context.status = 204;
  else if (context.path.includes('__wds-outside-root__')) context.status = 404;
  else await next();
}

/**
 * Serves `rootDir` on http://host:port/ (port 0 picks a free one).
 * @param {{ rootDir: string, port?: number, host?: string, middleware?: import('koa').Middleware[] }} options
 *   `middleware` runs before the files are served (Koa middleware: `async (context, next) => …`).
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveStatic({ rootDir, port = 0, host = '127.0.0.1', middleware = [] }) {
  const devServer = await startDevServer({
    config: {
      rootDir,
      middlewareMode: true,
      nodeResolve: false,
      watch: false,
      disableFileWatcher: true,
      injectWebSocket: false,
      middleware: [noStore, rootOnly, ...middleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(devServer.koaApp.callback());
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await devServer.stop();
    throw error;
  }
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}/`,
    origin,
    port: actualPort,
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(() => resolve())), devServer.stop()]);
    },
  };
}
