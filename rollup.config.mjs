// Bundles the compiled modules in dist/ (from `tsc`) for the CDN, with Lit inside:
// - dist/cdn/peolc-elements.js: one file that defines every element;
// - dist/cdn/elements/<entry>.js: one file per element group, sharing chunks,
//   so a page loads only the elements it uses.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
// The entry points that define elements, one per element group, from the registry
// of tags (src/registry.ts; `npm run build` compiles it before rollup runs).
import { elementEntries } from './dist/registry.js';

/** Which shared chunk a module of the per-element build goes in, if any. */
function sharedChunk(id) {
  // The full text, and what only the elements that always show it use.
  if (/\/dist\/content\/ambitions-2015-2020\/(?!outline\.js)/.test(id) || id.endsWith('/dist/context/full-content.js')) return 'text';
  if (id.includes('/node_modules/lit') || id.includes('/node_modules/@lit/')) return 'shared';
  if (/\/dist\/(context\/(content-context|ui-strings)|themes|elements\/shared|content\/ambitions-2015-2020\/outline|internal)\b/.test(id)) return 'shared';
  return undefined;
}

const plugins = [
  // Lit's production build: no dev-mode warnings or checks in what partners load.
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'dist/index.js',
    // One file with every element and the full text; the validator, needed
    // only with a partner edition, is a chunk the provider loads then.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'peolc-elements.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins,
  },
  {
    input: Object.fromEntries(elementEntries.map((entry) => [entry, `dist/${entry}.js`])),
    output: {
      dir: 'dist/cdn/elements',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Two shared chunks, so a page loads as few files as possible: the
      // framework's full text, and everything else more than one element uses.
      manualChunks: sharedChunk,
    },
    plugins,
  },
];
