import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { createFallbackCss, type StyledTag } from '../src/fallback/fallback-css.js';
import { fallbackExamples } from '../src/fallback/examples.js';
import { fallbackHtml, fallbackTags, fullSnippet, type FallbackAttributes } from '../src/fallback/fallback-html.js';

/**
 * Other stories define the real tags in this preview, and a defined element
 * shows its shadow DOM, not its fallback. So each fallback is shown inside a
 * tag that is never defined (`peolc-foundation-grid-preview`), styled by the
 * same stylesheet written for those names: exactly what a page shows before
 * the script runs, or when it never does.
 */
const previewTag = (tag: string) => `${tag}-preview`;
const previewCss = createFallbackCss((tag: StyledTag) => previewTag(tag));

interface FallbackArgs {
  /** The element. */
  tag: string;
  /** Its attributes, as JSON: `{"expanded": ""}`. */
  attributes: string;
}

function readAttributes(json: string): FallbackAttributes | string {
  try {
    const value: unknown = JSON.parse(json || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The attributes must be a JSON object, e.g. {"expanded": ""}.';
    return value as FallbackAttributes;
  } catch (error) {
    return `The attributes are not JSON: ${(error as Error).message}`;
  }
}

const render = (args: FallbackArgs) => {
  const attributes = readAttributes(args.attributes);
  if (typeof attributes === 'string') return html`<p role="alert">${attributes}</p>`;
  let inner: string;
  let snippet: string;
  try {
    inner = fallbackHtml(args.tag, attributes);
    snippet = fullSnippet(args.tag, attributes);
  } catch (error) {
    return html`<p role="alert">${(error as Error).message}</p>`;
  }
  // Safe to render as HTML: fallbackHtml escapes every string, and the preview tag comes from a fixed list.
  const element = `<${previewTag(args.tag)}>${inner}</${previewTag(args.tag)}>`;
  const shown = args.tag === 'peolc-term' ? `<p>Everyone should be offered ${element} as early as they wish.</p>` : element;
  return html`
    <style>
      ${previewCss}
      .fallback-story pre {
        margin: 0;
        padding: 1em;
        border: 1px solid #4c6272;
        background: #f0f4f5;
        color: #212b32;
        font-size: 0.875em;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .fallback-story .preview {
        margin-block-end: 2em;
        padding: 1em;
        border: 2px dashed #4c6272;
      }
    </style>
    <div class="fallback-story">
      <div class="preview">${unsafeHTML(shown)}</div>
      <h2>The snippet</h2>
      <p>Paste it where the element goes. Link <code>dist/peolc-elements.css</code> in the page’s <code>&lt;head&gt;</code> so it is laid out as the element will be.</p>
      <pre><code>${snippet}</code></pre>
    </div>
  `;
};

/**
 * What readers see before the script has run, or when it never does: each
 * element's no-JS fallback from `fallbackHtml()`, styled by
 * `dist/peolc-elements.css`, with the snippet to copy. When the element
 * upgrades its shadow DOM takes the fallback's place, and nothing on the page
 * moves.
 */
const meta: Meta<FallbackArgs> = {
  title: 'Embedding/No-JS fallback',
  tags: ['autodocs'],
  argTypes: {
    tag: { control: 'select', options: fallbackTags.filter((tag) => tag !== 'peolc-provider'), description: 'The element.' },
    attributes: { control: 'text', description: 'Its attributes, as a JSON object, e.g. `{"expanded": "", "highlight": "6"}`. `""` is a boolean attribute.' },
  },
  render,
};
export default meta;

type Story = StoryObj<FallbackArgs>;

const story = (name: string): Story => {
  const example = fallbackExamples.find((candidate) => candidate.name === name)!;
  return {
    args: { tag: example.tag, attributes: JSON.stringify(example.attributes) },
    parameters: { docs: { description: { story: `${example.description} The file \`dist/fallback/${example.name}.html\`.` } } },
  };
};

export const AmbitionWheel: Story = story('peolc-ambition-wheel');
export const AmbitionWheelWithPanel: Story = story('peolc-ambition-wheel--panel');
export const AmbitionWheelLinks: Story = story('peolc-ambition-wheel--links');
export const NarrowAmbitionWheel: Story = {
  ...story('peolc-ambition-wheel'),
  decorators: [(storyFn) => html`<div style="width: 320px">${storyFn()}</div>`],
};
export const Ambition: Story = story('peolc-ambition');
export const FoundationGrid: Story = story('peolc-foundation-grid');
export const FoundationGridExpanded: Story = story('peolc-foundation-grid--expanded');
export const BuildingBlocks: Story = story('peolc-building-blocks');
export const BuildingBlocksAllFull: Story = story('peolc-building-blocks--all-full');
export const BuildingBlock: Story = story('peolc-building-block');
export const Glossary: Story = story('peolc-glossary--terms');
export const Term: Story = story('peolc-term');
