/**
 * peolc-elements: web components that present "Ambitions for Palliative and
 * End of Life Care: A national framework for local action". Importing this
 * module defines every element; import `peolc-elements/content/index.js` for
 * the content and validator alone.
 * @module
 */
// The content API without the validator and the JSON Schema, which the
// elements load only with a partner edition (and tooling needs alone): they
// are in `peolc-elements/content/index.js` and dist/content/edition.schema.json.
export { ambitions2015to2020, outline2015to2020, formatCitation, formatPublished, formatProblem, maxEditionBytes } from './content/index.js';
export type {
  Ambition,
  AmbitionOutline,
  BuildingBlock,
  ContentProblem,
  Edition,
  EditionOutline,
  EditionMetadata,
  Foundation,
  FoundationOutline,
  GlossaryEntry,
  GlossaryOrigin,
  OpeningSection,
  OpeningSubsection,
  Partnership,
  Quotation,
  Signatory,
  ValidationResult,
} from './content/index.js';
export { contentContext, ContentController, builtInContent } from './context/content-context.js';
export type { ContentContextValue } from './context/content-context.js';
export { formatUiString } from './context/ui-strings.js';
export { defaultUiStrings } from './context/default-ui-strings.js';
export { mergeUiStrings } from './context/merge-ui-strings.js';
export type { UiStrings, UiStringKey } from './context/ui-strings.js';
export { defineElement } from './internal/define.js';
export { PeolcElement } from './elements/shared/peolc-element.js';
export type { ThemeName, ColorScheme } from './elements/shared/peolc-element.js';
export type { PeolcEventDetails, PeolcEventMap } from './elements/shared/events.js';
export { version } from './internal/version.generated.js';
// Every entry point, generated from src/registry.ts.
export * from './elements.generated.js';
