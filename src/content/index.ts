export type {
  Ambition,
  AmbitionOutline,
  BuildingBlock,
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
} from './types.js';
export { ambitions2015to2020 } from './ambitions-2015-2020/index.js';
export { ambitions2015to2020Complete } from './ambitions-2015-2020/complete.js';
export { outline2015to2020 } from './ambitions-2015-2020/outline.js';
export { formatCitation, formatPublished } from './citation.js';
export { validateContent, formatProblem, maxEditionBytes } from './validate.js';
export type { ContentProblem, ValidationResult } from './validate.js';
export { editionJsonSchema } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';
