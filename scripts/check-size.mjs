// Checks every built output file against its gzip budget in package.json
// ("sizeBudgets": { "path or dir/*.js": maxGzipBytes }) and prints a table.
// A key "page: entry.js" budgets what a page loading only that entry downloads:
// the entry and every module it imports statically, each gzipped, summed.
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

/** The entry and the modules it imports statically (relative specifiers only), each once. */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen];
}

const rows = [];
let failed = false;
for (const [key, budget] of Object.entries(sizeBudgets)) {
  if (!key.startsWith('page:')) continue;
  const entry = key.slice('page:'.length).trim();
  let files = [];
  try {
    files = moduleGraph(entry);
  } catch {
    console.error(`size budget: ${entry} is missing; run npm run build first`);
    failed = true;
    continue;
  }
  const total = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const over = total > budget;
  failed ||= over;
  rows.push(`| a page loading only ${entry} (${files.length} files) | | ${total.toLocaleString('en-GB')} | ${budget.toLocaleString('en-GB')} | ${over ? 'OVER' : 'ok'} |`);
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
    rows.push(`| ${file} | ${bytes.length.toLocaleString('en-GB')} | ${gzip.toLocaleString('en-GB')} | ${budget.toLocaleString('en-GB')} | ${over ? 'OVER' : 'ok'} |`);
  }
}
console.log(['| file | bytes | gzip | gzip budget | |', '| --- | ---: | ---: | ---: | --- |', ...rows].join('\n'));
if (failed) {
  console.error('\nsize budget exceeded: see the table above (budgets are in package.json "sizeBudgets")');
  process.exit(1);
}
