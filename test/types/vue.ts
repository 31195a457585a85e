// Compiled by `npm run test:types`: the Vue 3 types (peolc-elements/types/vue). vue-tsc checks a
// template's `<peolc-ambition-wheel :selected="selected" @peolc-ambition-select="…">` against
// the `$props` of the tag's GlobalComponents entry, with `@peolc-ambition-select` as the prop
// `onPeolcAmbitionSelect`; these objects are what it checks.
import { ref, type GlobalComponents } from 'vue';
import type {} from 'peolc-elements/types/vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

const selected = ref<number | null>(null);

export const wheel: PropsOf<'peolc-ambition-wheel'> = {
  selected: selected.value,
  panel: true,
  parts: ['what-we-know'],
  'show-foundations': true,
  'heading-level': 3,
  onPeolcAmbitionSelect: (event) => {
    selected.value = event.detail.number;
  },
};
export const grid: PropsOf<'peolc-foundation-grid'> = {
  foundations: [1, 3, 6],
  highlight: 6,
  onPeolcFoundationToggle: (event) => event.detail.expanded,
};
export const glossary: PropsOf<'peolc-glossary'> = { terms: ['end-of-life'], query: 'grief', onPeolcGlossarySearch: (event) => event.detail.count };
export const term: PropsOf<'peolc-term'> = { term: 'grief', open: true, onPeolcTermToggle: (event) => event.detail.open };
export const provider: PropsOf<'peolc-provider'> = {
  src: new URL('https://example.org/edition.json'),
  strings: { readMore: 'Read the full text' },
  onPeolcContentError: (event) => event.detail.problems.length,
};

// @ts-expect-error selected is a number or an id, not an object
export const objectSelected: PropsOf<'peolc-ambition-wheel'> = { selected: {} };
// @ts-expect-error a misspelt attribute is an error
export const misspelt: PropsOf<'peolc-ambition-wheel'> = { selcted: 3 };
// @ts-expect-error the event detail is typed: it has no colour
export const wrongDetail: PropsOf<'peolc-ambition-wheel'> = { onPeolcAmbitionSelect: (event) => event.detail.colour };
// @ts-expect-error the grid's foundations are a list, not a flag
export const gridFlag: PropsOf<'peolc-foundation-grid'> = { foundations: true };
