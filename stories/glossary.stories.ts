import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/glossary.js';
import {
  darkScheme,
  forcedColoursStory,
  inContainer,
  optional,
  themeArgsUnset,
  themeArgTypes,
  type Handler,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off.
 */
interface GlossaryArgs extends ThemeAttributeArgs {
  terms?: string;
  label?: string;
  query?: string;
  /** Filled by Storybook from the manifest's `peolc-glossary-search` event. */
  onPeolcGlossarySearch?: Handler;
}

const renderGlossary = (args: GlossaryArgs) => html`
  <peolc-glossary
    terms=${optional(args.terms)}
    label=${optional(args.label)}
    query=${optional(args.query)}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-glossary-search=${args.onPeolcGlossarySearch}
  ></peolc-glossary>
`;

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<GlossaryArgs> = {
  title: 'Elements/Glossary',
  component: 'peolc-glossary',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes: '[`<peolc-term>`](?path=/docs/elements-term--docs) marks a term in running text and opens its definition in place.',
    },
  },
  argTypes: {
    terms: { control: 'text' },
    label: { control: 'text' },
    query: { control: 'text' },
    ...themeArgTypes,
  },
  args: { terms: '', label: '', query: '', ...themeArgsUnset },
  render: (args) => renderGlossary(args),
};
export default meta;

type Story = StoryObj<GlossaryArgs>;

/** The whole glossary of the built-in edition, alphabetical, with its search box. */
export const FullGlossary: Story = { args: { label: 'Glossary' } };

/** `terms="end-of-life,palliative-care,advance-care-planning,mental-capacity"`: only the entries a page needs. */
export const LimitedToSomeTerms: Story = { args: { terms: 'end-of-life,palliative-care,advance-care-planning,mental-capacity' } };

/** `query="planning"`: the glossary starts filtered, as if the reader had typed it; the status says how many terms are shown. */
export const PrefilledSearch: Story = { args: { query: 'planning' } };

/** `query="CCG"`: other ways of writing a term match too. */
export const SearchByAlias: Story = { args: { query: 'CCG' } };

/** `query="xylophone"`: nothing matches, so the list says so and suggests what to try. */
export const NoMatches: Story = { args: { query: 'xylophone' } };

/** The glossary in a 320px container: the search box and every entry reflow, with no horizontal scrolling. */
export const NarrowContainer: Story = { args: { terms: 'end-of-life,palliative-care,clinical-commissioning-group' }, ...inContainer('320px') };

/** In a 1200px container: the search box stops growing at `--peolc-glossary-search-max-width` (30em). */
export const WideContainer: Story = { args: { terms: 'end-of-life,palliative-care,bereavement' }, ...inContainer('1200px') };

/** Custom properties on a wrapper restyle the glossary and the definition panels. */
export const CustomTheme: Story = {
  args: { terms: 'bereavement,carer,compassionate-communities' },
  render: (args) => html`
    <div
      style="--peolc-text-color: #1d2a3a; --peolc-glossary-term-color: #4c2a85; --peolc-glossary-divider-color: #4c2a85; --peolc-term-underline-color: #4c2a85; --peolc-term-popover-border-color: #4c2a85; --peolc-term-popover-width: 20em"
    >
      <p>Our <peolc-term term="compassionate-communities">compassionate communities</peolc-term> programme supports carers.</p>
      ${renderGlossary(args)}
    </div>
  `,
};

/** `color-scheme="dark"` on a provider around the glossary, filtered. */
export const DarkMode: Story = { args: { query: 'care' }, ...darkScheme };

/**
 * Forced colours (Windows contrast themes): the search box, the dividers and
 * the notes take the system text colour. The Storybook check runs it with
 * forced colours emulated.
 */
export const ForcedColours: Story = { args: { terms: 'end-of-life,palliative-care,bereavement' }, ...forcedColoursStory };

/** Forced colours with nothing matching: the message’s dashed border takes the system text colour. */
export const ForcedColoursNoMatches: Story = { args: { query: 'xylophone' }, ...forcedColoursStory };
