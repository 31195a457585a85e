import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import {
  colourTokenNames,
  darkColours,
  themeNames,
  themes,
  themeTokenNames,
  tokenGroups,
  tokens,
  type TokenGroup,
  type TokenInfo,
} from '../src/themes/index.js';

/** Arguments of these stories, named after the provider's attributes. An empty string leaves the attribute off. */
interface ThemeArgs {
  theme?: string;
  'color-scheme'?: string;
}

const optional = (value: string | undefined) => (value ? value : nothing);

/**
 * A page section under `<peolc-provider theme="…" color-scheme="…">`: the
 * wheel with a selection and its panel, the foundation grid, three
 * building-block cards, terms in running text and a short glossary. The section's own box reads the provider's
 * `--peolc-background-color` and `--peolc-text-color`, as a partner's page
 * can, so the space between the elements matches them.
 */
const renderThemed = (args: ThemeArgs) => html`
  <peolc-provider theme=${optional(args.theme)} color-scheme=${optional(args['color-scheme'])}>
    <section
      aria-label="Themed elements"
      style="padding: 1.5em; display: grid; gap: 2em; background: var(--peolc-background-color, transparent); color: var(--peolc-text-color, inherit)"
    >
      <peolc-ambition-wheel selected="3" panel parts="what-we-know" show-foundations heading-level="3"></peolc-ambition-wheel>
      <peolc-foundation-grid highlight="2" heading-level="3"></peolc-foundation-grid>
      <ul style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 1em; margin: 0; padding: 0; list-style: none">
        <li><peolc-building-block block="honest-conversations" heading-level="3"></peolc-building-block></li>
        <li><peolc-building-block block="integrated-care" heading-level="3"></peolc-building-block></li>
        <li><peolc-building-block block="community-partnerships" heading-level="3"></peolc-building-block></li>
      </ul>
      <p>
        Everyone should be offered <peolc-term term="advance-care-planning">advance care planning</peolc-term> and support
        for <peolc-term term="carer">carers</peolc-term>.
      </p>
      <peolc-glossary terms="advance-care-planning,carer,end-of-life" label="Glossary"></peolc-glossary>
    </section>
  </peolc-provider>
`;

/**
 * Ready themes, chosen with one attribute on `<peolc-provider>` (which themes
 * every element inside it) or on any one element, or with one stylesheet:
 *
 * ```html
 * <peolc-provider theme="nhs"> … </peolc-provider>
 * <peolc-ambition-wheel theme="high-contrast"></peolc-ambition-wheel>
 * <link rel="stylesheet" href="peolc-elements/dist/themes/nhs.css">
 * ```
 *
 * Themes: `default`, `nhs`, `neutral`, `high-contrast`. Dark colours are
 * opt-in: `color-scheme="dark"`, or `color-scheme="auto"` to follow the
 * reader's system setting (files: `dark.css`, `auto-dark.css`, loaded after
 * a theme). Every theme keeps text at 4.5:1 and edges, borders and the focus
 * indicator at 3:1; high contrast keeps its own colours when dark is asked
 * for. Light-on-dark colours apply on screen only, so printed pages keep dark
 * text on white.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Foundations/Themes',
  component: 'peolc-provider',
  argTypes: {
    theme: { control: { type: 'select', labels: { '': '(not set)' } }, options: ['', ...themeNames] },
    'color-scheme': { control: { type: 'select', labels: { '': '(not set)' } }, options: ['', 'light', 'dark', 'auto'] },
  },
  // Only the theme attributes do anything here; the provider's other attributes are under Content › Provider.
  parameters: { controls: { include: ['theme', 'color-scheme'] } },
  args: { theme: '', 'color-scheme': '' },
  render: renderThemed,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** `theme="default"`: the built-in colours, each element's background painted white. */
export const Default: Story = { args: { theme: 'default' } };

/** `theme="nhs"`: white tiles and cards on the NHS pale grey, NHS blue and dark blue segments, the NHS yellow focus. */
export const NHS: Story = { args: { theme: 'nhs' } };

/** `theme="neutral"`: monochrome greys, square corners. */
export const Neutral: Story = { args: { theme: 'neutral' } };

/** `theme="high-contrast"`: white and yellow on black, thick edges and focus indicator. */
export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };

/** `color-scheme="dark"`: the dark colours, opt-in. With a theme, it keeps the theme's sizes. */
export const Dark: Story = { args: { 'color-scheme': 'dark' } };

/** `theme="nhs" color-scheme="dark"`: the dark colours with the NHS theme’s sizes and corners. */
export const NHSDark: Story = { name: 'NHS dark', args: { theme: 'nhs', 'color-scheme': 'dark' } };

/** `theme="high-contrast" color-scheme="dark"`: high contrast keeps its own colours when dark is asked for. */
export const HighContrastDark: Story = { name: 'High contrast dark', args: { theme: 'high-contrast', 'color-scheme': 'dark' } };

/** `theme="nhs" color-scheme="auto"`: the NHS theme, dark when the reader's system asks for dark. */
export const AutoColourScheme: Story = { name: 'Auto colour scheme', args: { theme: 'nhs', 'color-scheme': 'auto' } };

// ---------------------------------------------------------------------------
// The tokens table

const tableStyle = 'border-collapse: collapse; width: 100%; line-height: 1.4';
const cell = 'border: 1px solid #b1b4b6; padding: 0.375em 0.5em; text-align: start; vertical-align: top';
const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

/** A value in code, with a swatch beside colours (the swatch is decoration: the value says it). */
const value = (text: string): TemplateResult =>
  html`<code>${text}</code>${
    isColour(text)
      ? html` <span
          aria-hidden="true"
          style=${styleMap({
            display: 'inline-block',
            width: '1em',
            height: '1em',
            verticalAlign: 'middle',
            border: '1px solid #505a5f',
            background: text,
          })}
        ></span>`
      : nothing
  }`;

const groupOrder = Object.keys(tokenGroups) as TokenGroup[];

function renderTokenTable(): TemplateResult {
  const all = tokens as readonly TokenInfo[];
  return html`
    <table style=${tableStyle}>
      <caption style="text-align: start; font-weight: 700; font-size: 1.25em; margin-bottom: 0.5em">
        Custom properties (${all.length})
      </caption>
      <thead>
        <tr>
          <th scope="col" style=${cell}>Property</th>
          <th scope="col" style=${cell}>Default</th>
          <th scope="col" style=${cell}>Falls back first to</th>
          <th scope="col" style=${cell}>What it sets</th>
        </tr>
      </thead>
      ${groupOrder.map(
        (group) => html`<tbody>
          <tr>
            <th scope="colgroup" colspan="4" style="${cell}; background: #f0f4f5">${tokenGroups[group]}</th>
          </tr>
          ${all
            .filter((token) => token.group === group)
            .map(
              (token) => html`<tr>
                <th scope="row" style="${cell}; font-weight: 400"><code>${token.name}</code></th>
                <td style=${cell}>${value(token.default)}</td>
                <td style=${cell}>${token.follows ? html`<code>${token.follows}</code>` : '—'}</td>
                <td style=${cell}>${token.description}</td>
              </tr>`,
            )}
        </tbody>`,
      )}
    </table>
  `;
}

function renderThemeValues(): TemplateResult {
  const colours = new Set<string>(colourTokenNames);
  return html`
    <table style=${tableStyle}>
      <caption style="text-align: start; font-weight: 700; font-size: 1.25em; margin-bottom: 0.5em">
        What each theme sets
      </caption>
      <thead>
        <tr>
          <th scope="col" style=${cell}>Property</th>
          ${themeNames.map((name) => html`<th scope="col" style=${cell}><code>theme="${name}"</code></th>`)}
          <th scope="col" style=${cell}><code>color-scheme="dark"</code></th>
        </tr>
      </thead>
      <tbody>
        ${themeTokenNames.map(
          (name) => html`<tr>
            <th scope="row" style="${cell}; font-weight: 400"><code>${name}</code></th>
            ${themeNames.map((theme) => html`<td style=${cell}>${value(themes[theme].values[name])}</td>`)}
            <td style=${cell}>
              ${colours.has(name) ? value(darkColours[name as keyof typeof darkColours]) : html`the theme’s`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}

/**
 * Every `--peolc-*` custom property the elements read, generated from
 * `src/themes/tokens.ts`, and the values each ready theme gives. Set a shared
 * property to change every element, or a per-element one (which falls back
 * to the shared one) to change one. Sizes are in em; fonts are the page's.
 */
export const Tokens: Story = {
  name: 'Tokens',
  // A reference table: the toolbar's theme and width do not apply to it.
  globals: { theme: 'none', colorScheme: 'light', width: 'auto' },
  argTypes: { theme: { table: { disable: true } }, 'color-scheme': { table: { disable: true } } },
  render: () => html`
    <div style="display: grid; gap: 2em; max-width: 72em; font-size: 0.9375em">
      ${renderTokenTable()} ${renderThemeValues()}
    </div>
  `,
};
