import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import { createAssessment, emptyEntry, type Assessment } from '../src/model/assessment/assessment.js';
import { presetScales, type Scale } from '../src/model/assessment/scales.js';
import '../src/progress.js';
import {
  darkScheme,
  forcedColoursStory,
  headingLevelControl,
  inContainer,
  optional,
  themeArgsUnset,
  themeArgTypes,
  type ThemeAttributeArgs,
} from './story-helpers.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string leaves the attribute off. `value` is the property: an assessment
 * to show, or undefined for none.
 */
interface ProgressArgs extends ThemeAttributeArgs {
  src?: string;
  label?: string;
  'heading-level'?: string;
  'show-foundations'?: boolean;
  value?: Assessment | string;
}

const renderProgress = (args: ProgressArgs) => html`
  <peolc-progress-wheel
    src=${optional(args.src)}
    label=${optional(args.label)}
    heading-level=${optional(args['heading-level'])}
    ?show-foundations=${args['show-foundations']}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    .value=${args.value}
  ></peolc-progress-wheel>
`;

/**
 * An assessment a year in, on a scale: every ambition rated in part, one
 * block not applicable, the foundations rated when `foundations` is set.
 */
function yearOne(scale: Scale = presetScales.default, foundations = true): Assessment {
  const assessment = createAssessment({
    editionId: ambitions2015to2020.id,
    scale,
    include: foundations ? 'foundations' : 'building-blocks',
    title: 'East of England 2026',
    now: new Date('2026-11-30T10:00:00Z'),
  });
  assessment.id = 'assessment-story';
  assessment.organisation = 'East of England network';
  assessment.date = '2026-11-30';
  const levels = scale.levels.map((level) => level.id);
  let n = 0;
  for (const ambition of ambitions2015to2020.ambitions) {
    for (const block of ambition.buildingBlocks) {
      const pick = (n++ * 5 + ambition.number) % (levels.length + 2);
      const rating = pick < levels.length ? levels[pick]! : pick === levels.length ? '' : n % 9 === 0 ? 'not-applicable' : levels.at(-1)!;
      if (rating) assessment.entries[`building-block:${block.id}`] = { ...emptyEntry(), rating };
    }
  }
  if (foundations) {
    ambitions2015to2020.foundations.forEach((foundation, index) => {
      const rating = index === 4 ? '' : levels[(index * 3) % levels.length]!;
      if (rating) assessment.entries[`foundation:${foundation.id}`] = { ...emptyEntry(), rating };
    });
  }
  return assessment;
}

const notes = [
  '**Patterns, not colours.** Each level of the scale has its own pattern, from an empty outline for the lowest to solid for the highest; items not rated are a dashed band, and items not applicable are counted in the words only. The words beside the picture and the table below it carry every number.',
  'The assessment is `value` (the object, or its JSON) or `src` (the address of an exported JSON file). The self-assessment’s board report can show the same picture: `renderProgressPicture()` and `progressPictureStyles`.',
].join('\n\n');

const meta: Meta<ProgressArgs> = {
  title: 'Elements/Progress wheel',
  component: 'peolc-progress-wheel',
  tags: ['autodocs'],
  parameters: { docs: { notes } },
  argTypes: {
    src: { control: 'text' },
    label: { control: 'text' },
    'heading-level': headingLevelControl,
    'show-foundations': { control: 'boolean' },
    value: { control: 'object' },
    ...themeArgTypes,
  },
  args: { src: '', label: '', 'heading-level': '', 'show-foundations': false, value: yearOne(), ...themeArgsUnset },
  render: (args) => renderProgress(args),
};
export default meta;

type Story = StoryObj<ProgressArgs>;

/** A year's assessment on the default scale (“Where we are”, four levels). */
export const Default: Story = {};

/** With `show-foundations`: the eight foundations as tiles, top level first. */
export const WithFoundations: Story = { args: { 'show-foundations': true } };

/** On the red, amber, green scale: three patterns, and the words say each level. */
export const RedAmberGreen: Story = { args: { value: yearOne(presetScales.rag) } };

/** A seven-level partner scale: every pattern the picture has. */
export const SevenLevels: Story = {
  args: {
    value: yearOne({
      id: 'seven',
      name: 'Seven steps',
      levels: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'].map((label) => ({
        id: label.toLowerCase(),
        label,
        description: `Step ${label.toLowerCase()}.`,
      })),
    }),
  },
};

/** No assessment set: the heading and a message saying so (the no-JS fallback shows the same). */
export const NoAssessment: Story = { args: { value: undefined } };

/** A value that is not an assessment: a message, and one console warning. */
export const BadValue: Story = { args: { value: '{"title": "not an assessment"}' } };

/**
 * A `src` whose file is not an assessment (here Storybook's own index.json,
 * so the story makes no failing request): a message, and one console
 * warning. A missing file (a 404) or a timeout says the same.
 */
export const SrcNotAnAssessment: Story = { args: { value: undefined, src: './index.json' } };

/** `theme="high-contrast"`. */
export const HighContrast: Story = { args: { theme: 'high-contrast', 'show-foundations': true } };

/** `color-scheme="dark"` on a provider around the element: the patterns follow the text and surface colours. */
export const DarkMode: Story = { args: { 'show-foundations': true }, ...darkScheme };

/** Forced colours (Windows contrast themes): the patterns in CanvasText on Canvas. The Storybook check runs it with forced colours emulated. */
export const ForcedColours: Story = { args: { 'show-foundations': true }, ...forcedColoursStory };

/** In a 320px container: the words and the key go below the wheel, and the table scrolls within its own box. */
export const NarrowContainer: Story = { args: { 'show-foundations': true }, ...inContainer('320px') };

/** `heading-level="3"`, under a page’s h2. */
export const HeadingLevel: Story = {
  args: { 'heading-level': '3' },
  render: (args) => html`<h2>Our palliative and end of life care strategy</h2>
    ${renderProgress(args)}`,
};
