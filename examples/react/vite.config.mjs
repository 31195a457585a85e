// Vite config for the React example. `npx vite examples/react` runs it on its
// own (after `npm run build`); scripts/build-site.mjs builds it into site/.
//
// `peolc-elements` resolves to this repository through Node's package
// self-reference (the repository's package.json names the package and lists
// its exports, and Vite follows them), exactly as it would from node_modules
// in a partner's app.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
});
