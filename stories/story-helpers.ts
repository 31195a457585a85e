/**
 * Stories only: what every story file shares. Not part of the library.
 */
import { nothing } from 'lit';
import { colourSchemeNames, themeNames } from '../src/themes/index.js';

/** An attribute value, or `nothing` (no attribute) when it is empty or unset. */
export const optional = (value: string | number | undefined | null) =>
  value === undefined || value === null || value === '' ? nothing : String(value);

/** Hides a row in the args table and its control, for stories where it does not apply. */
export const hidden = { table: { disable: true } } as const;

/** The `heading-level` control: 2–6, or unset (2). */
export const headingLevelControl = {
  control: { type: 'select', labels: { '': '(not set: 2)' } },
  options: ['', '2', '3', '4', '5', '6'],
} as const;

/** The attributes every element takes from its shared styles: a ready theme and the colour scheme. */
export interface ThemeAttributeArgs {
  theme?: string;
  'color-scheme'?: string;
}

/**
 * Controls for `theme` and `color-scheme` on the element itself. Their
 * descriptions come from the manifest (.storybook/manifest.ts). The toolbar's
 * theme switch sets the same attributes on a provider around the story
 * instead; one on the element wins.
 */
export const themeArgTypes = {
  theme: {
    control: { type: 'select', labels: { '': '(not set)' } },
    options: ['', ...themeNames],
  },
  'color-scheme': {
    control: { type: 'select', labels: { '': '(not set)' } },
    options: ['', ...colourSchemeNames],
  },
} as const;

export const themeArgsUnset: ThemeAttributeArgs = { theme: '', 'color-scheme': '' };

/** An event handler arg: Storybook fills it from the manifest's events, and logs each event in the Actions panel. */
export type Handler = ((event: Event) => void) | undefined;

/**
 * Tags a story about forced colours (Windows contrast themes). A page cannot
 * switch forced colours on for itself, so the story looks like any other
 * until the browser emulates them (Chrome and Edge: DevTools › More tools ›
 * Rendering › “Emulate CSS media feature forced-colors”). The Storybook check
 * (`scripts/check-storybook.mjs`) runs it, and axe, with forced colours
 * emulated.
 */
export const forcedColoursStory = { tags: ['forced-colors'] };

/** The same for reduced motion: the check emulates `prefers-reduced-motion: reduce`. */
export const reducedMotionStory = { tags: ['reduced-motion'] };

/** Globals that put a story in a container of a fixed width (the toolbar's container switch). */
export const inContainer = (width: '320px' | '600px' | '1200px') => ({ globals: { width } }) as const;

/** Globals for the dark colour scheme on a provider around the story (the toolbar's colour-scheme switch). */
export const darkScheme = { globals: { colorScheme: 'dark' } } as const;
