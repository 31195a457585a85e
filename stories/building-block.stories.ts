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

/** Arguments of these stories, named after the attributes they set. An empty string leaves the attribute off. */
interface BlockArgs extends ThemeAttributeArgs {
  block?: string;
  ambition?: string;
  mode?: string;
  expanded?: boolean;
  'heading-level'?: string;
  /** Filled by Storybook from the manifest's `peolc-building-block-toggle` event. */
  onPeolcBuildingBlockToggle?: Handler;
}

const renderBlock = (args: BlockArgs) => html`
  <peolc-building-block
    block=${optional(args.block)}
    ambition=${optional(args.ambition)}
    mode=${optional(args.mode)}
    ?expanded=${args.expanded ?? false}
    heading-level=${optional(args['heading-level'])}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-building-block-toggle=${args.onPeolcBuildingBlockToggle}
  ></peolc-building-block>
`;

const blockOptions = ambitions2015to2020.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => block.id));
const blockLabels: Record<string, string> = Object.fromEntries(
  ambitions2015to2020.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => [block.id, `${ambition.number}: ${block.title}`])),
);
const ambitionOptions = ['', ...ambitions2015to2020.ambitions.map((ambition) => String(ambition.number))];
const ambitionLabels: Record<string, string> = Object.fromEntries([
  ['', '(not set: any)'],
  ...ambitions2015to2020.ambitions.map((ambition) => [String(ambition.number), `${ambition.number}: ${ambition.title}`]),
]);

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<BlockArgs> = {
  title: 'Elements/Building block',
  component: 'peolc-building-block',
  tags: ['autodocs'],
  argTypes: {
    block: { control: { type: 'select', labels: blockLabels }, options: blockOptions },
    ambition: { control: { type: 'select', labels: ambitionLabels }, options: ambitionOptions },
    mode: { control: { type: 'select', labels: { '': '(not set: summary)' } }, options: ['', 'summary', 'full'] },
    expanded: { control: 'boolean' },
    'heading-level': headingLevelControl,
    ...themeArgTypes,
  },
  args: { block: 'honest-conversations', ambition: '', mode: '', expanded: false, 'heading-level': '', ...themeArgsUnset },
  render: renderBlock,
};
export default meta;

type Story = StoryObj<BlockArgs>;

/** `block="honest-conversations"`: one card, its full text behind “Read more”. */
export const SingleCard: Story = {};

/** `expanded`: the full text open, as after “Read more”; the button reads “Show less”. */
export const Expanded: Story = { args: { expanded: true } };

/** `mode="full"`: the full text open, with no button. */
export const FullMode: Story = { args: { block: 'integrated-care', mode: 'full' } };

/** `ambition="3"` with one of its blocks. Block ids are unique, so `ambition` is optional. */
export const WithItsAmbition: Story = { args: { ambition: '3', block: ambitions2015to2020.ambitions[2]!.buildingBlocks[0]!.id } };

/** Cards side by side in a partner’s own grid, each a list item: the page chooses the layout. */
export const InAPagesGrid: Story = {
  render: (args) => html`
    <ul style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 1em; margin: 0; padding: 0; list-style: none">
      <li>${renderBlock({ ...args, block: 'honest-conversations' })}</li>
      <li>${renderBlock({ ...args, block: 'integrated-care' })}</li>
      <li>${renderBlock({ ...args, block: 'community-partnerships' })}</li>
    </ul>
  `,
};

/** In a 320px container: long words and the button wrap, with nothing wider than the container. */
export const NarrowContainer: Story = { args: { mode: 'full' }, ...inContainer('320px') };

/** `color-scheme="dark"` on a provider around the card. */
export const DarkMode: Story = { ...darkScheme };

/** Forced colours (Windows contrast themes). The Storybook check runs it with forced colours emulated. */
export const ForcedColours: Story = { ...forcedColoursStory };
