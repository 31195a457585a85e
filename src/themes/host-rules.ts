/**
 * The `theme` and `color-scheme` attribute rules as CSS text: every
 * element's (which also sets the native colour scheme) and the provider's.
 * Computed here from themes.ts; `npm run build` replaces this module in dist/
 * with the two strings it computes (scripts/build-themes.mjs), so the
 * bundles carry that CSS rather than the theme table and its generator.
 * @module
 */
import { hostThemeCss } from './css.js';

/** For every element's `:host`. */
export const elementThemeRules: string = hostThemeCss({ nativeScheme: true });

/** For `<peolc-provider>`'s `:host`: no native colour scheme, which would reach the partner's own content. */
export const providerThemeRules: string = hostThemeCss({ nativeScheme: false });
