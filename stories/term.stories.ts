import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/glossary.js';
import {
  darkScheme,
  forcedColoursStory,
  hidden,
  inContainer,
  optional,
  themeArgsUnset,
  themeArgTypes,
  type Handler,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/** Arguments of these stories: the first term's attributes and the page's own words for it. */
interface TermArgs extends ThemeAttributeArgs {
  term?: string;
  /** The page's own words: the manifest's default slot. */
  default?: string;
  /** Filled by Storybook from the manifest's `peolc-term-toggle` event. */
  onPeolcTermToggle?: Handler;
}

// Every entry id, in alphabetical order of the terms, for the `term` control.
const entryIds = [...ambitions2015to2020.glossary]
  .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base', numeric: true }))
  .map((entry) => entry.id);
const entryLabels = Object.fromEntries(ambitions2015to2020.glossary.map((entry) => [entry.id, `${entry.term} (${entry.id})`]));

/** The first term of each story, from the controls. */
const firstTerm = (args: TermArgs) => html`<peolc-term
  term=${optional(args.term)}
  theme=${optional(args.theme)}
  color-scheme=${optional(args['color-scheme'])}
  @peolc-term-toggle=${args.onPeolcTermToggle}
  >${args.default}</peolc-term
>`;

/** Running text, as a partner page would write it, with several terms. */
const renderRunningText = (args: TermArgs) => html`
  <p>
    Good ${firstTerm(args)} starts early. Talking about what matters to you, and writing it down, is called
    <peolc-term term="advance-care-planning">advance care planning</peolc-term>. If a time comes when you cannot make a
    decision yourself, because you no longer have the <peolc-term term="mental-capacity">mental capacity</peolc-term> to,
    a <peolc-term term="lasting-power-of-attorney">lasting power of attorney</peolc-term> lets someone you trust decide for
    you. <peolc-term term="carer">Carers</peolc-term> and families can get support in their
    <peolc-term term="bereavement">bereavement</peolc-term>, and help is there <peolc-term term="24-7-access">24/7</peolc-term>.
  </p>
  <p>
    Near the bottom of the window, the definition of <peolc-term term="end-of-life">the end of life</peolc-term> opens
    above the term instead, so it is never cut off or laid over the words.
  </p>
`;

/** Opens the first term's definition as a keyboard user would (a click with no pointer position, as Enter or Space gives): focus moves into it. */
const openFirstTerm = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const term = canvasElement.querySelector('peolc-term');
  await term?.updateComplete;
  term?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="trigger"]')?.click();
};

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<TermArgs> = {
  title: 'Elements/Term',
  component: 'peolc-term',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes:
        'The `default` control sets the page’s own words for the first term in the paragraph (the default slot); the `term` control chooses its glossary entry.',
    },
  },
  argTypes: {
    term: { control: { type: 'select', labels: entryLabels }, options: entryIds },
    default: { control: 'text' },
    ...themeArgTypes,
  },
  args: { term: 'palliative-care', default: 'palliative care', ...themeArgsUnset },
  render: renderRunningText,
};
export default meta;

type Story = StoryObj<TermArgs>;

/** Terms in a paragraph of running text: each opens its definition next to it, by click, tap, Enter or Space. */
export const TermsInRunningText: Story = {};

/**
 * A definition open, as after Enter on the first term: focus is inside the
 * dialog; Escape or Close returns it to the term. This definition is quoted
 * from the framework, and the note says where from.
 */
export const DefinitionOpen: Story = { play: openFirstTerm };

/** A definition written for this library, open: the note says it is not quoted from the framework. */
export const LibraryDefinitionOpen: Story = {
  args: { term: 'compassionate-communities', default: 'compassionate community' },
  play: openFirstTerm,
};

/** The same text in a 320px container: definitions take the width less a margin each side, below or above the term. */
export const NarrowContainer: Story = { ...inContainer('320px') };

/** A definition open in a 320px container. */
export const NarrowContainerDefinitionOpen: Story = { ...inContainer('320px'), play: openFirstTerm };

/** A term whose id is not in the glossary: the words stay plain text and the console has one warning. */
export const UnknownTerm: Story = {
  argTypes: { term: hidden, default: hidden },
  render: () => html`<p>Support for <peolc-term term="not-a-term">people who are grieving</peolc-term> is available.</p>`,
};

/** `color-scheme="dark"` on a provider around the text, with a definition open. */
export const DarkMode: Story = { ...darkScheme, play: openFirstTerm };

/**
 * Forced colours (Windows contrast themes), with a definition open: the term
 * and the panel take the system colours. The Storybook check runs it with
 * forced colours emulated.
 */
export const ForcedColours: Story = { ...forcedColoursStory, play: openFirstTerm };
