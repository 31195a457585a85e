import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook reads the custom-elements manifest and the edition JSON from
 * `dist/`, so it runs after `npm run build` (the package scripts do both).
 * Nothing is fetched from the network: telemetry and the "what's new"
 * notifications are off, and the fonts are Storybook's own bundled files.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The built-in edition as JSON, for the provider's `src` stories: /content/ambitions-2015-2020.json.
  staticDirs: [{ from: '../dist/content', to: '/content' }],
  async viteFinal(viteConfig) {
    // The preview bundles Lit, the edition and axe: large chunks are expected, and the list of them is noise.
    return {
      ...viteConfig,
      logLevel: 'warn',
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
    };
  },
};
export default config;
