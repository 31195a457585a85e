/**
 * The ready themes, as token values: the single source of the `theme` and
 * `color-scheme` attribute rules in the elements' styles and of the
 * stand-alone files in `dist/themes/` (written by scripts/build-themes.mjs).
 *
 * Every theme sets every theme token, so a theme on an element replaces
 * whatever theme it inherits from a provider. The per-element properties
 * that follow shared ones (e.g. `--peolc-card-accent-color`) are left unset, so a
 * partner can still adjust one element on top of a theme.
 *
 * No dependencies: build scripts import the compiled module in Node.
 * @module
 */
import type { TokenName } from './tokens.js';

/** The tokens every theme sets. */
export const themeTokenNames = [
  '--peolc-text-color',
  '--peolc-background-color',
  '--peolc-surface-color',
  '--peolc-accent-color',
  '--peolc-on-accent-color',
  '--peolc-border-color',
  '--peolc-border-width',
  '--peolc-divider-color',
  '--peolc-focus-color',
  '--peolc-focus-edge-color',
  '--peolc-focus-width',
  '--peolc-radius',
  '--peolc-ambition-1-color',
  '--peolc-ambition-2-color',
  '--peolc-ambition-3-color',
  '--peolc-ambition-4-color',
  '--peolc-ambition-5-color',
  '--peolc-ambition-6-color',
  '--peolc-on-segment-color',
  '--peolc-segment-gap-width',
  '--peolc-selected-edge-width',
] as const satisfies readonly TokenName[];
export type ThemeTokenName = (typeof themeTokenNames)[number];

/** The colour tokens: what the dark colour scheme replaces (sizes stay the theme's). */
export const colourTokenNames = [
  '--peolc-text-color',
  '--peolc-background-color',
  '--peolc-surface-color',
  '--peolc-accent-color',
  '--peolc-on-accent-color',
  '--peolc-border-color',
  '--peolc-divider-color',
  '--peolc-focus-color',
  '--peolc-focus-edge-color',
  '--peolc-ambition-1-color',
  '--peolc-ambition-2-color',
  '--peolc-ambition-3-color',
  '--peolc-ambition-4-color',
  '--peolc-ambition-5-color',
  '--peolc-ambition-6-color',
  '--peolc-on-segment-color',
] as const satisfies readonly ThemeTokenName[];
export type ColourTokenName = (typeof colourTokenNames)[number];

export type ThemeValues = Readonly<Record<ThemeTokenName, string>>;
export type ColourValues = Readonly<Record<ColourTokenName, string>>;

export const themeNames = ['default', 'nhs', 'neutral', 'high-contrast'] as const;
export type ThemeName = (typeof themeNames)[number];

/** Values of the `color-scheme` attribute: `light` (the theme as it is), `dark`, or `auto` (dark when the reader's system asks for it). */
export const colourSchemeNames = ['light', 'dark', 'auto'] as const;
export type ColourSchemeName = (typeof colourSchemeNames)[number];

export interface Theme {
  readonly name: ThemeName;
  readonly label: string;
  readonly description: string;
  readonly values: ThemeValues;
  /**
   * Light text on a dark background. Such a theme keeps its own colours
   * under `color-scheme="dark"` (high contrast must not be weakened), and
   * applies on screen only: printers leave backgrounds out, so printed
   * pages keep the built-in dark-on-light colours.
   */
  readonly lightOnDark: boolean;
}

/**
 * The built-in look: the defaults of the token table (tokens.ts), written
 * out here so the elements need not carry the table's descriptions; a test
 * checks the two agree.
 */
const defaultValues: ThemeValues = {
  '--peolc-text-color': '#212b32',
  '--peolc-background-color': '#ffffff',
  '--peolc-surface-color': '#ffffff',
  '--peolc-accent-color': '#005eb8',
  '--peolc-on-accent-color': '#ffffff',
  '--peolc-border-color': '#4c6272',
  '--peolc-border-width': '1px',
  '--peolc-divider-color': '#d8dde0',
  '--peolc-focus-color': '#ffeb3b',
  '--peolc-focus-edge-color': '#212b32',
  '--peolc-focus-width': '3px',
  '--peolc-radius': '0.25em',
  '--peolc-ambition-1-color': '#005eb8',
  '--peolc-ambition-2-color': '#007f3b',
  '--peolc-ambition-3-color': '#8a1538',
  '--peolc-ambition-4-color': '#330072',
  '--peolc-ambition-5-color': '#7c2855',
  '--peolc-ambition-6-color': '#ae2573',
  '--peolc-on-segment-color': '#ffffff',
  '--peolc-segment-gap-width': '1.5',
  '--peolc-selected-edge-width': '3',
};

export const themes: Readonly<Record<ThemeName, Theme>> = {
  default: {
    name: 'default',
    label: 'Default',
    description: 'The built-in colours (NHS blue accents on white), with each element’s background painted white.',
    values: defaultValues,
    lightOnDark: false,
  },
  nhs: {
    name: 'nhs',
    label: 'NHS',
    description: 'The NHS.UK look: white tiles and cards on the NHS pale grey page, NHS blue and dark blue segments, the NHS yellow focus.',
    values: {
      ...defaultValues,
      '--peolc-text-color': '#212b32',
      '--peolc-background-color': '#f0f4f5',
      '--peolc-surface-color': '#ffffff',
      '--peolc-accent-color': '#005eb8',
      '--peolc-on-accent-color': '#ffffff',
      '--peolc-border-color': '#4c6272',
      '--peolc-divider-color': '#d8dde0',
      '--peolc-focus-color': '#ffeb3b',
      '--peolc-focus-edge-color': '#212b32',
      '--peolc-radius': '0.25em',
      '--peolc-ambition-1-color': '#005eb8',
      '--peolc-ambition-2-color': '#006747',
      '--peolc-ambition-3-color': '#003087',
      '--peolc-ambition-4-color': '#7c2855',
      '--peolc-ambition-5-color': '#0072ce',
      '--peolc-ambition-6-color': '#330072',
      '--peolc-on-segment-color': '#ffffff',
    },
    lightOnDark: false,
  },
  neutral: {
    name: 'neutral',
    label: 'Neutral',
    description: 'Monochrome: greys on white, square corners, a dark focus band with a white edge.',
    values: {
      ...defaultValues,
      '--peolc-text-color': '#1a1a1a',
      '--peolc-background-color': '#ffffff',
      '--peolc-surface-color': '#ffffff',
      '--peolc-accent-color': '#404040',
      '--peolc-on-accent-color': '#ffffff',
      '--peolc-border-color': '#6e6e6e',
      '--peolc-divider-color': '#d4d4d4',
      '--peolc-focus-color': '#1a1a1a',
      '--peolc-focus-edge-color': '#ffffff',
      '--peolc-radius': '0',
      '--peolc-ambition-1-color': '#262626',
      '--peolc-ambition-2-color': '#595959',
      '--peolc-ambition-3-color': '#333333',
      '--peolc-ambition-4-color': '#525252',
      '--peolc-ambition-5-color': '#1a1a1a',
      '--peolc-ambition-6-color': '#4d4d4d',
      '--peolc-on-segment-color': '#ffffff',
    },
    lightOnDark: false,
  },
  'high-contrast': {
    name: 'high-contrast',
    label: 'High contrast',
    description: 'White and yellow on black, with thick edges, gaps and focus indicator, and square corners.',
    values: {
      '--peolc-text-color': '#ffffff',
      '--peolc-background-color': '#000000',
      '--peolc-surface-color': '#000000',
      '--peolc-accent-color': '#ffff00',
      '--peolc-on-accent-color': '#000000',
      '--peolc-border-color': '#ffffff',
      '--peolc-border-width': '0.125em',
      '--peolc-divider-color': '#ffffff',
      '--peolc-focus-color': '#ffff00',
      '--peolc-focus-edge-color': '#000000',
      '--peolc-focus-width': '4px',
      '--peolc-radius': '0',
      '--peolc-ambition-1-color': '#ffff00',
      '--peolc-ambition-2-color': '#ffffff',
      '--peolc-ambition-3-color': '#ffff00',
      '--peolc-ambition-4-color': '#ffffff',
      '--peolc-ambition-5-color': '#ffff00',
      '--peolc-ambition-6-color': '#ffffff',
      '--peolc-on-segment-color': '#000000',
      '--peolc-segment-gap-width': '3',
      '--peolc-selected-edge-width': '5',
    },
    lightOnDark: true,
  },
};

/**
 * The dark colour scheme, opt-in with `color-scheme="dark"` (or `auto`):
 * light text on a near-black background, pale segments with dark text.
 * It replaces the colours of any theme but high contrast, keeps the
 * theme's sizes, and like high contrast applies on screen only.
 */
export const darkColours: ColourValues = {
  '--peolc-text-color': '#f0f4f5',
  '--peolc-background-color': '#121417',
  '--peolc-surface-color': '#1f2429',
  '--peolc-accent-color': '#8cc4f5',
  '--peolc-on-accent-color': '#121417',
  '--peolc-border-color': '#8b98a3',
  '--peolc-divider-color': '#4c5761',
  '--peolc-focus-color': '#ffeb3b',
  '--peolc-focus-edge-color': '#121417',
  '--peolc-ambition-1-color': '#8cc4f5',
  '--peolc-ambition-2-color': '#84d1a1',
  '--peolc-ambition-3-color': '#f2a0b4',
  '--peolc-ambition-4-color': '#c1a9f0',
  '--peolc-ambition-5-color': '#f5c26b',
  '--peolc-ambition-6-color': '#f7a8d8',
  '--peolc-on-segment-color': '#121417',
};

/** A theme's values with the dark colours laid over them, as `color-scheme="dark"` gives. */
export function withDarkColours(theme: Theme): ThemeValues {
  return theme.lightOnDark ? theme.values : { ...theme.values, ...darkColours };
}
