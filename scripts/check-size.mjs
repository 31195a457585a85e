// Checks every built output file against its gzip budget in package.json
// ("sizeBudgets": { "path or dir/*.js": maxGzipBytes }) and prints a table.
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

const rows = [];
let failed = false;
for (const [pattern, budget] of Object.entries(sizeBudgets)) {
  const files = filesMatching(pattern);
  if (files.length === 0) {
    console.error(`size budget: nothing matches ${pattern}; run npm run build first`);
    failed = true;
  }
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
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
