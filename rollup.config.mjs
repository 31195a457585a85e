// Bundles the compiled modules in dist/ (from `tsc`) for the CDN, with Lit inside:
// - dist/cdn/peolc-elements.js: one file that defines every element, and needs
//   no other file (the validator a partner edition needs is inside it);
// - dist/cdn/elements/<entry>.js: one file per element group, sharing chunks,
//   so a page loads only the elements it uses;
// - dist/cdn/autoload.js: a small script that imports those per-element files
//   for the tags a page has (src/autoload/autoload.ts).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { minifyCssPart } from './scripts/minify-templates.mjs';
// The entry points that define elements, one per element group, from the registry
// of tags (src/registry.ts; `npm run build` compiles it before rollup runs).
import { elementEntries, elements } from './dist/registry.js';

/** Which shared chunk a module of the per-element build goes in, if any. */
function sharedChunk(id) {
  // The full text, and what only the elements that always show it use.
  // (Not the outline, nor the opening sections only the explorer shows, which go in its file.)
  if (/\/dist\/content\/ambitions-2015-2020\/(?!outline\.js|opening\.js|complete\.js)/.test(id) || id.endsWith('/dist/context/full-content.js'))
    return 'text';
  if (id.includes('/node_modules/lit') || id.includes('/node_modules/@lit/')) return 'shared';
  // What only the grid and the cards use, their disclosure and its state: a chunk of their own, not on a wheel's page.
  if (id.endsWith('/dist/elements/shared/disclosure.js') || id.endsWith('/dist/model/open-state.js')) return 'disclosure';
  if (
    /\/dist\/(context\/(content-context|ui-strings)|themes|elements\/shared|model\/(lookup|links|detail-parts)|content\/ambitions-2015-2020\/outline|internal)\b/.test(
      id,
    )
  )
    return 'shared';
  return undefined;
}

/**
 * The autoloader's entry, a module of its own: `autoload()` with each tag and
 * the entry point that defines it, written here from the registry, and the
 * address of the built file, beside which the `elements/` folder sits.
 */
function autoloadEntry() {
  const id = '\0peolc-autoload';
  const tagEntries = Object.fromEntries(elements.map(({ tag, entry }) => [tag, entry]));
  const module = fileURLToPath(new URL('./dist/autoload/autoload.js', import.meta.url));
  return {
    name: 'peolc-autoload-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id ? `import { autoload } from ${JSON.stringify(module)};\nautoload(${JSON.stringify(tagEntries)}, import.meta.url);\n` : null,
  };
}

/**
 * The plugin's own strategy (html-minifier-next for html`` and svg``, lightningcss for css``),
 * except that a css`` template lightningcss cannot parse (an expression where a selector goes)
 * gets the whitespace-only minifier, one static part at a time, rather than no minifying at all.
 */
const minifyStrategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    try {
      return defaultStrategy.minifyCSS(css, options);
    } catch {
      return css
        .split(/(@TEMPLATE_EXPRESSION_*\(\);)/)
        .map((part, index) => (index % 2 ? part : minifyCssPart(part)))
        .join('');
    }
  },
};

const plugins = [
  // Lit's production build: no dev-mode warnings or checks in what partners load.
  nodeResolve({ exportConditions: ['production'] }),
  // The static text of Lit's html``, svg`` and css`` templates, which terser leaves alone.
  minifyHtmlLiterals({ failOnError: true, options: { strategy: minifyStrategy } }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'dist/index.js',
    // One file with every element and the full text, and the validator a
    // provider loads with a partner edition inlined (it runs only then), so
    // the file works uploaded alone to a CMS media library that flattens folders.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'peolc-elements.js',
      inlineDynamicImports: true,
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
      // Few shared chunks, so a page loads as few files as possible: the
      // framework's full text, the grid's and the cards' disclosure, and
      // everything else more than one element uses.
      manualChunks: sharedChunk,
    },
    plugins,
  },
  {
    input: '\0peolc-autoload',
    output: { file: 'dist/cdn/autoload.js', format: 'es', sourcemap: true },
    plugins: [autoloadEntry(), ...plugins],
  },
];
