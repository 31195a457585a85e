// Preloaded (node --require) by the lint scripts: every require("typescript")
// gets this folder's TypeScript 5. typescript-eslint, its helpers and
// lit-analyzer use TypeScript's JavaScript API, which the TypeScript 7 that
// builds the package (the one the root node_modules has) does not have; npm
// hoists some of them (ts-api-utils, lit-analyzer) beside that TypeScript 7.
const Module = require('node:module');
const typescript = require.resolve('typescript', { paths: [__dirname] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript : resolveFilename.call(this, request, ...rest);
};
