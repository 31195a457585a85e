// Builds build/app/ (written by scripts/test-bundlers.mjs) for production with
// Vite into build/vite/, with Vite's defaults, as a partner's Vite app would.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

await build({
  configFile: false,
  root: fileURLToPath(new URL('./build/app/', import.meta.url)),
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('./build/vite/', import.meta.url)), emptyOutDir: true },
});
