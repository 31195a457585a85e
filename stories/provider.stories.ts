import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020, type Edition } from '../src/content/index.js';
import '../src/index.js';
import { defineEditionOutline } from './edition-outline.js';
import { optional, themeArgsUnset, themeArgTypes, type Handler, type ThemeAttributeArgs } from './story-helpers.js';

defineEditionOutline();

/** Arguments of these stories, named after the provider's attributes. An empty string leaves the attribute off. */
interface ProviderArgs extends ThemeAttributeArgs {
  src?: string;
  timeout?: number;
  strings?: string;
  /** Filled by Storybook from the manifest's events. */
  onPeolcContentLoad?: Handler;
  onPeolcContentError?: Handler;
}

/**
 * A local adaptation, as a partner might publish one: a modified copy of the
 * built-in edition with its own metadata, vision, first ambition statement
 * and introduction to the foundations. It is plain JSON data, so the
 * provider's `validateContent()` accepts it.
 */
function localAdaptation(): Edition {
  const edition = structuredClone(ambitions2015to2020);
  edition.id = 'northshire-ambitions-2024-2027';
  edition.metadata = {
    ...edition.metadata,
    title: 'Northshire Ambitions for Palliative and End of Life Care 2024-2027, adapted from the national framework',
    years: { start: 2024, end: 2027 },
    publisher: 'Northshire End of Life Care Partnership',
    published: '2024-04',
    url: 'www.example.org/northshire-ambitions',
  };
  edition.vision =
    'In Northshire, I can make the last stage of my life as good as possible because everyone works together to help me and the people who are important to me.';
  edition.ambitions[0]!.statement =
    'I, and the people important to me, have honest conversations with the people who care for me, in my own language and at my own pace.';
  edition.foundationsIntro = 'Our partnership builds on the eight national foundations, with a local lead for each.';
  return edition;
}

/** An edition the provider refuses: six ambitions are required. */
function brokenEdition(): unknown {
  const edition = structuredClone(ambitions2015to2020);
  edition.ambitions = edition.ambitions.slice(0, 5);
  return edition;
}

/** Interface strings in a partner's house style, as the `strings` attribute takes them (JSON). */
const houseStyleStrings = JSON.stringify({
  readMore: 'Read the full text',
  readLess: 'Hide the full text',
  showDetails: 'Read about this foundation',
  hideDetails: 'Close',
  foundationHighlighted: 'Our focus this year',
});

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<ProviderArgs> = {
  title: 'Content/Provider',
  component: 'peolc-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes:
        'These stories show what the provider gives the elements inside it through a simple outline (a demo element, not part of the library) with the provider’s `status`, and real elements where the content differs. The `src` stories load the built-in edition as JSON, which Storybook serves from `dist/content/`.',
    },
  },
  argTypes: {
    src: { control: 'text' },
    timeout: { control: { type: 'number', min: 100, step: 100 } },
    strings: { control: 'text' },
    ...themeArgTypes,
  },
  args: { src: '', timeout: 10000, strings: '', ...themeArgsUnset },
  render: (args) => html`
    <peolc-provider
      src=${optional(args.src)}
      timeout=${optional(args.timeout)}
      strings=${optional(args.strings)}
      theme=${optional(args.theme)}
      color-scheme=${optional(args['color-scheme'])}
      @peolc-content-load=${args.onPeolcContentLoad}
      @peolc-content-error=${args.onPeolcContentError}
    >
      <demo-edition-outline></demo-edition-outline>
    </peolc-provider>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** No `src`: the built-in 2015–2020 edition (`status="built-in"`). */
export const BuiltInEdition: Story = {};

/** `src="content/ambitions-2015-2020.json"`: an edition fetched and validated (`status="loaded"`, event `peolc-content-load`). */
export const LoadedFromSrc: Story = { args: { src: 'content/ambitions-2015-2020.json' } };

/**
 * A provider whose `edition` property is a modified copy of the built-in
 * edition (set in the story’s render function, as an app would): a local
 * adaptation with its own vision, first ambition statement and foundations
 * introduction. The wheel and the grid inside show it.
 */
export const CustomEdition: Story = {
  argTypes: { src: { table: { disable: true } }, timeout: { table: { disable: true } } },
  render: (args) => html`
    <peolc-provider
      .edition=${localAdaptation()}
      strings=${optional(args.strings)}
      theme=${optional(args.theme)}
      color-scheme=${optional(args['color-scheme'])}
      @peolc-content-load=${args.onPeolcContentLoad}
      @peolc-content-error=${args.onPeolcContentError}
    >
      <demo-edition-outline></demo-edition-outline>
      <peolc-ambition-wheel selected="1" panel heading-level="3"></peolc-ambition-wheel>
      <peolc-foundation-grid foundations="1,2" heading-level="3"></peolc-foundation-grid>
    </peolc-provider>
  `,
};

/** `strings='{"readMore": "Read the full text", …}'`: interface strings in a partner’s house style (or translated). */
export const CustomStrings: Story = {
  args: { strings: houseStyleStrings },
  render: (args) => html`
    <peolc-provider
      strings=${optional(args.strings)}
      theme=${optional(args.theme)}
      color-scheme=${optional(args['color-scheme'])}
    >
      <peolc-foundation-grid foundations="1,2,3" highlight="2" heading-level="3"></peolc-foundation-grid>
      <peolc-building-block block="honest-conversations" heading-level="3"></peolc-building-block>
    </peolc-provider>
  `,
};

/**
 * An edition whose URL cannot be loaded (HTTP 404): the elements keep the
 * built-in edition, `status` is `error`, the provider fires
 * `peolc-content-error` and logs one console error, as it should.
 */
export const EditionFailsToLoad: Story = {
  tags: ['expect-console-error'],
  args: { src: '/no-such-edition.json' },
};

/**
 * An `edition` property the provider refuses (five ambitions, not six): the
 * elements keep the built-in edition, and the console error lists the
 * problems.
 */
export const InvalidEdition: Story = {
  tags: ['expect-console-error'],
  argTypes: { src: { table: { disable: true } }, timeout: { table: { disable: true } } },
  render: (args) => html`
    <peolc-provider .edition=${brokenEdition()} @peolc-content-error=${args.onPeolcContentError}>
      <demo-edition-outline></demo-edition-outline>
    </peolc-provider>
  `,
};
