/**
 * Where `<peolc-framework link-terms>` links glossary terms: the first mention
 * of each term (or a way the edition writes it, such as "CCGs") in each
 * section's running text, as whole words, whatever the case. Only where the
 * words stand is computed; the text itself is never changed.
 * @module
 */
import type { GlossaryEntry } from '../content/types.js';
import { allSections, type Block, type Passage, type Section } from './framework-sections.js';
import type { TextRange } from './framework-search.js';
import { foldForSearch, foldWithOffsets } from './search-text.js';

/** A glossary term's words in a passage. */
export interface TermLink {
  readonly range: TextRange;
  /** The glossary entry's id. */
  readonly term: string;
}

const wordChar = /[\p{L}\p{N}]/u;

// The running text of a section: paragraphs and list items, not headings, quotations or names.
function runningText(blocks: readonly Block[]): Passage[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [block.passage] : block.type === 'list' ? [...block.items] : []));
}

/** The term links of every passage, by passage key; the glossary itself links nothing. */
export function findTermLinks(sections: readonly Section[], glossary: readonly GlossaryEntry[]): Map<string, TermLink[]> {
  // Longest forms first, so "end of life care" wins over "end of life" where both are terms.
  const forms = glossary
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((form) => ({ folded: foldForSearch(form), term: entry.id })))
    .filter((form) => form.folded !== '')
    .sort((a, b) => b.folded.length - a.folded.length);
  const links = new Map<string, TermLink[]>();
  for (const section of allSections(sections)) {
    if (section.kind === 'glossary' || section.kind === 'term') continue;
    const linked = new Set<string>();
    for (const passage of runningText([...section.blocks, ...(section.more ?? [])])) {
      const { folded, starts } = foldWithOffsets(passage.text);
      const found: TermLink[] = [];
      for (const form of forms) {
        if (linked.has(form.term)) continue;
        for (let at = folded.indexOf(form.folded); at !== -1; at = folded.indexOf(form.folded, at + 1)) {
          const end = at + form.folded.length;
          const wholeWord = !wordChar.test(folded[at - 1] ?? ' ') && !wordChar.test(folded[end] ?? ' ');
          const range: TextRange = starts ? [starts[at]!, starts[end]!] : [at, end];
          const overlaps = found.some((link) => range[0] < link.range[1] && link.range[0] < range[1]);
          if (wholeWord && !overlaps) {
            found.push({ range, term: form.term });
            linked.add(form.term);
            break;
          }
        }
      }
      if (found.length)
        links.set(
          passage.key,
          found.sort((a, b) => a.range[0] - b.range[0]),
        );
    }
  }
  return links;
}
