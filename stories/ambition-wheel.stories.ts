import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/ambition-wheel.js';
import { ambitionLabels, ambitionOptions, renderWheel, type WheelArgs } from './ambition-wheel-render.js';
import {
  darkScheme,
  forcedColoursStory,
  headingLevelControl,
  inContainer,
  reducedMotionStory,
  themeArgsUnset,
  themeArgTypes,
} from './story-helpers.js';

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<WheelArgs> = {
  title: 'Elements/Ambition wheel',
  component: 'peolc-ambition-wheel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes:
        '`panel` adds the panel for the selected ambition; `parts` (`what-we-know`, `building-blocks`, or both separated by a space) adds those parts to it, as on `<peolc-ambition>`. [`<peolc-ambition>`](?path=/docs/elements-ambition--docs) shows one ambition in full, on its own or following a wheel.',
    },
  },
  argTypes: {
    selected: { control: { type: 'select', labels: ambitionLabels }, options: ambitionOptions },
    label: { control: 'text' },
    'href-template': { control: 'text' },
    'show-foundations': { control: 'boolean' },
    panel: { control: 'boolean' },
    parts: { control: 'text' },
    'heading-level': headingLevelControl,
    ...themeArgTypes,
  },
  args: { selected: '', label: '', 'href-template': '', 'show-foundations': false, panel: false, parts: '', 'heading-level': '', ...themeArgsUnset },
  render: (args) => renderWheel(args),
};
export default meta;

type Story = StoryObj<WheelArgs>;

/** Nothing selected: the vision sits in the centre and every segment is unselected. */
export const NothingSelected: Story = {};

/** Ambition 1, “Each person is seen as an individual”, selected. */
export const Selected1: Story = { args: { selected: '1' } };

/** Ambition 2, “Each person gets fair access to care”, selected. */
export const Selected2: Story = { args: { selected: '2' } };

/** Ambition 3, “Maximising comfort and wellbeing”, selected. */
export const Selected3: Story = { args: { selected: '3' } };

/** Ambition 4, “Care is coordinated”, selected. */
export const Selected4: Story = { args: { selected: '4' } };

/** Ambition 5, “All staff are prepared to care”, selected. */
export const Selected5: Story = { args: { selected: '5' } };

/** Ambition 6, “Each community is prepared to help”, selected. */
export const Selected6: Story = { args: { selected: '6' } };

/** `selected="maximising-comfort-and-wellbeing"`: an ambition chosen by its id instead of its number. */
export const SelectedById: Story = { args: { selected: ambitions2015to2020.ambitions[2]!.id } };

/** `show-foundations`: the eight foundations as a band beneath the ring. */
export const WithFoundations: Story = { args: { 'show-foundations': true } };

/** `panel` with nothing selected: the panel asks the reader to choose an ambition. */
export const PanelNothingSelected: Story = { args: { panel: true } };

/** `panel`: a panel with the selected ambition’s number, title and “I” statement. */
export const WithPanel: Story = { args: { selected: '1', panel: true } };

/** `panel parts="what-we-know building-blocks"`: the panel adds what we already know and the building blocks. */
export const WithPanelParts: Story = { args: { selected: '3', panel: true, parts: 'what-we-know building-blocks' } };

/** Both: `show-foundations` and `panel parts="what-we-know"`, the fullest wheel. */
export const WithFoundationsAndPanel: Story = { args: { selected: '4', 'show-foundations': true, panel: true, parts: 'what-we-know' } };

/** `href-template="#ambition-{number}"`: the segments are links instead of a radio group; the selected one has `aria-current`. */
export const AsLinks: Story = { args: { 'href-template': '#ambition-{number}', selected: '2' } };

/** In a 320px container the wheel shows numbers on the segments and lists the titles beneath it. */
export const CompactContainer: Story = { args: { selected: '2' }, ...inContainer('320px') };

/** The fullest wheel in a 320px container: the band and the panel stack beneath the ring. */
export const CompactWithFoundationsAndPanel: Story = {
  args: { selected: '2', 'show-foundations': true, panel: true, parts: 'what-we-know' },
  ...inContainer('320px'),
};

/** In a 600px container, just above the 34em breakpoint: the titles sit on the segments. */
export const MediumContainer: Story = { args: { selected: '5' }, ...inContainer('600px') };

/** In a 1200px container the titles sit on the segments and the panel sits beside the wheel. */
export const WideContainer: Story = { args: { selected: '2', panel: true, parts: 'what-we-know' }, ...inContainer('1200px') };

/** A custom `label`: the accessible name of the wheel. */
export const CustomLabel: Story = { args: { label: 'The six ambitions of our local end of life care strategy' } };

/**
 * Keyboard focus on the selected ambition, as after Tab: the focus ring is
 * drawn around its segment as well as on the title. Try the arrow keys, Home
 * and End.
 */
export const KeyboardFocus: Story = {
  args: { selected: '3' },
  play: async ({ canvasElement }) => {
    const wheel = canvasElement.querySelector('peolc-ambition-wheel');
    await wheel?.updateComplete;
    wheel?.shadowRoot?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
  },
};

/** Custom segment colours through `--peolc-ambition-N-color` on a wrapper, each with at least 4.5:1 for white text. */
export const CustomColours: Story = {
  args: { selected: '4' },
  render: (args) => html`
    <div
      style="--peolc-ambition-1-color: #0b5563; --peolc-ambition-2-color: #4a5d23; --peolc-ambition-3-color: #b42318; --peolc-ambition-4-color: #6b3fa0; --peolc-ambition-5-color: #7a4b00; --peolc-ambition-6-color: #1d4f91"
    >
      ${renderWheel(args)}
    </div>
  `,
};

/** `color-scheme="dark"` on a provider around the wheel: pale segments with dark text on a near-black background. */
export const DarkMode: Story = { args: { selected: '3', 'show-foundations': true, panel: true }, ...darkScheme };

/**
 * Forced colours (Windows contrast themes): system colours only, the selected
 * segment filled with the highlight colour. Emulate with DevTools › Rendering
 * › forced-colors: active; the Storybook check runs it so.
 */
export const ForcedColours: Story = { args: { selected: '3', 'show-foundations': true, panel: true }, ...forcedColoursStory };

/**
 * Reduced motion: the selected segment moves outward with a 150ms transition
 * only when the reader has not asked for reduced motion; with
 * `prefers-reduced-motion: reduce` it moves at once. Choose other ambitions
 * to compare (DevTools › Rendering › prefers-reduced-motion); the Storybook
 * check runs it with reduced motion emulated.
 */
export const ReducedMotion: Story = { args: { selected: '3' }, ...reducedMotionStory };
