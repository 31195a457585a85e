import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import './edition-outline.js';

/**
 * `<peolc-provider>` gives every element inside it the framework content and
 * interface strings. These stories show the content it provides through a
 * simple outline (a demo element, not part of the library).
 */
const meta: Meta = {
  title: 'Content/Provider',
  component: 'peolc-provider',
  argTypes: {
    src: { control: 'text', description: 'URL of an edition in JSON to load instead of the built-in one.' },
    timeout: { control: { type: 'number', min: 100, step: 100 }, description: 'Milliseconds to wait for src.' },
  },
  args: { src: '', timeout: 10000 },
  render: ({ src, timeout }) => html`
    <peolc-provider src=${src || ''} timeout=${timeout}>
      <demo-edition-outline></demo-edition-outline>
    </peolc-provider>
  `,
};
export default meta;

type Story = StoryObj;

/** No `src`: the built-in 2015–2020 edition. */
export const BuiltInEdition: Story = {};

/** An edition whose URL cannot be loaded: the elements keep the built-in edition and the provider fires `peolc-content-error`. */
export const EditionFailsToLoad: Story = { args: { src: '/no-such-edition.json' } };
