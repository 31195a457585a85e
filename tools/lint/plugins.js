// The ESLint plugins, resolved from this folder's install (with TypeScript 5),
// for the root eslint.config.js.
export { default as tseslint } from 'typescript-eslint';
export { default as lit } from 'eslint-plugin-lit';
export { default as wc } from 'eslint-plugin-wc';
export { default as litA11y } from 'eslint-plugin-lit-a11y';
