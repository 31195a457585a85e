// Writes the built-in edition (with its opening sections) and its JSON Schema
// to dist/content/, from the compiled TypeScript, so partners can read and
// copy the exact shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ambitions2015to2020Complete as edition, editionJsonSchema, validateContent, formatProblem } from '../dist/content/index.js';

const outDir = new URL('../dist/content/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const result = validateContent(edition);
if (!result.valid) {
  console.error('The built-in edition is invalid:\n' + result.problems.map(formatProblem).join('\n'));
  process.exit(1);
}

const schemaFile = 'edition.schema.json';
const editionFile = `${edition.id}.json`;
writeFileSync(new URL(schemaFile, outDir), JSON.stringify(editionJsonSchema(schemaFile), null, 2) + '\n');
writeFileSync(new URL(editionFile, outDir), JSON.stringify({ $schema: `./${schemaFile}`, ...edition }, null, 2) + '\n');
console.log(`dist/content/${editionFile} and dist/content/${schemaFile} written`);
