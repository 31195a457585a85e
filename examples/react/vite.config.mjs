// The app imports `peolc-elements` from its own node_modules, where
// scripts/test-frameworks.mjs installs the packed tarball (not a link).
// `base: './'` lets the build be served from any folder.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { sourcemap: true },
});
