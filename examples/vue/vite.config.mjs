// Vite config for the Vue example. `npx vite examples/vue` runs it on its own
// (after `npm run build`); scripts/build-site.mjs builds it into site/.
//
// `peolc-elements` resolves to this repository through Node's package
// self-reference (the repository's package.json names the package and lists
// its exports, and Vite follows them), exactly as it would from node_modules.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      template: {
        // The library's tags are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('peolc-') },
      },
    }),
  ],
});
