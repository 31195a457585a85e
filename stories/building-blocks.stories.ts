import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/building-blocks.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off: for `ambition` that shows all six
 * ambitions.
 */
interface BlocksArgs {
  ambition?: string;
  mode?: string;
  'heading-level'?: string;
  /** `<peolc-building-block>` only. */
  block?: string;
}

/** An attribute value, or `nothing` (no attribute) when it is empty. */
const optional = (value: string | undefined) => (value ? value : nothing);

const renderBlocks = (args: BlocksArgs) => html`
  <peolc-building-blocks
    ambition=${optional(args.ambition)}
    mode=${optional(args.mode)}
    heading-level=${optional(args['heading-level'])}
  ></peolc-building-blocks>
`;

const renderBlock = (args: BlocksArgs) => html`
  <peolc-building-block
    ambition=${optional(args.ambition)}
    block=${optional(args.block)}
    mode=${optional(args.mode)}
    heading-level=${optional(args['heading-level'])}
  ></peolc-building-block>
`;

const ambitionOptions = ['', ...ambitions2015to2020.ambitions.map((ambition) => String(ambition.number))];
const ambitionLabels: Record<string, string> = Object.fromEntries([
  ['', '(none: all six)'],
  ...ambitions2015to2020.ambitions.map((ambition) => [String(ambition.number), `${ambition.number}: ${ambition.title}`]),
]);

const blockOptions = ambitions2015to2020.ambitions.flatMap((ambition) => ambition.buildingBlocks.map((block) => block.id));
const blockLabels: Record<string, string> = Object.fromEntries(
  ambitions2015to2020.ambitions.flatMap((ambition) =>
    ambition.buildingBlocks.map((block) => [block.id, `${ambition.number}: ${block.title}`]),
  ),
);

/** Hides the block control in stories that show only `<peolc-building-blocks>`. */
const hidden = { table: { disable: true } } as const;

/**
 * `<peolc-building-blocks>` shows the building blocks of one ambition, or of
 * all six under ambition headings, as cards: each title as a heading, the
 * at-a-glance summary and a “Read more” button that opens the full text.
 * `<peolc-building-block>` shows one of those cards on its own.
 */
const meta: Meta<BlocksArgs> = {
  title: 'Elements/Building blocks',
  component: 'peolc-building-blocks',
  tags: ['autodocs'],
  argTypes: {
    ambition: {
      control: { type: 'select', labels: ambitionLabels },
      options: ambitionOptions,
      description: 'The ambition whose building blocks to show: its number (1–6) or id. Empty shows all six.',
    },
    mode: {
      control: { type: 'select', labels: { '': '(not set: summary)' } },
      options: ['', 'summary', 'full'],
      description: '`summary`: the at-a-glance summaries with a “Read more” button each; `full`: the full text open.',
    },
    'heading-level': {
      control: { type: 'select', labels: { '': '(not set: 2)' } },
      options: ['', '2', '3', '4', '5', '6'],
      description:
        'Heading level (2–6) of the card titles with one ambition; with all six, of the ambition headings, the card titles one level below. Default 2.',
    },
    block: hidden,
  },
  args: { ambition: '1', mode: '', 'heading-level': '' },
  render: (args) => renderBlocks(args),
};
export default meta;

type Story = StoryObj<BlocksArgs>;

/** One ambition’s building blocks; choose any of the six with the `ambition` control. */
export const OneAmbition: Story = {};

/** No `ambition`: all six ambitions, 34 cards, each group under its own heading. */
export const AllSixAmbitions: Story = { args: { ambition: '' } };

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

/** `<peolc-building-block>`: one building block as a card on its own; choose it with the `block` control. */
export const SingleCard: Story = {
  argTypes: {
    block: {
      control: { type: 'select', labels: blockLabels },
      options: blockOptions,
      description: 'The building block’s id. Block ids are unique, so `ambition` is optional; when set, the block must belong to it.',
      table: { disable: false },
    },
  },
  args: { ambition: '', block: 'honest-conversations' },
  render: (args) => renderBlock(args),
};

/** In a 320px container: one column, nothing wider than the container. */
export const NarrowContainer: Story = {
  args: { ambition: '2' },
  render: (args) => html`<div style="width: 320px">${renderBlocks(args)}</div>`,
};

/** In a 1200px container: three columns of cards, here for all six ambitions. */
export const WideContainer: Story = {
  args: { ambition: '' },
  render: (args) => html`<div style="width: 1200px">${renderBlocks(args)}</div>`,
};

/** Custom card colours through `--peolc-card-background`, `--peolc-card-border` and `--peolc-card-accent` on a wrapper; the accent keeps 4.5:1 on the background. */
export const CustomColours: Story = {
  args: { ambition: '4' },
  render: (args) => html`
    <div style="--peolc-card-background: #f0f4f5; --peolc-card-border: #768692; --peolc-card-accent: #00703c">
      ${renderBlocks(args)}
    </div>
  `,
};
