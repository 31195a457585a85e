// ESLint for the TypeScript in src/, test/ and stories/ (`npm run lint`).
// The plugins come from tools/lint/, which has the TypeScript 5 that
// typescript-eslint needs (the package builds with TypeScript 7).
import { litA11y, lit, tseslint, wc } from './tools/lint/plugins.js';

/** Lit must not reach the layers below the elements: content and model are plain TypeScript. */
const noLit = {
  patterns: [
    {
      group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
      message: 'src/content/ and src/model/ are Lit-free: elements and fallbacks both use them (CONTRIBUTING.md, "The shape").',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['**/*.generated.ts', 'test/types/**', 'test/bundlers/**', 'test/e2e/**'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    extends: [
      // Not the type-checked set: its type information would come from
      // TypeScript 5, and the package is checked with TypeScript 7, which
      // disagrees with it (no-unnecessary-type-assertion's fixes broke `npm run typecheck`).
      tseslint.configs.recommended,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      litA11y.configs.recommended,
    ],
  },
  {
    files: ['src/content/**/*.ts', 'src/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noLit] },
  },
);
