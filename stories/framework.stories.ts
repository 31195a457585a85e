import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import '../src/framework.js';
import { frameworkSectionNames } from '../src/model/framework-sections.js';
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
 * string leaves the attribute off: for `sections`, `ambition` and
 * `foundation` that shows the whole framework.
 */
interface FrameworkArgs extends ThemeAttributeArgs {
  sections?: string;
  ambition?: string;
  foundation?: string;
  'heading-level'?: string;
  'link-terms'?: boolean;
  query?: string;
  expanded?: boolean;
  /** Filled by Storybook from the manifest's `peolc-framework-search` event. */
  onPeolcFrameworkSearch?: Handler;
}

const renderFramework = (args: FrameworkArgs) => html`
  <peolc-framework
    sections=${optional(args.sections)}
    ambition=${optional(args.ambition)}
    foundation=${optional(args.foundation)}
    heading-level=${optional(args['heading-level'])}
    ?link-terms=${args['link-terms'] ?? false}
    query=${optional(args.query)}
    ?expanded=${args.expanded ?? false}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-framework-search=${args.onPeolcFrameworkSearch}
  ></peolc-framework>
`;

/** The story's explorer, once it has rendered. */
async function frameworkIn(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('peolc-framework');
  await element?.updateComplete;
  return element;
}

const sectionsOptions = ['', ...frameworkSectionNames, 'vision ambitions', 'ambitions foundations glossary'];
const ambitionOptions = ['', ...ambitions2015to2020.ambitions.map((ambition) => String(ambition.number))];
const ambitionLabels: Record<string, string> = Object.fromEntries([
  ['', '(none: the whole framework)'],
  ...ambitions2015to2020.ambitions.map((ambition) => [String(ambition.number), `${ambition.number}: ${ambition.title}`]),
]);
const foundationLabels: Record<string, string> = Object.fromEntries([
  ['', '(none: the whole framework)'],
  ...ambitions2015to2020.foundations.map((foundation) => [String(foundation.number), `${foundation.number}: ${foundation.title}`]),
]);

const notes = [
  '**Deep links, by example.** The anchors are the content’s ids, not its wording: `#ambition-1` … `#ambition-6`; `#building-block-<id>`, e.g. `#building-block-specialist-palliative-care`; `#foundation-<id>`, e.g. `#foundation-24-7-access`; `#term-<id>`, e.g. `#term-advance-care-planning`; the opening sections’ `#foreword`, `#introduction`, `#about-the-partnership` and `#executive-summary`; and `#vision`, `#foundations`, `#glossary`, `#partnership`, `#citation`. A search can be linked too: `?peolc-search=hospice`. A link only works if the section is shown: `ambition="3"` has `#ambition-3` and its building blocks, nothing else. Storybook shows each story in a frame whose address has no `#fragment`, so to try one open the story on its own (“Open canvas in new tab”) and add it to the address; [Going to a link](?path=/story/elements-framework--going-to-a-link) does what following one does, with `goTo()`.',
  '**Find in page and text fragments.** The text is the element’s light DOM (`<div slot="document">`), so the browser’s find (Ctrl+F or ⌘F) and text-fragment links such as `#:~:text=honest%20conversations` reach it as they reach the rest of the page, including the closed text of a building block. Page styles with selectors as broad as `section` or `h2` reach it too.',
  '**Print.** “Print the framework” calls `print()`, which prints the whole page the element is on, as the browser’s own print does: here that is the story’s frame, so print from the canvas opened in its own tab to see the printed framework (the contents, every building block open, no controls, each ambition on a new page).',
  'A page should have one explorer, since the anchors are the page’s ids: so this docs page shows each story in a frame of its own. [`<peolc-ambition>`](?path=/docs/elements-ambition--docs), [`<peolc-building-blocks>`](?path=/docs/elements-building-blocks--docs) and [`<peolc-glossary>`](?path=/docs/elements-glossary--docs) show parts of the framework on their own.',
].join('\n\n');

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<FrameworkArgs> = {
  title: 'Elements/Framework',
  component: 'peolc-framework',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes,
      // One explorer per page (its ids are the page's): each story in its own frame.
      story: { inline: false, height: '40em' },
    },
  },
  argTypes: {
    sections: { control: { type: 'select', labels: { '': '(not set: every section)' } }, options: sectionsOptions },
    ambition: { control: { type: 'select', labels: ambitionLabels }, options: ambitionOptions },
    foundation: { control: { type: 'select', labels: foundationLabels }, options: Object.keys(foundationLabels) },
    'heading-level': headingLevelControl,
    'link-terms': { control: 'boolean' },
    query: { control: 'text' },
    expanded: { control: 'boolean' },
    ...themeArgTypes,
  },
  args: { sections: '', ambition: '', foundation: '', 'heading-level': '', 'link-terms': false, query: '', expanded: false, ...themeArgsUnset },
  render: (args) => renderFramework(args),
};
export default meta;

type Story = StoryObj<FrameworkArgs>;

/**
 * No attributes: the whole framework, from the Foreword to how to cite it,
 * with the search, the buttons and the contents beside the text (the
 * container is 60em wide or more). Every building block is closed behind
 * “Read more”.
 */
export const WholeFramework: Story = {};

/** `ambition="3"`: one ambition, with “What we already know” and its building blocks, and nothing else; the contents list just it. */
export const OneAmbition: Story = { args: { ambition: '3' } };

/** `foundation="6"` (or `foundation="24-7-access"`): one foundation on its own. */
export const OneFoundation: Story = { args: { foundation: '6' } };

/** `sections="vision ambitions"`: only the parts named, in the framework’s order whatever order they are given in. */
export const ChosenSections: Story = { args: { sections: 'vision ambitions' } };

/**
 * `query="hospice"`: the search starts filled in, as if the reader had typed
 * it. The results come above the contents, grouped by section, the words
 * marked (`<mark>`), and the status counts them (“5 results in 5 sections”).
 * Typing in the box fires `peolc-framework-search` (see the Actions panel);
 * setting `query` does not.
 */
export const Search: Story = { args: { query: 'hospice' } };

/** `query="xylophone"`: nothing matches, and the results and the status say so. */
export const SearchWithNoResults: Story = { args: { query: 'xylophone' } };

/** `expanded`: every building block’s full text open, as “Expand all” leaves it; a reader can still close any of them. */
export const AllExpanded: Story = { args: { expanded: true } };

/**
 * `link-terms`: the first mention of each glossary term in each section
 * becomes a `<peolc-term>` that opens its definition in place, without a
 * character of the text changed. The element loads `<peolc-term>` itself
 * when it first needs it (the story waits for it).
 */
export const LinkedTerms: Story = {
  args: { 'link-terms': true, sections: 'vision ambitions' },
  play: async ({ canvasElement }) => {
    await frameworkIn(canvasElement);
    await customElements.whenDefined('peolc-term');
  },
};

/**
 * Following a link: `goTo('building-block-specialist-palliative-care')`, as
 * opening the page at `#building-block-specialist-palliative-care` does,
 * scrolls to the building block, opens it and moves focus to its heading.
 */
export const GoingToALink: Story = {
  args: { ambition: '3' },
  play: async ({ canvasElement }) => {
    const element = await frameworkIn(canvasElement);
    await element?.goTo('building-block-specialist-palliative-care', { instant: true });
  },
};

/** `heading-level="3"`: the sections’ headings are h3 (and everything beneath them a level down), for a page where the explorer sits under an h2. */
export const HeadingLevel: Story = {
  args: { 'heading-level': '3', sections: 'vision ambitions' },
  render: (args) => html`<h2>The national framework</h2>
    ${renderFramework(args)}`,
};

/**
 * In a 320px container: the contents come above the text, behind a
 * “Contents” button (open at first, listing the top sections only), and the
 * search and buttons wrap, with no horizontal scrolling.
 */
export const NarrowContainer: Story = { ...inContainer('320px') };

/** In a 320px container with the contents closed by their “Contents” button, as a reader would (the story presses it). */
export const NarrowContentsClosed: Story = {
  ...inContainer('320px'),
  play: async ({ canvasElement }) => {
    const element = await frameworkIn(canvasElement);
    element?.shadowRoot?.querySelector<HTMLButtonElement>('.contents-toggle')?.click();
    await element?.updateComplete;
  },
};

/** In a 600px container: still narrower than 60em, so the contents stay above the text. */
export const MediumContainer: Story = { args: { ambition: '2' }, ...inContainer('600px') };

/** In a 1200px container: the contents sit beside the text in a sticky column, listing each ambition’s building blocks and the foundations. */
export const WideContainer: Story = { ...inContainer('1200px') };

/** Custom colours through `--peolc-framework-accent-color`, `--peolc-framework-border-color` and `--peolc-framework-mark-color` on a wrapper; the accent keeps 4.5:1 on the background. */
export const CustomColours: Story = {
  args: { query: 'bereavement', sections: 'ambitions' },
  render: (args) => html`
    <div style="--peolc-framework-accent-color: #4c2a85; --peolc-framework-border-color: #aeb7bd; --peolc-framework-mark-color: #fff0a6">
      ${renderFramework(args)}
    </div>
  `,
};

/** `color-scheme="dark"` on a provider around the explorer, with a search, so its marked words show. */
export const DarkMode: Story = { args: { query: 'hospice' }, ...darkScheme };

/**
 * Forced colours (Windows contrast themes): the text, borders and controls
 * take the system colours, marked words the system mark colours, and the
 * section being read in the contents the system highlight colour. The
 * Storybook check runs it with forced colours emulated.
 */
export const ForcedColours: Story = { args: { query: 'hospice' }, ...forcedColoursStory };
