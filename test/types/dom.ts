// Compiled by `npm run test:types`: importing the package adds every tag to HTMLElementTagNameMap
// and every event to the event maps of elements, the document and the window (the events bubble
// and are composed, so a listener anywhere above the element hears them).
import type { PeolcAmbitionWheel, PeolcProvider } from 'peolc-elements';

document.addEventListener('peolc-ambition-select', (event) => event.detail.number.toFixed(0));
window.addEventListener('peolc-foundation-toggle', (event) => event.detail.expanded);
document.body.addEventListener('peolc-building-block-toggle', (event) => event.detail.ambition);
document.addEventListener('peolc-glossary-search', (event) => event.detail.query.trim());
window.addEventListener('peolc-term-toggle', (event) => event.detail.open);
document.addEventListener('peolc-content-load', (event) => event.detail.edition.id);
document.addEventListener('peolc-content-error', (event) => event.detail.problems.map((problem) => problem.path));

// Every tag is its class.
export const tags = {
  wheel: document.querySelector('peolc-ambition-wheel') satisfies PeolcAmbitionWheel | null,
  ambition: document.createElement('peolc-ambition').parts,
  grid: document.createElement('peolc-foundation-grid').toggle(3),
  cards: document.createElement('peolc-building-blocks').toggle('honest-conversations', true),
  card: document.createElement('peolc-building-block').toggle(),
  glossary: document.createElement('peolc-glossary').query,
  term: document.createElement('peolc-term').toggle(true),
  provider: document.createElement('peolc-provider') satisfies PeolcProvider,
};

// The public fields take what the contract says they take.
const wheel = document.createElement('peolc-ambition-wheel');
wheel.selected = 3;
wheel.selected = 'maximising-comfort-and-wellbeing';
wheel.selected = null;
wheel.panel = true;
wheel.parts = ['what-we-know', 'building-blocks'];
wheel.parts = 'what-we-know building-blocks';
wheel.showFoundations = true;
wheel.headingLevel = 3;
wheel.theme = 'nhs';
wheel.colorScheme = 'dark';
const grid = document.createElement('peolc-foundation-grid');
grid.foundations = [1, 3, 6];
grid.foundations = '1,3,6';
grid.highlight = 6;
grid.expanded = true;
const provider = document.createElement('peolc-provider');
provider.src = new URL('https://example.org/edition.json');
provider.strings = { readMore: 'Read the full text' };
provider.strings = '{"readMore": "Read the full text"}';
const term = document.createElement('peolc-term');
term.open = true;
document.createElement('peolc-glossary').terms = ['end-of-life', 'grief'];

// @ts-expect-error the detail is typed: it has no colour
document.addEventListener('peolc-ambition-select', (event) => event.detail.colour);
// @ts-expect-error a glossary search tells the query and the count
window.addEventListener('peolc-glossary-search', (event) => event.detail.expanded);
// @ts-expect-error selected is a number or an id
wheel.selected = {};
// @ts-expect-error heading levels are 2 to 6
wheel.headingLevel = 1;
// @ts-expect-error the provider's status is read-only
provider.status = 'loaded';
