/**
 * Theming: the table of custom properties, the ready themes and the CSS made
 * from them. Dependency-free, so it also runs in Node (scripts/build-themes.mjs).
 * @module
 */
export * from './tokens.js';
export * from './themes.js';
export * from './css.js';
