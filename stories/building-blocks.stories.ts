import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/building-blocks.js';
import {
  darkScheme,
  forcedColoursStory,
  headingLevelControl,
  inContainer,
  optional,
  themeArgsUnset,
  themeArgTypes,
  type Handler,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off: for `ambition` that shows all six
 * ambitions.
 */
interface BlocksArgs extends ThemeAttributeArgs {
  ambition?: string;
  mode?: string;
  expanded?: boolean;
  'heading-level'?: string;
  /** Filled by Storybook from the manifest's `peolc-building-block-toggle` event. */
  onPeolcBuildingBlockToggle?: Handler;
}

const renderBlocks = (args: BlocksArgs) => html`
  <peolc-building-blocks
    ambition=${optional(args.ambition)}
    mode=${optional(args.mode)}
    ?expanded=${args.expanded ?? false}
    heading-level=${optional(args['heading-level'])}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-building-block-toggle=${args.onPeolcBuildingBlockToggle}
  ></peolc-building-blocks>
`;

const ambitionOptions = ['', ...ambitions2015to2020.ambitions.map((ambition) => String(ambition.number))];
const ambitionLabels: Record<string, string> = Object.fromEntries([
  ['', '(none: all six)'],
  ...ambitions2015to2020.ambitions.map((ambition) => [String(ambition.number), `${ambition.number}: ${ambition.title}`]),
]);

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<BlocksArgs> = {
  title: 'Elements/Building blocks',
  component: 'peolc-building-blocks',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes: '[`<peolc-building-block>`](?path=/docs/elements-building-block--docs) shows one card on its own.',
    },
  },
  argTypes: {
    ambition: { control: { type: 'select', labels: ambitionLabels }, options: ambitionOptions },
    mode: { control: { type: 'select', labels: { '': '(not set: summary)' } }, options: ['', 'summary', 'full'] },
    expanded: { control: 'boolean' },
    'heading-level': headingLevelControl,
    ...themeArgTypes,
  },
  args: { ambition: '1', mode: '', expanded: false, 'heading-level': '', ...themeArgsUnset },
  render: (args) => renderBlocks(args),
};
export default meta;

type Story = StoryObj<BlocksArgs>;

/** One ambition’s building blocks; choose any of the six with the `ambition` control. */
export const OneAmbition: Story = {};

/** No `ambition`: all six ambitions, 34 cards, each group under its own heading. */
export const AllSixAmbitions: Story = { args: { ambition: '' } };

/** `expanded`: every card’s full text open, each button reading “Show less”; a reader can still close any of them. */
export const AllExpanded: Story = { args: { ambition: '3', expanded: true } };

/** `mode="full"`: every card shows its full text, with no buttons. */
export const FullMode: Story = { args: { ambition: '3', mode: 'full' } };

/** A card opened with its “Read more” button, as a reader would (the story presses the first button). */
export const ExpandedCard: Story = {
  args: { ambition: '1' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('peolc-building-blocks');
    await element?.updateComplete;
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
  },
};

/** `heading-level="3"` with all six: the ambition headings are h3 and the card titles h4. */
export const HeadingLevels: Story = {
  args: { ambition: '', 'heading-level': '3' },
  render: (args) => html`<h2>Building blocks for each ambition</h2>
    ${renderBlocks(args)}`,
};

/** In a 320px container: one column, nothing wider than the container. */
export const NarrowContainer: Story = { args: { ambition: '2' }, ...inContainer('320px') };

/** In a 600px container: two columns (from 40em of the element’s own width). */
export const MediumContainer: Story = { args: { ambition: '2' }, ...inContainer('600px') };

/** In a 1200px container: three columns of cards, here for all six ambitions. */
export const WideContainer: Story = { args: { ambition: '' }, ...inContainer('1200px') };

/** Custom card colours through `--peolc-card-background-color`, `--peolc-card-border-color` and `--peolc-card-accent-color` on a wrapper; the accent keeps 4.5:1 on the background. */
export const CustomColours: Story = {
  args: { ambition: '4' },
  render: (args) => html`
    <div style="--peolc-card-background-color: #f0f4f5; --peolc-card-border-color: #768692; --peolc-card-accent-color: #00703c">
      ${renderBlocks(args)}
    </div>
  `,
};

/** `color-scheme="dark"` on a provider around the cards. */
export const DarkMode: Story = { args: { ambition: '5' }, ...darkScheme };

/**
 * Forced colours (Windows contrast themes): card edges in the system text
 * colour and the “Read more” buttons in the system link colour. The
 * Storybook check runs it with forced colours emulated.
 */
export const ForcedColours: Story = { args: { ambition: '5' }, ...forcedColoursStory };
