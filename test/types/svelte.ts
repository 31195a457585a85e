// Compiled by `npm run test:types`: the Svelte 5 types (peolc-elements/types/svelte). svelte-check
// turns `<peolc-ambition-wheel selected={3} onpeolc-ambition-select={…} />` into
// `svelteHTML.createElement('peolc-ambition-wheel', { selected: 3, 'onpeolc-ambition-select': … })`
// against Svelte's own element types (svelte/svelte-html.d.ts), so these calls are what it checks.
/// <reference path="../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'peolc-elements/types/svelte';

let selected: number | null = null;

svelteHTML.createElement('peolc-ambition-wheel', {
  selected,
  panel: true,
  parts: ['what-we-know'],
  'show-foundations': true,
  'heading-level': 3,
  class: 'wheel',
  'onpeolc-ambition-select': (event) => {
    selected = event.detail.number;
  },
});
svelteHTML.createElement('peolc-ambition-wheel', { 'on:peolc-ambition-select': (event) => event.detail.title });
svelteHTML.createElement('peolc-foundation-grid', {
  foundations: [1, 3, 6],
  highlight: 6,
  'onpeolc-foundation-toggle': (event) => event.detail.expanded,
});
svelteHTML.createElement('peolc-term', { term: 'grief', open: true, 'onpeolc-term-toggle': (event) => event.detail.open });
svelteHTML.createElement('peolc-provider', { src: new URL('https://example.org/edition.json'), strings: { readMore: 'Read the full text' } });
export const element: HTMLElementTagNameMap['peolc-glossary'] = svelteHTML.createElement('peolc-glossary', { terms: ['grief'] });

// @ts-expect-error selected is a number or an id, not an object
svelteHTML.createElement('peolc-ambition-wheel', { selected: {} });
// @ts-expect-error a misspelt attribute is an error
svelteHTML.createElement('peolc-ambition-wheel', { selcted: 3 });
// @ts-expect-error the event detail is typed: it has no colour
svelteHTML.createElement('peolc-ambition-wheel', { 'onpeolc-ambition-select': (event) => event.detail.colour });
// @ts-expect-error the grid's foundations are a list, not a flag
svelteHTML.createElement('peolc-foundation-grid', { foundations: true });
