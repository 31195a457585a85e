// Stands for a partner's own app on the double-load page: it imports the npm
// build (`peolc-elements`, resolved through the package's exports, with
// Lit bundled in) as a bundler would. scripts/build-site.mjs bundles it with
// esbuild to site/demo/npm-app.js.
import { version } from 'peolc-elements';
// The page's own check, not the partner's code: every tag in the registry.
import { peolcTags as tags } from '../dist/registry.js';

const status = document.getElementById('double-load-status');
if (status) {
  const defined = tags.filter((tag) => customElements.get(tag));
  status.textContent = `The npm build (version ${version}) ran after two copies of the CDN file. ${defined.length} of ${tags.length} tags are defined, each once.`;
}
