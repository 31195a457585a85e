// What the tests of the packed package share (scripts/test-frameworks.mjs,
// scripts/test-bundlers.mjs): running tools in an app's own folder, counting
// node:test steps, building and packing the package as npm users get it,
// installing the tarball, and serving a built app on 127.0.0.1.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** A hard stop, so a hung install or browser cannot hold CI. */
export function giveUpAfter(name, minutes) {
  const watchdog = setTimeout(() => {
    console.error(`${name}: gave up after ${minutes} minutes`);
    process.exit(1);
  }, minutes * 60_000);
  watchdog.unref();
}

/**
 * The environment for child tools: without what an `npm run` around us says
 * about the root package (its prefix, package and script), so each app's npm
 * works in the app's folder; npm settings (cache, registry, …) pass through.
 */
export const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$|command$|execpath$|node_execpath$)/i.test(key) && key !== 'INIT_CWD',
  ),
);
Object.assign(childEnv, { NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI ?? '1' });

/** Runs a command; resolves to { code, output } (stdout and stderr together), never rejects. */
export function run(command, args, { cwd = root, timeout = 300_000 } = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeout / 1000} s)`;
      child.kill('SIGKILL');
    }, timeout);
    child.on('error', (error) => (output += `\n${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), ms: Math.round(performance.now() - start) });
    });
  });
}

/** The last lines of a tool's output, for a failure message. */
export const tail = (output, lines = 40) => output.trim().split('\n').slice(-lines).join('\n');

export const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Counted node:test steps: `counted(name, timeout, body)` is a test whose
 * outcome is counted, with its own timeout (not node:test's), so a step that
 * hangs is counted as failed too; `timed(what, ms)` notes a timing. At the
 * end it prints the timings and the failures, and last of all
 * "N passed, M failed"; the exit code is 1 when anything failed.
 */
export function countedSteps() {
  const started = performance.now();
  const timings = [];
  const failures = [];
  let passed = 0;

  const timed = (what, ms) => timings.push(`${what}: ${(ms / 1000).toFixed(1)} s`);

  const counted = (name, timeout, body) =>
    test(name, async () => {
      let timer;
      try {
        await Promise.race([
          body(),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s`)), timeout))),
        ]);
        passed += 1;
      } catch (error) {
        failures.push(name);
        // The message says what went wrong; the runner's stack would only bury it.
        const message = String(error?.message ?? error);
        throw Object.assign(new Error(message), { stack: message });
      } finally {
        clearTimeout(timer);
      }
    });

  after(() => {
    console.log('\nTimings:');
    for (const line of timings) console.log(`  ${line}`);
    console.log(`  total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (failures.length) console.log(`\nFailed:\n${failures.map((name) => `  ${name}`).join('\n')}`);
  });
  // Last, after the runner's own summary.
  process.on('exit', () => {
    console.log(`\n${passed} passed, ${failures.length} failed`);
    if (failures.length) process.exitCode = 1;
  });
  return { counted, timed };
}

/**
 * Builds the package (`npm run build`) if any of `needed` is missing from
 * dist/, then packs it as `npm publish` would. Returns the tarball's path,
 * `npm pack --json`'s report and the folder to remove afterwards.
 */
export async function packPackage({ name, needed, timed }) {
  const missing = [];
  for (const file of needed) if (!(await exists(join(root, file)))) missing.push(file);
  if (missing.length) {
    console.log(`${name}: ${missing.join(', ')} missing: running npm run build`);
    const build = await run('npm', ['run', 'build']);
    timed('npm run build', build.ms);
    assert.equal(build.code, 0, `npm run build failed:\n${tail(build.output)}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'peolc-pack-'));
  const pack = await run('npm', ['pack', '--json', '--pack-destination', dir, '--ignore-scripts']);
  timed('npm pack', pack.ms);
  assert.equal(pack.code, 0, `npm pack failed:\n${tail(pack.output)}`);
  const [packed] = JSON.parse(pack.output.slice(pack.output.indexOf('[')));
  const files = new Set(packed.files.map((file) => file.path));
  for (const file of needed) assert.ok(files.has(file), `the tarball has no ${file}: was dist/ being rebuilt while it was packed?`);
  console.log(`${name}: packed ${packed.filename} (${packed.entryCount} files, ${Math.round(packed.size / 1024)} KiB)`);
  return { tarball: join(dir, packed.filename), packed, dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Installs the tarball into an app that has run `npm ci`, as npm users get
 * it: a real directory, not a link, and the app's lock file untouched.
 */
export async function installTarball({ dir, tarball, name, timed }) {
  const lock = await readFile(join(dir, 'package-lock.json'), 'utf8');
  const result = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: dir, timeout: 110_000 });
  timed(`${name}: npm install <tarball>`, result.ms);
  assert.equal(result.code, 0, `npm install of the tarball failed:\n${tail(result.output)}`);
  const installed = await lstat(join(dir, 'node_modules', 'peolc-elements'));
  assert.ok(installed.isDirectory() && !installed.isSymbolicLink(), 'node_modules/peolc-elements is not a real directory');
  assert.ok(await exists(join(dir, 'node_modules', 'peolc-elements', 'dist', 'index.js')), 'node_modules/peolc-elements has no dist/index.js');
  assert.ok(!(await exists(join(dir, 'node_modules', 'peolc-elements', 'src'))), 'node_modules/peolc-elements has src/: not the packed package');
  assert.equal(await readFile(join(dir, 'package-lock.json'), 'utf8'), lock, 'installing the tarball changed package-lock.json');
}

/** Serves one folder on 127.0.0.1 (a free port): static files, index.html for folders. */
export async function serve(folder) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.map': 'application/json',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain',
  };
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return response.writeHead(400).end();
    }
    let file = normalize(join(folder, path));
    if (file !== folder && !file.startsWith(folder + sep)) return response.writeHead(403).end();
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
