// Serves the demo pages on localhost: the elements straight from src/ (so
// edits show on reload) and the built files in dist/.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: 'localhost',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.config;
console.log(`\npeolc-elements demo running at http://localhost:${port}/demo/\nPress Ctrl+C to stop.\n`);
