// The app imports `peolc-elements` from its own node_modules, where
// scripts/test-frameworks.mjs installs the packed tarball (not a link).
// `base: './'` lets the build be served from any folder.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The library's tags are custom elements, not Vue components. */
export const isCustomElement = (tag) => tag.startsWith('peolc-');

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  build: { sourcemap: true },
});
