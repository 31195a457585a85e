import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fallbackExamples } from '../src/fallback/examples.js';
import fallbackCss from '../dist/peolc-elements.css?raw';

/**
 * The snippets the build renders from the elements themselves
 * (`dist/fallback/*.html`, by `fallbackSnippet()` from
 * `peolc-elements/fallback/render.js`), keyed by example name.
 */
const snippets: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../dist/fallback/peolc-*.html', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
    path.replace(/^.*\/|\.html$/g, ''),
    text.trim(),
  ]),
);

interface FallbackArgs {
  /** The example: a file of `dist/fallback/`. */
  example: string;
  /** The width of the page it is shown on, in px. */
  width: number;
}

/**
 * Other stories define the real tags in this preview, and a defined element
 * shows its shadow DOM, not its fallback. So each snippet is shown in a frame
 * that loads no script, with the stylesheet: exactly what a page shows before
 * the script runs, or when it never does.
 */
function page(snippet: string, tag: string): string {
  const body = tag === 'peolc-term' ? `<p>Everyone should be offered ${snippet} as early as they wish.</p>` : snippet;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>No-JS fallback</title><style>${fallbackCss}</style></head><body>${body}</body></html>`;
}

const fitHeight = (event: Event) => {
  const frame = event.target as HTMLIFrameElement;
  frame.style.height = `${frame.contentDocument!.documentElement.scrollHeight + 4}px`;
};

const render = ({ example: name, width }: FallbackArgs) => {
  const example = fallbackExamples.find((candidate) => candidate.name === name);
  const snippet = snippets[name];
  if (!example || snippet === undefined)
    return html`<p role="alert">There is no example “${name}” in dist/fallback/: run <code>npm run build</code>.</p>`;
  return html`
    <style>
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
        display: block;
        max-width: 100%;
        margin-block-end: 2em;
        border: 2px dashed #4c6272;
      }
    </style>
    <div class="fallback-story">
      <iframe class="preview" title="${example.description}" style="width: ${width}px" srcdoc=${page(snippet, example.tag)} @load=${fitHeight}></iframe>
      <h2>The snippet</h2>
      <p>Paste it where the element goes. Link <code>dist/peolc-elements.css</code> in the page’s <code>&lt;head&gt;</code> so it is laid out as the element will be.</p>
      <pre><code>${snippet}</code></pre>
    </div>
  `;
};

/**
 * What readers see before the script has run, or when it never does: each
 * element's no-JS fallback, rendered at build time from the element's own
 * template and styled by `dist/peolc-elements.css` (the element's own styles,
 * rewritten for before it upgrades), with the snippet to copy. When the
 * element upgrades its shadow DOM takes the fallback's place, and nothing on
 * the page moves.
 */
const meta: Meta<FallbackArgs> = {
  title: 'Embedding/No-JS fallback',
  tags: ['autodocs'],
  argTypes: {
    example: { control: 'select', options: fallbackExamples.map((example) => example.name), description: 'The example, a file of `dist/fallback/`.' },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 }, description: 'The width of the page, in px.' },
  },
  args: { width: 800 },
  render,
};
export default meta;

type Story = StoryObj<FallbackArgs>;

const story = (name: string, width = 800): Story => {
  const example = fallbackExamples.find((candidate) => candidate.name === name)!;
  return {
    args: { example: name, width },
    parameters: { docs: { description: { story: `${example.description} The file \`dist/fallback/${example.name}.html\`.` } } },
  };
};

export const AmbitionWheel: Story = story('peolc-ambition-wheel');
export const AmbitionWheelWithPanel: Story = story('peolc-ambition-wheel--panel', 1000);
export const AmbitionWheelLinks: Story = story('peolc-ambition-wheel--links');
export const NarrowAmbitionWheel: Story = story('peolc-ambition-wheel', 320);
export const Ambition: Story = story('peolc-ambition');
export const FoundationGrid: Story = story('peolc-foundation-grid');
export const FoundationGridExpanded: Story = story('peolc-foundation-grid--expanded');
export const BuildingBlocks: Story = story('peolc-building-blocks');
export const BuildingBlocksAllFull: Story = story('peolc-building-blocks--all-full');
export const BuildingBlock: Story = story('peolc-building-block');
export const Glossary: Story = story('peolc-glossary--terms');
export const Term: Story = story('peolc-term');
export const Framework: Story = story('peolc-framework');
export const FrameworkOneAmbition: Story = story('peolc-framework--ambition');
export const NarrowFramework: Story = story('peolc-framework', 320);
