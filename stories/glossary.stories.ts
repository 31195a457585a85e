import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/glossary.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off.
 */
interface GlossaryArgs {
  terms?: string;
  label?: string;
  query?: string;
  /** `<peolc-term>` only: the entry id of the term in the running-text stories. */
  term?: string;
}

/** An attribute value, or `nothing` (no attribute) when it is empty. */
const optional = (value: string | undefined) => (value ? value : nothing);

const renderGlossary = (args: GlossaryArgs) => html`
  <peolc-glossary terms=${optional(args.terms)} label=${optional(args.label)} query=${optional(args.query)}></peolc-glossary>
`;

// Every entry id, in alphabetical order of the terms, for the `term` control.
const entryIds = [...ambitions2015to2020.glossary]
  .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base', numeric: true }))
  .map((entry) => entry.id);
const entryLabels = Object.fromEntries(ambitions2015to2020.glossary.map((entry) => [entry.id, `${entry.term} (${entry.id})`]));

/** Hides controls that do not apply to a story. */
const hidden = { table: { disable: true } } as const;

/** The `term` control, shown only in the stories with `<peolc-term>`. */
const termControl = {
  control: { type: 'select', labels: entryLabels },
  options: entryIds,
  description: 'The glossary entry id of the first term in the paragraph, e.g. `palliative-care`. The words stay the page’s own.',
  table: { disable: false },
} as const;

/** Hides the glossary's controls in stories that show only `<peolc-term>`. */
const glossaryControlsHidden = { terms: hidden, label: hidden, query: hidden } as const;

/** Running text, as a partner page would write it, with several terms. */
const renderRunningText = (args: GlossaryArgs) => html`
  <p>
    Good <peolc-term term=${args.term ?? 'palliative-care'}>palliative care</peolc-term> starts early. Talking about
    what matters to you, and writing it down, is called <peolc-term term="advance-care-planning">advance care planning</peolc-term>.
    If a time comes when you cannot make a decision yourself, because you no longer have the
    <peolc-term term="mental-capacity">mental capacity</peolc-term> to, a
    <peolc-term term="lasting-power-of-attorney">lasting power of attorney</peolc-term> lets someone you trust decide for
    you. <peolc-term term="carer">Carers</peolc-term> and families can get support in their
    <peolc-term term="bereavement">bereavement</peolc-term>, and help is there <peolc-term term="24-7-access">24/7</peolc-term>.
  </p>
  <p>
    Near the bottom of the window, the definition of <peolc-term term="end-of-life">the end of life</peolc-term> opens above
    the term instead, so it is never cut off or laid over the words.
  </p>
`;

/**
 * `<peolc-glossary>` lists the terms the framework uses, alphabetically, with
 * a search box that filters as you type and deep links to each term
 * (`#peolc-term-<id>`). `<peolc-term>` marks a term in running text and opens
 * its definition in place. Definitions quoted from the framework say where
 * they come from; those written for this library say so.
 */
const meta: Meta<GlossaryArgs> = {
  title: 'Elements/Glossary',
  component: 'peolc-glossary',
  tags: ['autodocs'],
  argTypes: {
    terms: {
      control: 'text',
      description: 'Limits the glossary to these entry ids, separated by commas or spaces, e.g. `end-of-life,palliative-care`. Unknown ids are ignored with a warning.',
    },
    label: { control: 'text', description: 'Accessible name of the list of entries, e.g. “Glossary”.' },
    query: { control: 'text', description: 'The search text: fills the search box and filters the list.' },
    term: hidden,
  },
  args: { terms: '', label: '', query: '' },
  render: (args) => renderGlossary(args),
};
export default meta;

type Story = StoryObj<GlossaryArgs>;

/** The whole glossary of the built-in edition, alphabetical, with its search box. */
export const FullGlossary: Story = { args: { label: 'Glossary' } };

/** `terms="end-of-life,palliative-care,advance-care-planning,mental-capacity"`: only the entries a page needs. */
export const LimitedToSomeTerms: Story = { args: { terms: 'end-of-life,palliative-care,advance-care-planning,mental-capacity' } };

/** `query="planning"`: the glossary starts filtered, as if the reader had typed it. */
export const PrefilledSearch: Story = { args: { query: 'planning' } };

/** `query="xylophone"`: nothing matches, so the list says so and suggests what to try. */
export const NoMatches: Story = { args: { query: 'xylophone' } };

/** The glossary in a 320px container: the search box and every entry reflow, with no horizontal scrolling. */
export const NarrowContainer: Story = {
  render: (args) => html`<div style="width: 320px; max-width: 100%">${renderGlossary(args)}</div>`,
};

/** Terms in a paragraph of running text: each opens its definition next to it, by click, tap, Enter or Space. */
export const TermsInRunningText: Story = {
  argTypes: { ...glossaryControlsHidden, term: termControl },
  args: { term: 'palliative-care' },
  render: (args) => html`<div style="max-width: 40em">${renderRunningText(args)}</div>`,
};

/** The same text in a 320px container: definitions take the width less a margin each side, below or above the term. */
export const TermsInNarrowContainer: Story = {
  argTypes: { ...glossaryControlsHidden, term: termControl },
  args: { term: 'palliative-care' },
  render: (args) => html`<div style="width: 320px; max-width: 100%">${renderRunningText(args)}</div>`,
};

/** A term whose id is not in the glossary: the words stay plain text and the console has one warning. */
export const UnknownTerm: Story = {
  argTypes: glossaryControlsHidden,
  render: () => html`<p>Support for <peolc-term term="not-a-term">people who are grieving</peolc-term> is available.</p>`,
};

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
