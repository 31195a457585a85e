// Checks every built output file against its gzip budget in package.json
// ("sizeBudgets": { "path or dir/*.js": maxGzipBytes }) and prints a table.
// A key "page: entry.js" budgets what a page loading only that entry downloads:
// the entry and every module it imports statically, each gzipped, summed.
// "page: a.js + b.js" budgets a page loading several files (each module once),
// such as the autoloader and the per-element file it imports for a wheel.
// A pattern matching one file is shown by its pattern (`chunks/shared-*.js`),
// so the table does not change with content hashes; several matches are listed.
// Exits 1 when a file is over budget or a budgeted pattern matches nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { sizeBudgets } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Files matching a pattern whose only wildcard is `*` in the file name. */
function filesMatching(pattern) {
  const dir = dirname(pattern);
  const name = pattern.slice(dir.length + 1);
  const regex = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  let entries = [];
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return entries
    .filter((entry) => regex.test(entry) && statSync(join(root, dir, entry)).isFile())
    .map((entry) => `${dir}/${entry}`)
    .sort();
}

const gzipSize = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;

/** The entries and the modules they import statically (relative specifiers only), each once. */
function moduleGraph(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), specifier));
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

const rows = [];
let failed = false;
for (const [key, budget] of Object.entries(sizeBudgets)) {
  if (!key.startsWith('page:')) continue;
  const entries = key
    .slice('page:'.length)
    .split('+')
    .map((entry) => entry.trim());
  const entry = entries.join(' + ');
  let files = [];
  try {
    files = moduleGraph(entries);
  } catch {
    console.error(`size budget: ${entry}, or a module it imports, is missing; run npm run build first`);
    failed = true;
    continue;
  }
  const total = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const over = total > budget;
  failed ||= over;
  rows.push(
    `| a page loading only ${entry} (${files.length} ${files.length === 1 ? 'file' : 'files'}) | | ${total.toLocaleString('en-GB')} | ${budget.toLocaleString('en-GB')} | ${over ? 'OVER' : 'ok'} |`,
  );
}
for (const [pattern, budget] of Object.entries(sizeBudgets)) {
  if (pattern.startsWith('page:')) continue;
  const files = filesMatching(pattern);
  if (files.length === 0) {
    console.error(`size budget: nothing matches ${pattern}; run npm run build first`);
    failed = true;
  }
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    const gzip = gzipSize(file);
    const over = gzip > budget;
    failed ||= over;
    rows.push(
      `| ${files.length === 1 ? pattern : file} | ${bytes.length.toLocaleString('en-GB')} | ${gzip.toLocaleString('en-GB')} | ${budget.toLocaleString('en-GB')} | ${over ? 'OVER' : 'ok'} |`,
    );
  }
}
console.log(['| file | bytes | gzip | gzip budget | |', '| --- | ---: | ---: | ---: | --- |', ...rows].join('\n'));
if (failed) {
  console.error('\nsize budget exceeded: see the table above (budgets are in package.json "sizeBudgets")');
  process.exit(1);
}
