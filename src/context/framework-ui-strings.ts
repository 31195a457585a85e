/**
 * The interface text of `<peolc-framework>`, loaded with it alone: a page
 * with only the wheel does not carry it. Part of `defaultUiStrings`, so a
 * provider replaces these as it does the others.
 */
export const frameworkUiStrings = {
  /** Heading of the vision in `<peolc-framework>`. */
  frameworkVisionHeading: 'Our vision',
  /** Heading of the foundations section in `<peolc-framework>` (the framework's own heading). */
  foundationsSectionHeading: 'Foundations for the ambitions',
  /** Heading of the glossary in `<peolc-framework>`. */
  glossaryHeading: 'Glossary',
  /** Subheading above the partnership's members in `<peolc-framework>`. */
  partnershipMembersHeading: 'Members of the Partnership',
  /** Heading of the citation in `<peolc-framework>`. */
  citationHeading: 'How to cite this framework',
  /** Heading of `<peolc-framework>`'s contents list (and the button that opens it in narrow containers). */
  frameworkContents: 'Contents',
  /** Link after each section of `<peolc-framework>`. */
  frameworkBackToContents: 'Back to contents',
  /** Label of `<peolc-framework>`'s search box. */
  frameworkSearchLabel: 'Search the framework',
  /** Hint under `<peolc-framework>`'s search box. */
  frameworkSearchHint:
    'Finds every word you type, anywhere in the framework. Press the down arrow key to go through the results, and Escape to clear.',
  /** Heading above the search results. */
  frameworkResultsHeading: 'Search results',
  /** The number of results, e.g. "7 results in 4 sections"; {results} and {sections} are the two counts below. */
  frameworkResultCount: '{results} in {sections}',
  /** One result. */
  frameworkResultOne: '1 result',
  /** Several results. */
  frameworkResultMany: '{count} results',
  /** One section. */
  frameworkSectionOne: '1 section',
  /** Several sections. */
  frameworkSectionMany: '{count} sections',
  /** Shown and announced when the search finds nothing. */
  frameworkNoResults: 'Nothing in the framework matches “{query}”. Try fewer or shorter words, or check the spelling.',
  /** After a section's first results, a link to the section for the rest, e.g. "4 more in this section". */
  frameworkMoreInSection: '{count} more in this section',
  /** Shows the results of the next sections, e.g. "Show results in 12 more sections". */
  frameworkMoreResults: 'Show results in {count} more sections',
  /** The same, for the last one. */
  frameworkMoreResultsOne: 'Show results in 1 more section',
  /** A search result's section, e.g. "Building block: Honest conversations". */
  frameworkResultSection: '{kind}: {title}',
  /** What kind of section a result is in. */
  frameworkKindAmbition: 'Ambition {number}',
  frameworkKindBuildingBlock: 'Building block',
  frameworkKindFoundation: 'Foundation',
  frameworkKindTerm: 'Glossary term',
  frameworkKindSection: 'Section',
  /** Opens every building block's full text. */
  frameworkExpandAll: 'Expand all',
  /** Closes every building block's full text. */
  frameworkCollapseAll: 'Collapse all',
  /** Prints the whole framework. */
  frameworkPrint: 'Print the framework',
  /** The visible label of each section's copy-link button. */
  frameworkCopyLink: 'Copy link',
  /** The copy-link button's accessible name, e.g. "Copy link to Honest conversations". */
  frameworkCopyLinkTo: 'Copy link to {title}',
  /** Announced when a link was copied. */
  frameworkLinkCopied: 'Link to {title} copied.',
  /** The copy-link button's visible label for a moment after it copied. */
  frameworkLinkCopiedShort: 'Link copied',
  /** Shown (and said) when the browser would not copy the link. */
  frameworkLinkNotCopied: 'The link could not be copied. It is {url}',
};

/** The explorer's strings. */
export type FrameworkUiStrings = Record<keyof typeof frameworkUiStrings, string>;
