// Bundles the compiled modules in dist/ (from `tsc`) for the CDN, with Lit inside:
// - dist/cdn/peolc-elements.js: one file that defines every element;
// - dist/cdn/elements/<entry>.js: one file per element group, sharing chunks,
//   so a page loads only the elements it uses.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The entry points that define elements, one per element group. */
export const elementEntries = ['provider', 'ambition-wheel', 'foundation-grid', 'building-blocks', 'glossary'];

const plugins = [
  // Lit's production build: no dev-mode warnings or checks in what partners load.
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/peolc-elements.js', format: 'es', sourcemap: true },
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
      experimentalMinChunkSize: 20_000,
    },
    plugins,
  },
];
