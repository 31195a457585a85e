import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/foundation-grid.js';
import {
  darkScheme,
  forcedColoursStory,
  headingLevelControl,
  inContainer,
  optional,
  reducedMotionStory,
  themeArgsUnset,
  themeArgTypes,
  type Handler,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off.
 */
interface GridArgs extends ThemeAttributeArgs {
  expanded?: boolean;
  foundations?: string;
  highlight?: string;
  columns?: string;
  'heading-level'?: string;
  'hide-intro'?: boolean;
  /** Filled by Storybook from the manifest's `peolc-foundation-toggle` event. */
  onPeolcFoundationToggle?: Handler;
}

const renderGrid = (args: GridArgs) => html`
  <peolc-foundation-grid
    ?expanded=${args.expanded ?? false}
    foundations=${optional(args.foundations)}
    highlight=${optional(args.highlight)}
    columns=${optional(args.columns)}
    heading-level=${optional(args['heading-level'])}
    ?hide-intro=${args['hide-intro'] ?? false}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-foundation-toggle=${args.onPeolcFoundationToggle}
  ></peolc-foundation-grid>
`;

const foundationLabels: Record<string, string> = Object.fromEntries([
  ['', '(none)'],
  ...ambitions2015to2020.foundations.map((foundation) => [String(foundation.number), `${foundation.number}: ${foundation.title}`]),
]);

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<GridArgs> = {
  title: 'Elements/Foundation grid',
  component: 'peolc-foundation-grid',
  tags: ['autodocs'],
  argTypes: {
    expanded: { control: 'boolean' },
    foundations: { control: 'text' },
    highlight: { control: { type: 'select', labels: foundationLabels }, options: Object.keys(foundationLabels) },
    columns: {
      control: { type: 'select', labels: { '': '(not set: follows the width)' } },
      options: ['', '1', '2', '3', '4'],
    },
    'heading-level': headingLevelControl,
    'hide-intro': { control: 'boolean' },
    ...themeArgTypes,
  },
  args: { expanded: false, foundations: '', highlight: '', columns: '', 'heading-level': '', 'hide-intro': false, ...themeArgsUnset },
  render: (args) => renderGrid(args),
};
export default meta;

type Story = StoryObj<GridArgs>;

/** All eight foundations, closed, with the framework’s introduction; the columns follow the width. */
export const Default: Story = {};

/** `expanded`: every foundation’s full text is open. */
export const Expanded: Story = { args: { expanded: true } };

/** `foundations="1,3,6"`: only the foundations listed, in the framework’s order. Ids work too, e.g. `shared-records`. */
export const Filtered: Story = { args: { foundations: '1,3,6' } };

/** `highlight="4"`: one tile marked by a thicker border and a visible “Highlighted” marker, not by colour alone. */
export const Highlighted: Story = { args: { highlight: '4' } };

/** `columns="2"`: two columns however wide the container is. */
export const FixedColumns: Story = { args: { columns: '2' } };

/** In a 320px container: one column, with nothing wider than the container. */
export const NarrowContainer: Story = { args: { highlight: '2' }, ...inContainer('320px') };

/** In a 600px container: three columns (from 40em of the element's own width). */
export const MediumContainer: Story = { ...inContainer('600px') };

/** In a 1200px container: four columns. */
export const WideContainer: Story = { ...inContainer('1200px') };

/** `hide-intro`: the tiles without the introduction line. */
export const IntroHidden: Story = { args: { 'hide-intro': true } };

/** `heading-level="3"`: the tiles’ titles are h3, for a page where the grid sits under an h2. */
export const HeadingLevel: Story = {
  args: { 'heading-level': '3' },
  render: (args) => html`<h2>Foundations for the ambitions</h2>
    ${renderGrid(args)}`,
};

/** One tile opened with its “Show details” button, as a reader would (the story presses the first button): the others stay closed. */
export const OneTileOpened: Story = {
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector('peolc-foundation-grid');
    await grid?.updateComplete;
    grid?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
  },
};

/** `color-scheme="dark"` on a provider around the grid, with a highlighted tile. */
export const DarkMode: Story = { args: { highlight: '6', foundations: '5,6,7,8' }, ...darkScheme };

/**
 * Forced colours (Windows contrast themes): borders in the system text colour,
 * the highlighted tile’s border in the system highlight colour, the buttons
 * as system buttons. The Storybook check runs it with forced colours emulated.
 */
export const ForcedColours: Story = { args: { highlight: '2', foundations: '1,2,3,4' }, ...forcedColoursStory };

/**
 * Reduced motion: the buttons’ chevron turns with a 150ms transition only
 * when the reader has not asked for reduced motion. Open and close a tile to
 * compare. The Storybook check runs it with reduced motion emulated.
 */
export const ReducedMotion: Story = { args: { foundations: '1,2' }, ...reducedMotionStory };
