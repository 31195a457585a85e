/**
 * The `theme` and `color-scheme` attribute rules as CSS text: every
 * element's (which also sets the native colour scheme) and the provider's.
 * They are computed from themes.ts by hostThemeCss() (css.ts) before `tsc`
 * runs, into host-rules.generated.ts (scripts/generate-sources.mjs,
 * `npm run generate`), so the bundles carry two strings rather than the
 * theme table and its generator.
 * @module
 */
export { elementThemeRules, providerThemeRules } from './host-rules.generated.js';
