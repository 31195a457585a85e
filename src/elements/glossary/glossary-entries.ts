import type { Edition, GlossaryEntry } from '../../content/types.js';
import { formatUiString, type ElementUiStrings } from '../../context/ui-strings.js';
import { listEntries } from '../../model/coerce.js';
import { foldForSearch, queryWords } from '../../model/search-text.js';

/** Prefix of every glossary entry's anchor id, e.g. `peolc-term-palliative-care`. */
export const termAnchorPrefix = 'peolc-term-';

/** The anchor id of an entry: `peolc-term-<id>`. */
export function termAnchorId(entry: Pick<GlossaryEntry, 'id'>): string {
  return `${termAnchorPrefix}${entry.id}`;
}

// British English alphabetical order, ignoring case and accents; "24/7" sorts before letters.
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The entries in alphabetical order of their terms (a new array; the edition is not changed). */
export function sortEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => collator.compare(a.term, b.term) || collator.compare(a.id, b.id));
}

/** Finds an entry by its id ("palliative-care"). */
export function findEntry(edition: Edition, id: string | null | undefined): GlossaryEntry | undefined {
  const wanted = (id ?? '').trim();
  return wanted ? edition.glossary.find((entry) => entry.id === wanted) : undefined;
}

/** Reads a list of entry ids separated by commas and/or spaces. */
export function parseIds(value: string | readonly string[] | null | undefined): string[] {
  return listEntries(value);
}

/** A search over entries: each word of the query must occur in the term, an alias or the definition. */
export function entryMatcher(query: string): (entry: GlossaryEntry) => boolean {
  const words = queryWords(query);
  if (words.length === 0) return () => true;
  return (entry) => {
    const text = foldForSearch([entry.term, ...(entry.aliases ?? []), ...entry.definition].join(' \n '));
    return words.every((word) => text.includes(word));
  };
}

/** Where an entry's definition comes from, in words: quoted from the framework (with its source) or written for this library. */
export function originNote(entry: GlossaryEntry, strings: ElementUiStrings): string {
  if (entry.origin === 'library') return strings.writtenForLibrary;
  const source = entry.source?.trim();
  if (source) return formatUiString(strings.quotedFromFramework, { source });
  // No source given: drop the placeholder and the punctuation before it.
  return strings.quotedFromFramework.replace(/[\s,;:–—-]*\{source\}/, '').trim();
}
