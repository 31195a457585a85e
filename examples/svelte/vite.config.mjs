// The app imports `peolc-elements` from its own node_modules, where
// scripts/test-frameworks.mjs installs the packed tarball (not a link).
// `base: './'` lets the build be served from any folder.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { sourcemap: true },
});
