// Stands for a partner's own app on the double-load page: it imports the npm
// build (`peolc-elements`, resolved through the package's exports, with
// Lit bundled in) as a bundler would. scripts/build-site.mjs bundles it with
// esbuild to site/demo/npm-app.js.
import { version } from 'peolc-elements';

const tags = ['peolc-provider', 'peolc-ambition-wheel', 'peolc-ambition', 'peolc-foundation-grid', 'peolc-building-blocks', 'peolc-building-block', 'peolc-glossary', 'peolc-term'];
const status = document.getElementById('double-load-status');
if (status) {
  const defined = tags.filter((tag) => customElements.get(tag));
  status.textContent = `The npm build (version ${version}) ran after two copies of the CDN file. ${defined.length} of ${tags.length} tags are defined, each once.`;
}
