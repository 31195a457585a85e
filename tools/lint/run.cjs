// `node tools/lint/run.cjs <eslint|lit-analyzer|prettier> [args]`: runs the tool's CLI
// with this folder's TypeScript 5 in place of the root's TypeScript 7, for
// every require("typescript") (see typescript-5.cjs), wherever npm put the tool.
require('./typescript-5.cjs');
const path = require('node:path');
const bins = { eslint: 'bin/eslint.js', 'lit-analyzer': 'cli.js', prettier: 'bin/prettier.cjs' };
const [tool, ...args] = process.argv.slice(2);
if (!(tool in bins)) throw new Error(`run.cjs: no tool ${tool}; one of ${Object.keys(bins).join(', ')}`);
process.argv = [process.argv[0], tool, ...args];
require(path.join(path.dirname(require.resolve(`${tool}/package.json`, { paths: [__dirname] })), bins[tool]));
