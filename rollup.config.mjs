// Bundles the compiled modules in dist/ (from `tsc`) for the CDN: one file
// with Lit inside, loaded by a single <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/cdn/peolc-elements.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
