import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ambitions2015to2020 } from '../src/content/index.js';
import { localDay } from '../src/model/assessment/action-plan.js';
import { createAssessment, emptyEntry, type Assessment, type AssessmentEntry } from '../src/model/assessment/assessment.js';
import { presetScales, type Scale } from '../src/model/assessment/scales.js';
import '../src/self-assessment.js';
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
 * string leaves the attribute off. `value` is the property: an assessment
 * for the element to show, or undefined for whatever this browser holds.
 */
interface SelfAssessmentArgs extends ThemeAttributeArgs {
  'storage-key'?: string;
  storage?: string;
  include?: string;
  scale?: string;
  'heading-level'?: string;
  value?: Assessment;
  /** Filled by Storybook from the manifest's `peolc-assessment-change` event. */
  onPeolcAssessmentChange?: Handler;
}

const renderSelfAssessment = (args: SelfAssessmentArgs) => html`
  <peolc-self-assessment
    storage-key=${optional(args['storage-key'])}
    storage=${optional(args.storage)}
    include=${optional(args.include)}
    scale=${optional(args.scale)}
    heading-level=${optional(args['heading-level'])}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    .value=${args.value}
    @peolc-assessment-change=${args.onPeolcAssessmentChange}
  ></peolc-self-assessment>
`;

// ---------------------------------------------------------------------------
// An assessment part-filled, as a team would leave it after a first meeting.

/** A day counted from today, `YYYY-MM-DD`: so one action is always overdue and another never is. */
const dayFromToday = (days: number) => {
  const today = new Date();
  return localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
};

const entry = (fields: Partial<AssessmentEntry>): AssessmentEntry => ({ ...emptyEntry(), ...fields });

/** What a team recorded, by item key; the ratings are level ids of the default scale. */
const partFilledEntries = (): Record<string, AssessmentEntry> => ({
  'building-block:honest-conversations': entry({
    rating: 'in-place',
    evidence:
      'Advance care planning audit, spring: 38% of people in their last year of life had a recorded conversation about what matters to them. Audit report: https://www.example.org/riverside/acp-audit.pdf',
    actions: [
      {
        id: 'action-1',
        what: 'Run two sessions a month on having honest conversations for ward and community staff',
        lead: 'Hospice education team',
        due: dayFromToday(-30),
        status: 'in-progress',
      },
      {
        id: 'action-2',
        what: 'Add advance care planning to the shared record template',
        lead: 'Digital lead, ICB',
        due: dayFromToday(90),
        status: 'not-started',
      },
    ],
    priority: 'high',
    notes: 'Carers at the forum told us conversations often happen too late, in a crisis.',
  }),
  'building-block:systems-for-person-centred-care': entry({
    rating: 'planning',
    evidence: 'Project plan agreed at the programme board.',
    priority: 'medium',
  }),
  'building-block:clear-expectations': entry({ rating: 'established', evidence: 'Published standards, reviewed each year with the carers’ forum.' }),
  'building-block:access-to-social-care': entry({ rating: 'not-started', notes: 'To discuss with the council’s adult social care team.' }),
  'building-block:generating-new-data': entry({ rating: 'not-applicable', notes: 'Covered by the regional research partnership’s own assessment.' }),
  'building-block:specialist-palliative-care': entry({ rating: 'established' }),
});

/** The whole assessment, on the default scale. */
const partFilled = (): Assessment => ({
  ...createAssessment({
    editionId: ambitions2015to2020.id,
    scale: presetScales.default,
    title: 'Ambitions self-assessment',
    now: new Date(`${dayFromToday(-14)}T10:00:00Z`),
  }),
  organisation: 'North Riverside Integrated Care Board',
  date: dayFromToday(-7),
  participants:
    'ICB palliative care lead; St Aidan’s Hospice; Riverside Council adult social care; GP clinical lead; two carers and a bereaved relative from the carers’ forum',
  nextReview: dayFromToday(358),
  entries: partFilledEntries(),
});

/** The same, with answers for an item this edition does not have (from another edition). */
const withItemNotInEdition = (): Assessment => {
  const assessment = partFilled();
  assessment.entries['building-block:no-longer-here'] = entry({
    rating: 'planning',
    evidence: 'Recorded against another edition of the framework.',
    actions: [
      { id: 'action-1', what: 'Check whether this is covered by the new edition', lead: 'Programme manager', due: '', status: 'not-started' },
    ],
  });
  return assessment;
};

// ---------------------------------------------------------------------------
// What a story puts in this browser's storage before it renders.

/** Removes every assessment, and everything kept aside, under a storage key. */
const clearStorage = (storageKey: string) => {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(`peolc-assessment:${storageKey}:`) || key.startsWith(`peolc-assessment-unreadable:${storageKey}:`))
      localStorage.removeItem(key);
  }
};

/**
 * A story's `beforeEach`: empties the story's storage key, then writes each
 * entry under `peolc-assessment:<storage-key>:<name>`; emptied again when the
 * story goes, so what a reader tried is never there next time.
 */
const seedStorage =
  (storageKey: string, stored: Record<string, string> = {}) =>
  () => {
    clearStorage(storageKey);
    for (const [name, text] of Object.entries(stored)) localStorage.setItem(`peolc-assessment:${storageKey}:${name}`, text);
    return () => clearStorage(storageKey);
  };

/** Last year's assessment and this year's, started by duplicating it. */
const twoYears = (): Assessment[] => {
  const lastYear: Assessment = {
    ...partFilled(),
    id: 'assessment-last-year',
    title: 'Ambitions self-assessment, last year',
    date: dayFromToday(-372),
    nextReview: dayFromToday(-7),
    created: `${dayFromToday(-380)}T10:00:00.000Z`,
    updated: `${dayFromToday(-372)}T16:00:00.000Z`,
  };
  const thisYear: Assessment = {
    ...partFilled(),
    // A year on: two items moved up the scale, one down, one newly rated.
    entries: {
      ...partFilledEntries(),
      'building-block:honest-conversations': entry({ ...partFilledEntries()['building-block:honest-conversations'], rating: 'established' }),
      'building-block:systems-for-person-centred-care': entry({ rating: 'in-place', evidence: 'Shared care records live in two of three places.' }),
      'building-block:clear-expectations': entry({ rating: 'in-place', notes: 'Standards not yet reviewed with the new carers’ forum.' }),
      'building-block:integrated-care': entry({ rating: 'planning' }),
    },
    id: 'assessment-this-year',
    title: 'Ambitions self-assessment, this year',
    date: '',
    nextReview: '',
    created: `${dayFromToday(-2)}T10:00:00.000Z`,
    updated: `${dayFromToday(-2)}T10:00:00.000Z`,
  };
  return [lastYear, thisYear];
};

// ---------------------------------------------------------------------------
// Scales of a partner's own.

/** A partner's own scale, as the JSON of the `scale` attribute. */
const partnerScale: Scale = {
  id: 'riverside-scale',
  name: 'Riverside network scale',
  levels: [
    { id: 'not-yet', label: 'Not yet', description: 'Nothing in place yet.' },
    { id: 'some-places', label: 'In some places', description: 'In place in some services or some localities.' },
    { id: 'most-places', label: 'In most places', description: 'In place in most services, with gaps we know about.' },
    { id: 'everywhere', label: 'Everywhere', description: 'In place across the whole area, and checked.' },
    { id: 'exemplary', label: 'Exemplary', description: 'Others learn from what we do.' },
  ],
};
const partnerScaleJson = JSON.stringify(partnerScale);

/** A scale with problems: its id is not a slug and it has one level, so the element warns and uses the default. */
const invalidScaleJson = JSON.stringify({
  id: 'Our Scale',
  name: 'Our scale',
  levels: [{ id: 'done', label: 'Done', description: 'A scale needs at least two levels.' }],
});

const scaleOptions = ['', ...Object.keys(presetScales), partnerScaleJson, invalidScaleJson];
const scaleLabels: Record<string, string> = {
  '': '(not set: default)',
  ...Object.fromEntries(Object.values(presetScales).map((scale) => [scale.id, `${scale.id}: ${scale.name}`])),
  [partnerScaleJson]: 'A partner’s own scale (JSON)',
  [invalidScaleJson]: 'A scale with problems (JSON)',
};

// ---------------------------------------------------------------------------
// Interaction.

/** The story's self-assessment, once it has rendered. */
async function selfAssessmentIn(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('peolc-self-assessment');
  await element?.updateComplete;
  return element;
}

/** Presses a button in the element's shadow root, as a reader would, and waits for the element to update. */
async function press(canvasElement: HTMLElement, selector: string) {
  const element = await selfAssessmentIn(canvasElement);
  element?.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
  await element?.updateComplete;
}

/** Opens one part of the assessment from the list of parts: `about`, `ambition-1` … `ambition-6`, `foundations`, `not-in-edition`, `actions` or `report`. */
const showPart = (canvasElement: HTMLElement, section: string) => press(canvasElement, `.sections button[data-section="${section}"]`);

/** Presses “Start a new self-assessment”. */
const startNew = (canvasElement: HTMLElement) => press(canvasElement, '[data-action="new"]');

const notes = [
  '**Each story keeps its own answers.** Every story has a `storage-key` of its own, and those that are not about storage have `storage="none"`, so they keep nothing (and show the demonstration notice). The stories about storage put what they need in this browser’s `localStorage` before they render and take it away afterwards.',
  '**Parts.** Stories that show an ambition, the foundations or the board report press that part in the list of parts, as a reader would (in a `play` function). So this page shows each story in a frame of its own, where that happens without moving this page.',
  'The Guide [Running a self-assessment](?path=/docs/guides-running-a-self-assessment--docs) is for the teams who use it.',
].join('\n\n');

// The docs page shows the element’s own description, from its JSDoc through the
// custom-elements manifest (.storybook/preview.ts), then `parameters.docs.notes`.
const meta: Meta<SelfAssessmentArgs> = {
  title: 'Elements/Self-assessment',
  component: 'peolc-self-assessment',
  tags: ['autodocs'],
  parameters: {
    docs: {
      notes,
      // The stories' play functions move focus: each story in its own frame.
      story: { inline: false, height: '40em' },
    },
  },
  argTypes: {
    'storage-key': { control: 'text' },
    storage: { control: { type: 'select', labels: { '': '(not set: local)' } }, options: ['', 'local', 'none'] },
    include: { control: { type: 'select', labels: { '': '(not set: building-blocks)' } }, options: ['', 'building-blocks', 'foundations'] },
    scale: { control: { type: 'select', labels: scaleLabels }, options: scaleOptions },
    'heading-level': headingLevelControl,
    value: { control: 'object' },
    ...themeArgTypes,
  },
  args: { 'storage-key': '', storage: 'none', include: '', scale: '', 'heading-level': '', value: undefined, ...themeArgsUnset },
  render: (args) => renderSelfAssessment(args),
};
export default meta;

type Story = StoryObj<SelfAssessmentArgs>;

/**
 * A first visit: nothing in this browser yet, so the element says so and
 * offers to start. Answers are kept in this browser (`storage` not set);
 * the story empties its own `storage-key` first, so it is a first visit
 * every time.
 */
export const FirstVisit: Story = {
  args: { 'storage-key': 'story-first-visit', storage: '' },
  beforeEach: seedStorage('story-first-visit'),
};

/**
 * An assessment part-filled (`value` set): ratings, evidence with a web
 * address, two actions (one overdue), a priority and notes. It opens at
 * “About this assessment”: title, organisation, dates, who took part, and
 * the scale, which can no longer change as ratings use it.
 */
export const PartFilled: Story = {
  args: { 'storage-key': 'story-part-filled', value: partFilled() },
};

/**
 * The same assessment at its first ambition: each building block with its
 * summary, its full text behind “Read the full text”, the rating, the
 * evidence (its web address as a link beneath), the actions, the priority
 * and the notes. The list of parts counts what is rated in each.
 */
export const AmbitionPart: Story = {
  args: { 'storage-key': 'story-ambition-part', value: partFilled() },
  play: ({ canvasElement }) => showPart(canvasElement, 'ambition-1'),
};

/**
 * The same assessment’s board report, what is printed: a summary by
 * ambition, each ambition’s table, then the action plan by due date, the
 * overdue action marked in words. Above it, “Print the board report” and the
 * two exports.
 */
export const BoardReport: Story = {
  args: { 'storage-key': 'story-board-report', value: partFilled() },
  play: ({ canvasElement }) => showPart(canvasElement, 'report'),
};

/** `scale="rag"`: red, amber, green, always in words (the story starts a new assessment and shows its first ambition). */
export const RagScale: Story = {
  args: { 'storage-key': 'story-scale-rag', scale: 'rag' },
  play: async ({ canvasElement }) => {
    await startNew(canvasElement);
    await showPart(canvasElement, 'ambition-1');
  },
};

/** `scale="levels"`: the levels of NICE-style baseline assessments. */
export const LevelsScale: Story = { ...RagScale, args: { 'storage-key': 'story-scale-levels', scale: 'levels' } };

/** `scale="maturity"`: a maturity matrix of four stages. */
export const MaturityScale: Story = { ...RagScale, args: { 'storage-key': 'story-scale-maturity', scale: 'maturity' } };

/** `scale="met"`: whether a standard is met. */
export const MetScale: Story = { ...RagScale, args: { 'storage-key': 'story-scale-met', scale: 'met' } };

/**
 * A partner’s own scale, as JSON in the `scale` attribute (five levels,
 * each with an id, a label and a description). The story starts a new
 * assessment: “About this assessment” lists the scale’s levels, and offers
 * the presets until the first rating.
 */
export const PartnerScale: Story = {
  args: { 'storage-key': 'story-scale-partner', scale: partnerScaleJson },
  play: ({ canvasElement }) => startNew(canvasElement),
};

/**
 * A scale with problems (its id is not a slug, and it has one level): the
 * element logs one warning listing them and uses the default scale, so the
 * new assessment the story starts is on “Where we are”.
 */
export const InvalidScale: Story = {
  args: { 'storage-key': 'story-scale-invalid', scale: invalidScaleJson },
  play: ({ canvasElement }) => startNew(canvasElement),
};

/** `include="foundations"`: a new assessment rates the eight foundations too, in a part of their own after the ambitions (shown). */
export const WithFoundations: Story = {
  args: { 'storage-key': 'story-foundations', include: 'foundations' },
  play: async ({ canvasElement }) => {
    await startNew(canvasElement);
    await showPart(canvasElement, 'foundations');
  },
};

/** `storage="none"`, for demonstrations and training: nothing is kept, and a notice says so and suggests exporting. */
export const NothingKept: Story = {
  args: { 'storage-key': 'story-nothing-kept', storage: 'none', value: partFilled() },
};

/**
 * Several assessments on one device: last year’s and this year’s (made by
 * duplicating it), put in `localStorage` under
 * `peolc-assessment:story-several:<id>` before the story renders. The
 * newest is shown; “Assessment” chooses another.
 */
export const SeveralAssessments: Story = {
  args: { 'storage-key': 'story-several', storage: '' },
  beforeEach: seedStorage('story-several', Object.fromEntries(twoYears().map((assessment) => [assessment.id, JSON.stringify(assessment)]))),
};

/**
 * This year’s board report compared with last year’s (“Compare with an
 * earlier assessment”): per ambition, how many items improved, stayed the
 * same or declined, then each item then and now, in words. Printed and
 * exported (CSV) with the report.
 */
export const ComparedWithLastYear: Story = {
  args: { 'storage-key': 'story-compared', storage: '' },
  beforeEach: seedStorage('story-compared', Object.fromEntries(twoYears().map((assessment) => [assessment.id, JSON.stringify(assessment)]))),
  play: async ({ canvasElement }) => {
    await showPart(canvasElement, 'report');
    const element = await selfAssessmentIn(canvasElement);
    const select = element?.shadowRoot?.querySelector<HTMLSelectElement>('#compare-with');
    if (!select) return;
    select.value = 'assessment-last-year';
    select.dispatchEvent(new Event('change'));
    await element?.updateComplete;
  },
};

/**
 * The action plan part: every action in one table, narrowed by lead,
 * status, ambition and due date, sorted by the column headings’ buttons
 * (the sorted one says so to screen readers), overdue in words. “Print the
 * action plan” prints it as shown.
 */
export const ActionPlan: Story = {
  args: { 'storage-key': 'story-action-plan', value: partFilled() },
  play: ({ canvasElement }) => showPart(canvasElement, 'actions'),
};

/**
 * Stored data that cannot be read (`peolc-assessment:story-unreadable:broken`
 * holds “not json”): the element keeps it aside, unchanged, says so, and
 * offers to download it as it is or remove it.
 */
export const UnreadableData: Story = {
  args: { 'storage-key': 'story-unreadable', storage: '' },
  beforeEach: seedStorage('story-unreadable', { broken: 'not json' }),
};

/**
 * Data saved by a newer version of this tool (`schemaVersion: 2`): left
 * where it is, for that version, with a notice and a way to download it;
 * the readable assessment beside it is shown as usual.
 */
export const NewerVersionData: Story = {
  args: { 'storage-key': 'story-newer', storage: '' },
  beforeEach: seedStorage('story-newer', {
    'assessment-from-a-newer-version': JSON.stringify({ ...partFilled(), id: 'assessment-from-a-newer-version', schemaVersion: 2 }),
    current: JSON.stringify({ ...partFilled(), id: 'current' }),
  }),
};

/**
 * An assessment with answers for an item this edition does not have
 * (`building-block:no-longer-here`): they are kept, in a part of their own,
 * “Not in this edition” (shown), in the board report and in the exports.
 */
export const ItemNotInEdition: Story = {
  args: { 'storage-key': 'story-not-in-edition', value: withItemNotInEdition() },
  play: ({ canvasElement }) => showPart(canvasElement, 'not-in-edition'),
};

/** `theme="high-contrast"`, at the first ambition of the part-filled assessment. */
export const HighContrast: Story = {
  args: { 'storage-key': 'story-high-contrast', value: partFilled(), theme: 'high-contrast' },
  play: AmbitionPart.play,
};

/** `color-scheme="dark"` on a provider around the element, at the first ambition of the part-filled assessment. */
export const DarkMode: Story = {
  args: { 'storage-key': 'story-dark', value: partFilled() },
  play: AmbitionPart.play,
  ...darkScheme,
};

/**
 * Forced colours (Windows contrast themes), at the first ambition. The
 * Storybook check runs it with forced colours emulated.
 */
export const ForcedColours: Story = {
  args: { 'storage-key': 'story-forced-colours', value: partFilled() },
  play: AmbitionPart.play,
  ...forcedColoursStory,
};

/** In a 320px container, at the first ambition: the list of parts comes above the part, and the fields take the whole width. */
export const NarrowContainer: Story = {
  args: { 'storage-key': 'story-narrow', value: partFilled() },
  play: AmbitionPart.play,
  ...inContainer('320px'),
};

/** `heading-level="3"`: the element’s heading is h3, its parts’ h4 and the items’ h5, for a page where it sits under an h2. */
export const HeadingLevel: Story = {
  args: { 'storage-key': 'story-heading-level', value: partFilled(), 'heading-level': '3' },
  render: (args) => html`<h2>Our palliative and end of life care strategy</h2>
    ${renderSelfAssessment(args)}`,
};
