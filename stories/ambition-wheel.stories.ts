import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/ambition-wheel.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string or `undefined` leaves the attribute off, except `detail`: there an
 * empty string is meaningful (a panel without the optional parts), so only
 * `undefined` leaves it off.
 */
interface WheelArgs {
  selected?: string;
  label?: string;
  'href-template'?: string;
  foundations?: boolean;
  detail?: string;
  'heading-level'?: string;
  /** `<peolc-ambition>` only. */
  ambition?: string;
  /** `<peolc-ambition>` only. */
  parts?: string;
}

/** An attribute value, or `nothing` (no attribute) when it is empty. */
const optional = (value: string | undefined) => (value ? value : nothing);

const renderWheel = (args: WheelArgs, id?: string) => html`
  <peolc-ambition-wheel
    id=${ifDefined(id)}
    selected=${optional(args.selected)}
    label=${optional(args.label)}
    href-template=${optional(args['href-template'])}
    ?foundations=${args.foundations ?? false}
    detail=${ifDefined(args.detail)}
    heading-level=${optional(args['heading-level'])}
  ></peolc-ambition-wheel>
`;

const ambitionOptions = ['', '1', '2', '3', '4', '5', '6'];
const ambitionLabels: Record<string, string> = {
  '': '(none)',
  '1': '1: Each person is seen as an individual',
  '2': '2: Each person gets fair access to care',
  '3': '3: Maximising comfort and wellbeing',
  '4': '4: Care is coordinated',
  '5': '5: All staff are prepared to care',
  '6': '6: Each community is prepared to help',
};

/** Hides the wheel's controls in stories that show only `<peolc-ambition>`. */
const hidden = { table: { disable: true } } as const;

/**
 * `<peolc-ambition-wheel>` draws the six ambitions around the vision as an
 * accessible wheel: a radio group by default, or links with `href-template`.
 * It can show the eight foundations beneath it and a detail panel for the
 * selected ambition. `<peolc-ambition>` shows one ambition in full, on its own
 * or following a wheel.
 */
const meta: Meta<WheelArgs> = {
  title: 'Elements/Ambition wheel',
  component: 'peolc-ambition-wheel',
  tags: ['autodocs'],
  argTypes: {
    selected: {
      control: { type: 'select', labels: ambitionLabels },
      options: ambitionOptions,
      description: 'The selected ambition: its number (1–6) or id. Empty selects nothing.',
    },
    label: {
      control: 'text',
      description: 'Accessible name of the wheel. Default "Six ambitions for palliative and end of life care".',
    },
    'href-template': {
      control: 'text',
      description: 'Makes the segments links: `{id}` and `{number}` are replaced, e.g. `#ambition-{number}`.',
    },
    foundations: { control: 'boolean', description: 'Shows the eight foundations as a band beneath the ring.' },
    detail: {
      control: 'text',
      description:
        'Shows a detail panel for the selected ambition. Lists optional parts: `what-we-know` and `building-blocks`. An empty value shows the panel without them; unset (“Set string”) shows no panel.',
    },
    'heading-level': {
      control: { type: 'select', labels: { '': '(not set: 2)' } },
      options: ['', '2', '3', '4', '5', '6'],
      description: 'Heading level (2–6) of the panel’s title. Default 2.',
    },
    ambition: hidden,
    parts: hidden,
  },
  args: { selected: '', label: '', 'href-template': '', foundations: false, 'heading-level': '' },
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

/** `foundations`: the eight foundations as a band beneath the ring. */
export const WithFoundations: Story = { args: { foundations: true } };

/** `detail`: a panel with the selected ambition’s number, title and “I” statement. */
export const WithDetailPanel: Story = { args: { selected: '1', detail: '' } };

/** `detail="what-we-know building-blocks"`: the panel adds what we already know and the building blocks. */
export const WithDetailParts: Story = { args: { selected: '3', detail: 'what-we-know building-blocks' } };

/** `href-template="#ambition-{number}"`: the segments are links instead of a radio group. */
export const AsLinks: Story = { args: { 'href-template': '#ambition-{number}' } };

/** In a 320px container the wheel shows numbers on the segments and lists the titles beneath it. */
export const CompactContainer: Story = {
  args: { selected: '2' },
  render: (args) => html`<div style="width: 320px">${renderWheel(args)}</div>`,
};

/** In a 1200px container the titles sit on the segments and the detail panel sits beside the wheel. */
export const WideContainer: Story = {
  args: { selected: '2', detail: 'what-we-know' },
  render: (args) => html`<div style="width: 1200px">${renderWheel(args)}</div>`,
};

/** A custom `label`: the accessible name of the wheel. */
export const CustomLabel: Story = { args: { label: 'The six ambitions of our local end of life care strategy' } };

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

/** `<peolc-ambition ambition="4" parts="what-we-know building-blocks">` on its own, without a wheel. */
export const StandaloneAmbition: Story = {
  argTypes: {
    ambition: {
      control: { type: 'select', labels: ambitionLabels },
      options: ambitionOptions,
      description: 'The ambition to show: its number (1–6) or id.',
      table: { disable: false },
    },
    parts: {
      control: 'text',
      description: 'Optional parts: `what-we-know` and/or `building-blocks`, space-separated.',
      table: { disable: false },
    },
    selected: hidden,
    label: hidden,
    'href-template': hidden,
    foundations: hidden,
    detail: hidden,
  },
  args: { ambition: '4', parts: 'what-we-know building-blocks' },
  render: (args) => html`
    <peolc-ambition
      ambition=${optional(args.ambition)}
      parts=${optional(args.parts)}
      heading-level=${optional(args['heading-level'])}
    ></peolc-ambition>
  `,
};

/** `<peolc-ambition for="…">` follows a wheel: choose an ambition on the wheel and the detail beneath changes. */
export const AmbitionFollowingWheel: Story = {
  args: { selected: '5' },
  render: (args) => html`
    ${renderWheel(args, 'story-wheel-followed')}
    <peolc-ambition
      for="story-wheel-followed"
      parts="what-we-know"
      heading-level=${optional(args['heading-level'])}
    ></peolc-ambition>
  `,
};
