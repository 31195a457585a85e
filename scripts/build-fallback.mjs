// Writes what partners need for pages where the script fails or arrives late,
// rendered from the elements themselves (src/fallback/, compiled by tsc):
//
//   dist/peolc-elements.css           the elements' styles for before they upgrade, for the page's <head>
//   dist/fallback/<example>.html      a no-JS snippet per element, ready to paste
//   dist/fallback/index.html          every snippet, rendered as a page without script would show it
//
// Runs after `tsc` (npm run build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { fallbackStylesheet } from '../dist/fallback/stylesheet.js';
import { fallbackSnippet } from '../dist/fallback/render.js';
import { escapeHtml } from '../dist/fallback/markup.js';
import { fallbackExamples } from '../dist/fallback/examples.js';

const dist = new URL('../dist/', import.meta.url);
const outDir = new URL('fallback/', dist);
mkdirSync(outDir, { recursive: true });

// Minified: it is in every partner page's <head>, before anything is shown. The readable rules are src/fallback/.
const { code } = await transform(fallbackStylesheet(), { loader: 'css', minify: true });
writeFileSync(
  new URL('peolc-elements.css', dist),
  `/* peolc-elements: the elements' own styles, for before their script runs and for their no-JS fallbacks. Generated from src/fallback/stylesheet.ts. */\n${code}`,
);

const sections = [];
for (const example of fallbackExamples) {
  const snippet = await fallbackSnippet(example.tag, example.attributes);
  writeFileSync(new URL(`${example.name}.html`, outDir), `${snippet}\n`);
  const preview = example.tag === 'peolc-term' ? `<p>Ask about ${snippet} early.</p>` : snippet;
  sections.push(`    <section aria-labelledby="${example.name}">
      <h2 id="${example.name}"><code>${example.name}.html</code></h2>
      <p>${escapeHtml(example.description)}</p>
${indent(preview, 6)}
      <details>
        <summary>The snippet</summary>
        <pre><code>${escapeHtml(snippet)}</code></pre>
      </details>
    </section>`);
}

writeFileSync(
  new URL('index.html', outDir),
  `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>peolc-elements: no-JS fallbacks</title>
    <link rel="stylesheet" href="../peolc-elements.css" />
  </head>
  <body>
    <main>
    <h1>No-JS fallbacks</h1>
    <p>
      Each element as a page shows it before the script has run, or when it never does: the snippet in
      <code>dist/fallback/</code> inside the element's tag, styled by <code>dist/peolc-elements.css</code>.
      This page loads no script.
    </p>
${sections.join('\n')}
    </main>
  </body>
</html>
`,
);

console.log(`dist/peolc-elements.css and ${fallbackExamples.length} snippets in dist/fallback/ written`);

function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
