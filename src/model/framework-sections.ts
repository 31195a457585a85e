/**
 * The whole framework as one document: its sections in the edition's order,
 * each with its anchor, title and text as blocks of passages. It is the one
 * description `<peolc-framework>` draws its document, its contents list and
 * its search index from, so the three always agree.
 *
 * Anchors are stable across editions, so partners' links survive a new one:
 * `#ambition-<number>`, `#building-block-<id>`, `#foundation-<id>`,
 * `#term-<id>`, an opening section's own id (`#foreword`), and `#title`,
 * `#vision`, `#foundations`, `#glossary`, `#partnership`, `#citation`.
 * @module
 */
import { formatCitation, formatPublished } from '../content/citation.js';
import type { Edition, Signatory } from '../content/types.js';
import type { FrameworkUiStrings } from '../context/framework-ui-strings.js';
import { formatUiString, type ElementUiStrings } from '../context/ui-strings.js';
import { sortEntries } from '../elements/glossary/glossary-entries.js';

/** The parts of the framework `sections` can choose, in the order the document shows them. */
export const frameworkSectionNames = ['title', 'opening', 'vision', 'ambitions', 'foundations', 'glossary', 'partnership', 'citation'] as const;
export type FrameworkSectionName = (typeof frameworkSectionNames)[number];

/** What kind of section it is: the search results say it ("Building block"). */
export type SectionKind =
  'title' | 'opening' | 'vision' | 'ambition' | 'building-block' | 'foundations' | 'foundation' | 'glossary' | 'term' | 'partnership' | 'citation';

/** One searchable piece of text (a paragraph, a list item, a title), with a key unique in the document. */
export interface Passage {
  readonly key: string;
  readonly text: string;
}

/** A piece of a section's text, in order. */
export type Block =
  | { readonly type: 'paragraph'; readonly passage: Passage; readonly role?: 'statement' | 'summary' | 'note' | 'lead' }
  | { readonly type: 'list'; readonly items: readonly Passage[] }
  | { readonly type: 'quote'; readonly passage: Passage; readonly source?: Passage }
  | { readonly type: 'subheading'; readonly passage: Passage }
  | { readonly type: 'signatories'; readonly people: readonly { name: Passage; role: Passage }[] };

/** One section of the document. */
export interface Section {
  readonly kind: SectionKind;
  /** Its id in the page, and what links name: `ambition-3`. */
  readonly anchor: string;
  /** Its heading. */
  readonly title: Passage;
  /** A line above the heading: "Ambition 3". */
  readonly eyebrow?: string;
  /** Its text, always shown. */
  readonly blocks: readonly Block[];
  /** Text behind a "Read more" (a building block's full text), shown when the section is open. */
  readonly more?: readonly Block[];
  /** Sections inside it: an ambition's building blocks, the foundations, the glossary's terms. */
  readonly children: readonly Section[];
}

/** Which parts to show, and whether one ambition or foundation alone. */
export interface SectionChoice {
  readonly parts: ReadonlySet<FrameworkSectionName>;
  /** Only this ambition (by number). */
  readonly ambition?: number;
  /** Only this foundation (by id). */
  readonly foundation?: string;
}

/** The anchor of an ambition, building block, foundation or glossary term. */
export const anchors = {
  ambition: (number: number) => `ambition-${number}`,
  buildingBlock: (id: string) => `building-block-${id}`,
  foundation: (id: string) => `foundation-${id}`,
  term: (id: string) => `term-${id}`,
};

/** The sections of `edition` that `choice` asks for, in the document's order. */
export function frameworkSections(edition: Edition, strings: ElementUiStrings & FrameworkUiStrings, choice: SectionChoice): Section[] {
  const passage = (key: string, text: string): Passage => ({ key, text });
  const paragraphs = (key: string, texts: readonly string[]): Block[] =>
    texts.map((text, index) => ({ type: 'paragraph', passage: passage(`${key}.${index}`, text) }));
  const one = choice.ambition !== undefined || choice.foundation !== undefined;
  const wants = (part: FrameworkSectionName) => !one && choice.parts.has(part);
  const sections: Section[] = [];

  if (wants('title')) {
    // The cover: the edition's title, who published it and when, and its web address.
    const { metadata } = edition;
    sections.push({
      kind: 'title',
      anchor: 'title',
      title: passage('title.title', metadata.title),
      blocks: [
        { type: 'paragraph', passage: passage('title.publisher', `${metadata.publisher}, ${formatPublished(metadata.published)}`), role: 'lead' },
        { type: 'paragraph', passage: passage('title.url', metadata.url) },
      ],
      children: [],
    });
  }

  if (wants('opening')) {
    for (const opening of edition.openingSections ?? []) {
      const key = opening.id;
      const blocks: Block[] = [];
      if (opening.epigraph) {
        blocks.push({
          type: 'quote',
          passage: passage(`${key}.epigraph`, opening.epigraph.text),
          source: opening.epigraph.source ? passage(`${key}.epigraph-source`, opening.epigraph.source) : undefined,
        });
      }
      blocks.push(...paragraphs(key, opening.body));
      (opening.subsections ?? []).forEach((subsection, index) => {
        blocks.push({ type: 'subheading', passage: passage(`${key}.sub${index}`, subsection.title) });
        blocks.push(...paragraphs(`${key}.sub${index}`, subsection.body));
      });
      if (opening.signatories?.length) {
        blocks.push({
          type: 'signatories',
          people: opening.signatories.map((person: Signatory, index) => ({
            name: passage(`${key}.signatory${index}.name`, person.name),
            role: passage(`${key}.signatory${index}.role`, person.role),
          })),
        });
      }
      sections.push({ kind: 'opening', anchor: opening.id, title: passage(`${key}.title`, opening.title), blocks, children: [] });
    }
  }

  if (wants('vision')) {
    sections.push({
      kind: 'vision',
      anchor: 'vision',
      title: passage('vision.title', strings.frameworkVisionHeading),
      blocks: [{ type: 'paragraph', passage: passage('vision.0', edition.vision), role: 'statement' }],
      children: [],
    });
  }

  if (wants('ambitions') || choice.ambition !== undefined) {
    for (const ambition of edition.ambitions) {
      if (one && ambition.number !== choice.ambition) continue;
      const key = anchors.ambition(ambition.number);
      sections.push({
        kind: 'ambition',
        anchor: key,
        eyebrow: formatUiString(strings.ambitionLabel, { number: ambition.number }),
        title: passage(`${key}.title`, ambition.title),
        blocks: [
          { type: 'paragraph', passage: passage(`${key}.statement`, ambition.statement), role: 'statement' },
          { type: 'subheading', passage: passage(`${key}.what-we-know`, strings.whatWeKnowHeading) },
          { type: 'list', items: ambition.whatWeKnow.map((point, index) => passage(`${key}.know${index}`, point)) },
          { type: 'subheading', passage: passage(`${key}.building-blocks`, strings.buildingBlocksHeading) },
        ],
        children: ambition.buildingBlocks.map((block) => {
          const blockKey = anchors.buildingBlock(block.id);
          return {
            kind: 'building-block',
            anchor: blockKey,
            title: passage(`${blockKey}.title`, block.title),
            blocks: [{ type: 'paragraph', passage: passage(`${blockKey}.summary`, block.summary), role: 'summary' }],
            more: paragraphs(blockKey, block.body),
            children: [],
          };
        }),
      });
    }
  }

  const foundation = (item: Edition['foundations'][number]): Section => {
    const key = anchors.foundation(item.id);
    return {
      kind: 'foundation',
      anchor: key,
      eyebrow: formatUiString(strings.foundationLabel, { number: item.number }),
      title: passage(`${key}.title`, item.title),
      blocks: paragraphs(key, item.body),
      children: [],
    };
  };
  if (choice.foundation !== undefined) {
    const item = edition.foundations.find((candidate) => candidate.id === choice.foundation);
    if (item) sections.push(foundation(item));
  } else if (wants('foundations')) {
    sections.push({
      kind: 'foundations',
      anchor: 'foundations',
      title: passage('foundations.title', strings.foundationsSectionHeading),
      blocks: edition.foundationsIntro ? [{ type: 'paragraph', passage: passage('foundations.intro', edition.foundationsIntro), role: 'lead' }] : [],
      children: edition.foundations.map(foundation),
    });
  }

  if (wants('glossary')) {
    sections.push({
      kind: 'glossary',
      anchor: 'glossary',
      title: passage('glossary.title', strings.glossaryHeading),
      blocks: [],
      children: sortEntries(edition.glossary).map((entry) => {
        const key = anchors.term(entry.id);
        return { kind: 'term', anchor: key, title: passage(`${key}.title`, entry.term), blocks: paragraphs(key, entry.definition), children: [] };
      }),
    });
  }

  if (wants('partnership')) {
    sections.push({
      kind: 'partnership',
      anchor: 'partnership',
      title: passage('partnership.title', edition.partnership.name),
      blocks: [
        { type: 'subheading', passage: passage('partnership.members', strings.partnershipMembersHeading) },
        { type: 'list', items: edition.partnership.members.map((member, index) => passage(`partnership.member${index}`, member)) },
      ],
      children: [],
    });
  }

  if (wants('citation')) {
    sections.push({
      kind: 'citation',
      anchor: 'citation',
      title: passage('citation.title', strings.citationHeading),
      blocks: [{ type: 'paragraph', passage: passage('citation.0', formatCitation(edition.metadata)) }],
      children: [],
    });
  }
  return sections;
}

/** Every section, children after their parent, in document order. */
export function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** Every passage of a section's own text (title first; not its children's), in order. */
export function passagesOf(section: Section): Passage[] {
  const fromBlocks = (blocks: readonly Block[]): Passage[] =>
    blocks.flatMap((block) => {
      switch (block.type) {
        case 'list':
          return [...block.items];
        case 'quote':
          return block.source ? [block.passage, block.source] : [block.passage];
        case 'signatories':
          return block.people.flatMap((person) => [person.name, person.role]);
        default:
          return [block.passage];
      }
    });
  return [section.title, ...fromBlocks(section.blocks), ...fromBlocks(section.more ?? [])];
}
