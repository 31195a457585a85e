import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/foundation-grid.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off.
 */
interface GridArgs {
  expanded?: boolean;
  foundations?: string;
  highlight?: string;
  columns?: string;
  'heading-level'?: string;
  'hide-intro'?: boolean;
}

/** An attribute value, or `nothing` (no attribute) when it is empty. */
const optional = (value: string | undefined) => (value ? value : nothing);

const renderGrid = (args: GridArgs) => html`
  <peolc-foundation-grid
    ?expanded=${args.expanded ?? false}
    foundations=${optional(args.foundations)}
    highlight=${optional(args.highlight)}
    columns=${optional(args.columns)}
    heading-level=${optional(args['heading-level'])}
    ?hide-intro=${args['hide-intro'] ?? false}
  ></peolc-foundation-grid>
`;

const foundationLabels: Record<string, string> = {
  '': '(none)',
  '1': '1: Personalised care planning',
  '2': '2: Shared records',
  '3': '3: Evidence and information',
  '4': '4: Involving, supporting and caring for those important to the dying person',
  '5': '5: Education and training',
  '6': '6: 24/7 access',
  '7': '7: Co-design',
  '8': '8: Leadership',
};

/**
 * `<peolc-foundation-grid>` shows the eight foundations that underpin the
 * ambitions as a grid of tiles: one column in a narrow container, up to four
 * in a wide one. Each tile has a button that shows the foundation’s full
 * text; printed, every full text is shown.
 */
const meta: Meta<GridArgs> = {
  title: 'Elements/Foundation grid',
  component: 'peolc-foundation-grid',
  tags: ['autodocs'],
  argTypes: {
    expanded: { control: 'boolean', description: 'Opens every foundation’s full text.' },
    foundations: {
      control: 'text',
      description: 'Which foundations to show, by number (1–8) or id, separated by commas or spaces, e.g. `1,3,6`. Empty shows all eight.',
    },
    highlight: {
      control: { type: 'select', labels: foundationLabels },
      options: Object.keys(foundationLabels),
      description: 'One foundation to mark, by number (1–8) or id: a thicker border and a “Highlighted” marker.',
    },
    columns: {
      control: { type: 'select', labels: { '': '(not set: follows the width)' } },
      options: ['', '1', '2', '3', '4'],
      description: 'Fixes the number of columns (1–4); a narrow container still shows fewer. Unset: automatic.',
    },
    'heading-level': {
      control: { type: 'select', labels: { '': '(not set: 2)' } },
      options: ['', '2', '3', '4', '5', '6'],
      description: 'Heading level (2–6) of the tiles’ titles. Default 2.',
    },
    'hide-intro': { control: 'boolean', description: 'Hides the introduction line above the grid.' },
  },
  args: { expanded: false, foundations: '', highlight: '', columns: '', 'heading-level': '', 'hide-intro': false },
  render: (args) => renderGrid(args),
};
export default meta;

type Story = StoryObj<GridArgs>;

/** All eight foundations, closed, with the framework’s introduction; the columns follow the width. */
export const Default: Story = {};

/** `expanded`: every foundation’s full text is open. */
export const Expanded: Story = { args: { expanded: true } };

/** `foundations="1,3,6"`: only the foundations listed, in the framework’s order. */
export const Filtered: Story = { args: { foundations: '1,3,6' } };

/** `highlight="4"`: one tile marked by a thicker border and a visible “Highlighted” marker, not by colour alone. */
export const Highlighted: Story = { args: { highlight: '4' } };

/** `columns="2"`: two columns however wide the container is. */
export const FixedColumns: Story = { args: { columns: '2' } };

/** In a 320px container: one column, with nothing wider than the container. */
export const NarrowContainer: Story = {
  args: { highlight: '2' },
  render: (args) => html`<div style="width: 320px">${renderGrid(args)}</div>`,
};

/** In a 1200px container: four columns. */
export const WideContainer: Story = {
  render: (args) => html`<div style="width: 1200px">${renderGrid(args)}</div>`,
};

/** `hide-intro`: the tiles without the introduction line. */
export const IntroHidden: Story = { args: { 'hide-intro': true } };

/** `heading-level="3"`: the tiles’ titles are h3, for a page where the grid sits under an h2. */
export const HeadingLevel: Story = {
  args: { 'heading-level': '3' },
  render: (args) => html`<h2>Foundations for the ambitions</h2>
    ${renderGrid(args)}`,
};
