/**
 * The shape of a content edition: the 2015–2020 framework built in, or one a
 * partner supplies (the 2021–2026 refresh, a local adaptation) as JSON.
 * `validateContent()` checks a value against exactly this shape, and the JSON
 * Schema in `dist/content/edition.schema.json` is generated from the same rules.
 */

/** Facts about one edition of the framework, taken from its cover. */
export interface EditionMetadata {
  /** Full title as printed, e.g. "Ambitions for Palliative and End of Life Care: A national framework for local action 2015-2020". */
  title: string;
  /** First and last year the edition covers. */
  years: { start: number; end: number };
  /** Who published it, e.g. "National Palliative and End of Life Care Partnership". */
  publisher: string;
  /** Month of publication as an ISO 8601 year-month, e.g. "2015-09". */
  published: string;
  /** Web address printed on the cover, without a scheme, e.g. "www.endoflifecareambitions.org.uk". */
  url: string;
}

/** One building block: what is needed to realise an ambition. */
export interface BuildingBlock {
  /** Stable slug, unique in the edition (partners link to it), e.g. "honest-conversations". */
  id: string;
  /** Title of the full section. */
  title: string;
  /** Title on the "Building blocks at a glance" page, only where it differs from `title`. */
  glanceTitle?: string;
  /** The short text on the "Building blocks at a glance" page. */
  summary: string;
  /** The full section, one string per paragraph. */
  body: string[];
}

/** One of the six ambitions. */
export interface Ambition {
  /** 1–6, as printed ("01"–"06"). */
  number: number;
  /** Stable slug, e.g. "each-person-is-seen-as-an-individual". */
  id: string;
  /** e.g. "Each person is seen as an individual". */
  title: string;
  /** The "I" statement, e.g. "I, and the people important to me, …". */
  statement: string;
  /** The "What we already know" points, one string each. */
  whatWeKnow: string[];
  /** The building blocks necessary to realise the ambition, in the order of the full sections. */
  buildingBlocks: BuildingBlock[];
}

/** One of the eight foundations that underpin the ambitions. */
export interface Foundation {
  /** 1–8, as printed. */
  number: number;
  /** Stable slug, e.g. "personalised-care-planning". */
  id: string;
  /** Title of the section, e.g. "Involving, supporting and caring for those important to the dying person". */
  title: string;
  /** Short label used in the "Foundations for the ambitions" diagram, e.g. "Those important to the dying person". */
  label: string;
  /** The section, one string per paragraph. */
  body: string[];
}

/**
 * Where a glossary definition comes from: `"framework"` when it is quoted
 * from the edition itself, `"library"` when it was written for peolc-elements
 * because the edition uses the term without defining it.
 */
export type GlossaryOrigin = 'framework' | 'library';

/** One glossary entry. */
export interface GlossaryEntry {
  /** Stable slug, used for anchors such as `#peolc-term-palliative-care`. */
  id: string;
  /** The term as it reads in running text, e.g. "Palliative care". */
  term: string;
  /** Other ways the text writes the term (abbreviations, plurals), e.g. ["CCG", "CCGs"]. */
  aliases?: string[];
  /** The definition, one string per paragraph. */
  definition: string[];
  /** Whether the definition is quoted from the framework or written for this library. */
  origin: GlossaryOrigin;
  /** For quoted definitions: where in the edition it stands, e.g. "Appendix A". */
  source?: string;
}

/** The partnership that wrote the edition. */
export interface Partnership {
  /** e.g. "National Palliative and End of Life Care Partnership". */
  name: string;
  /** Member organisations, in the order the edition lists them. */
  members: string[];
}

/** A quotation set apart at the head of a section, with where it is from. */
export interface Quotation {
  text: string;
  /** e.g. "National End of Life Care Strategy 2008". */
  source?: string;
}

/** Someone who signed a section, e.g. the foreword. */
export interface Signatory {
  /** e.g. "Professor Bee Wee". */
  name: string;
  /** e.g. "National Clinical Director for End of Life Care, NHS England". */
  role: string;
}

/** A part of an opening section under a heading of its own, e.g. "About our ambitions". */
export interface OpeningSubsection {
  title: string;
  /** One string per paragraph. */
  body: string[];
}

/** One of the sections before the ambitions: Foreword, Introduction, Executive Summary and the like. */
export interface OpeningSection {
  /** Stable slug, unique among the opening sections (partners link to it), e.g. "foreword". */
  id: string;
  /** e.g. "Foreword". */
  title: string;
  /** A quotation that heads the section. */
  epigraph?: Quotation;
  /** The section, one string per paragraph. */
  body: string[];
  /** Parts under their own headings, after the body. */
  subsections?: OpeningSubsection[];
  /** Who signed it, after everything else. */
  signatories?: Signatory[];
}

/** A complete edition of the framework: everything the elements render. */
export interface Edition {
  /** Where the JSON Schema of this file is, for editors; ignored by the elements. */
  $schema?: string;
  /** Version of this shape; 1 for now. */
  schemaVersion: 1;
  /** Stable slug for the edition, e.g. "ambitions-2015-2020". */
  id: string;
  metadata: EditionMetadata;
  /** The sections before the ambitions, in order (Foreword, Introduction, Executive Summary …); optional, shown first by `<peolc-framework>`. */
  openingSections?: OpeningSection[];
  /** The vision statement ("I can make the last stage of my life as good as possible …"). */
  vision: string;
  /** Exactly six ambitions, numbered 1–6 in order. */
  ambitions: Ambition[];
  /** Exactly eight foundations, numbered 1–8 in order. */
  foundations: Foundation[];
  /** The edition's short introduction to the foundations ("… eight foundations … necessary for each and underpin the whole."). */
  foundationsIntro?: string;
  /** Definitions, in any order (elements sort them). */
  glossary: GlossaryEntry[];
  partnership: Partnership;
}

/** An ambition as the outline has it: what the wheel draws. */
export type AmbitionOutline = Pick<Ambition, 'number' | 'id' | 'title'>;

/** A foundation as the outline has it: what the wheel's foundations band shows. */
export type FoundationOutline = Pick<Foundation, 'number' | 'id' | 'label'>;

/**
 * The part of an edition the ambition wheel needs, small enough to load with
 * it; every `Edition` is also an outline.
 */
export interface EditionOutline {
  vision: string;
  ambitions: AmbitionOutline[];
  foundations: FoundationOutline[];
}

/** The rest of an ambition: its text, joined to its outline. */
export type AmbitionText = Omit<Ambition, keyof AmbitionOutline>;

/** The rest of a foundation: its text, joined to its outline. */
export type FoundationText = Omit<Foundation, keyof FoundationOutline>;
