// A test-server route (web-test-runner.config.mjs) that serves built CDN files
// as a partner's server would, in folders of their own, and records every
// request made to each folder, so a test can say exactly what a page loaded.
//
//   /cdn-folder/single-<token>/…  a folder holding only dist/cdn/peolc-elements.js,
//                                 index.html (test/fixtures/single-file.html) and
//                                 edition.json (the built edition, with " (Anytown Hospice
//                                 edition)" after ambition 3's title):
//                                 a CMS media library that was given the one file
//   /cdn-folder/cdn-<token>/…     dist/cdn/ as built: autoload.js, elements/, chunks
//   /cdn-folder-log/<kind>-<token> the requests made to that folder so far, as JSON
//                                 ["index.html 200", "chunks/x.js 404", "a.js?again 200", …]
//
// A token is the test's own, so the two browsers' runs never share a log or a
// cached file. Anything a folder does not hold answers 404.
import { readFile, stat } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const cdn = new URL('dist/cdn/', root);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const typeOf = (path) => types[/\.[a-z]+$/.exec(path)?.[0] ?? ''] ?? 'application/octet-stream';

/** Requests per folder; bounded, as tokens are per test. */
const logs = new Map();

async function singleFile(path) {
  if (path === 'index.html') return readFile(new URL('test/fixtures/single-file.html', root));
  if (path === 'peolc-elements.js') return readFile(new URL('peolc-elements.js', cdn));
  if (path === 'edition.json') {
    const edition = JSON.parse(await readFile(new URL('dist/content/ambitions-2015-2020.json', root), 'utf8'));
    edition.ambitions[2].title += ' (Anytown Hospice edition)';
    return JSON.stringify(edition);
  }
  return undefined;
}

async function cdnFile(path) {
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const file = new URL(path, cdn);
  if (!(await stat(file).catch(() => undefined))?.isFile()) return undefined;
  return readFile(file);
}

/** Koa middleware for @web/dev-server. */
export async function cdnFolders(context, next) {
  const log = /^\/cdn-folder-log\/((?:single|cdn)-[\w-]{1,64})$/.exec(context.path);
  if (log) {
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(logs.get(log[1]) ?? []);
    return undefined;
  }
  const match = /^\/cdn-folder\/((single|cdn)-[\w-]{1,64})\/(.+)$/.exec(context.path);
  if (!match) return next();
  const [, folder, kind, path] = match;
  if (!logs.has(folder)) {
    if (logs.size > 200) logs.delete(logs.keys().next().value);
    logs.set(folder, []);
  }
  const body = await (kind === 'single' ? singleFile(path) : cdnFile(path)).catch(() => undefined);
  context.set('Cache-Control', 'no-store');
  if (body === undefined) {
    context.status = 404;
    context.body = 'not in this folder';
  } else {
    context.type = typeOf(path);
    context.body = body;
  }
  logs.get(folder).push(`${path}${context.querystring ? `?${context.querystring}` : ''} ${context.status}`);
  return undefined;
}
