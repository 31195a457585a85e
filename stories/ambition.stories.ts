import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ambition-wheel.js';
import '../src/ambition.js';
import { ambitionLabels, ambitionOptions, renderWheel } from './ambition-wheel-render.js';
import {
  darkScheme,
  forcedColoursStory,
  headingLevelControl,
  hidden,
  inContainer,
  optional,
  themeArgsUnset,
  themeArgTypes,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/** Arguments of these stories, named after the attributes they set. An empty string leaves the attribute off. */
interface AmbitionArgs extends ThemeAttributeArgs {
  ambition?: string;
  for?: string;
  parts?: string;
  'heading-level'?: string;
  /** The followed wheel's `selected`, in the stories with a wheel. */
  wheelSelected?: string;
}

const renderAmbition = (args: AmbitionArgs) => html`
  <peolc-ambition
    ambition=${optional(args.ambition)}
    for=${optional(args.for)}
    parts=${optional(args.parts)}
    heading-level=${optional(args['heading-level'])}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
  ></peolc-ambition>
`;

const partsOptions = ['', 'what-we-know', 'building-blocks', 'what-we-know building-blocks'];

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<AmbitionArgs> = {
  title: 'Elements/Ambition',
  component: 'peolc-ambition',
  tags: ['autodocs'],
  argTypes: {
    ambition: { control: { type: 'select', labels: ambitionLabels }, options: ambitionOptions },
    for: { control: 'text' },
    parts: { control: { type: 'select', labels: { '': '(not set: statement only)' } }, options: partsOptions },
    'heading-level': headingLevelControl,
    ...themeArgTypes,
    wheelSelected: hidden,
  },
  args: { ambition: '4', for: '', parts: 'what-we-know building-blocks', 'heading-level': '', ...themeArgsUnset },
  render: renderAmbition,
};
export default meta;

type Story = StoryObj<AmbitionArgs>;

/** `<peolc-ambition ambition="4" parts="what-we-know building-blocks">` on its own, without a wheel. */
export const Standalone: Story = {};

/** No `parts`: the number, title and “I” statement only. */
export const StatementOnly: Story = { args: { ambition: '1', parts: '' } };

/** `parts="what-we-know"`: the points the framework lists under “What we already know”. */
export const WhatWeKnow: Story = { args: { ambition: '6', parts: 'what-we-know' } };

/** `heading-level="3"`: the title is an h3, for a page where the detail sits under an h2. */
export const HeadingLevel: Story = {
  args: { ambition: '2', parts: 'building-blocks', 'heading-level': '3' },
  render: (args) => html`<h2>Our work on fair access</h2>
    ${renderAmbition(args)}`,
};

/** `for="…"` follows a wheel: choose an ambition on the wheel and the detail beneath changes. */
export const FollowingAWheel: Story = {
  argTypes: { ambition: hidden, for: hidden },
  args: { ambition: '', parts: 'what-we-know', wheelSelected: '5' },
  render: (args) => html`
    ${renderWheel({ selected: args.wheelSelected }, 'story-wheel-followed')}
    ${renderAmbition({ ...args, for: 'story-wheel-followed' })}
  `,
};

/** Following a wheel with nothing selected: the detail asks the reader to choose an ambition. */
export const FollowingAWheelNothingSelected: Story = {
  argTypes: { ambition: hidden, for: hidden },
  args: { ambition: '', parts: 'what-we-know' },
  render: (args) => html`
    ${renderWheel({}, 'story-wheel-followed-empty')}
    ${renderAmbition({ ...args, for: 'story-wheel-followed-empty' })}
  `,
};

/** In a 320px container: the lists and the long statements wrap, with nothing wider than the container. */
export const CompactContainer: Story = { args: { ambition: '3' }, ...inContainer('320px') };

/** `color-scheme="dark"` on a provider around it. */
export const DarkMode: Story = { args: { ambition: '5' }, ...darkScheme };

/** Forced colours (Windows contrast themes): the text follows the system colours. The Storybook check runs it with forced colours emulated. */
export const ForcedColours: Story = { args: { ambition: '5' }, ...forcedColoursStory };
