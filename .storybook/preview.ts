import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/provider.js';
import { componentDescription, extractArgTypes, manifest } from './manifest.js';

// The docs of every story file whose `component` is a tag name (its
// description and args table) come from the custom-elements manifest that
// `npm run build` generates, so they cannot drift from the code.
setCustomElementsManifest(manifest);

const themeValues = ['none', 'default', 'nhs', 'neutral', 'high-contrast'] as const;
const schemeValues = ['light', 'dark', 'auto'] as const;
// Not bare numbers: Storybook reads `320` in a URL's globals as a number.
const widthValues = ['auto', '320px', '600px', '1200px'] as const;

const pick = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

/**
 * Applies the toolbar: wraps every story in a surface painted with the
 * theme's background and text colours, in a container of the chosen width,
 * and (when a theme or colour scheme is chosen) in
 * `<peolc-provider theme="…" color-scheme="…">`, exactly as a partner page
 * would theme the elements. Stories can fix any of these with `globals`.
 */
const withToolbar: Decorator = (story, context) => {
  const theme = pick(themeValues, context.globals.theme, 'none');
  const scheme = pick(schemeValues, context.globals.colorScheme, 'light');
  const width = pick(widthValues, context.globals.width, 'auto');
  const content = width === 'auto' ? story() : html`<div class="peolc-sb-width-${width}">${story()}</div>`;
  const surface = html`<div class="peolc-sb-surface ${context.viewMode === 'story' ? 'peolc-sb-canvas' : ''}">${content}</div>`;
  if (theme === 'none' && scheme === 'light') return surface;
  return html`<peolc-provider theme=${theme === 'none' ? nothing : theme} color-scheme=${scheme === 'light' ? nothing : scheme}
    >${surface}</peolc-provider
  >`;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Ready theme, set on a <peolc-provider> around the story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No theme (built-in defaults)' },
          { value: 'default', title: 'theme="default"' },
          { value: 'nhs', title: 'theme="nhs"' },
          { value: 'neutral', title: 'theme="neutral"' },
          { value: 'high-contrast', title: 'theme="high-contrast"' },
        ],
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: 'Colour scheme, set on a <peolc-provider> around the story',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'color-scheme="dark"' },
          { value: 'auto', title: 'color-scheme="auto" (follows the system)' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the container the story sits in',
      toolbar: {
        title: 'Container width',
        icon: 'ruler',
        items: [
          { value: 'auto', title: 'Container: auto' },
          { value: '320px', title: 'Container: 320px' },
          { value: '600px', title: 'Container: 600px' },
          { value: '1200px', title: 'Container: 1200px' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'none', colorScheme: 'light', width: 'auto' },
  decorators: [withToolbar],
  parameters: {
    // The decorator's surface pads the story and fills the canvas.
    layout: 'fullscreen',
    a11y: {
      // Every story is checked against WCAG 2.2 AA, and a violation fails the check.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
    // Rows in the manifest's order: as each element's JSDoc lists them.
    controls: { expanded: true },
    docs: {
      toc: { headingSelector: 'h2, h3', title: 'On this page' },
      // "Show code" gives the story's own markup, without the toolbar's wrappers.
      source: { excludeDecorators: true },
      extractArgTypes,
      // The element's JSDoc, then any notes the story file adds about its stories and controls.
      extractComponentDescription: (component: unknown, { parameters }: { parameters?: { docs?: { notes?: string } } }) =>
        [componentDescription(component), parameters?.docs?.notes].filter(Boolean).join('\n\n'),
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Embed in five minutes', 'Theming', 'Accessibility'],
          'Elements',
          ['Ambition wheel', 'Ambition', 'Foundation grid', 'Building blocks', 'Building block', 'Glossary', 'Term', 'Framework'],
          'Content',
          'Foundations',
          'Embedding',
        ],
      },
    },
  },
};
export default preview;
