/**
 * Search over every passage of the framework document (framework-sections.ts):
 * a passage matches when it holds every word of the query, folded as the
 * glossary's search folds them (case, accents, curly quotes and dashes).
 * The folding of the whole text is done once per document, so a keystroke
 * only compares strings.
 * @module
 */
import { allSections, passagesOf, type Passage, type Section } from './framework-sections.js';
import { foldWithOffsets, queryWords } from './search-text.js';

/** A stretch of a passage's text, `[start, end)` in its own characters. */
export type TextRange = readonly [start: number, end: number];

interface IndexedPassage {
  readonly section: Section;
  readonly passage: Passage;
  readonly folded: string;
  readonly starts?: readonly number[];
}

/** A document ready to search. */
export interface SearchIndex {
  readonly passages: readonly IndexedPassage[];
}

/** A passage that matches, with every occurrence of every word. */
export interface PassageMatch {
  readonly passage: Passage;
  readonly ranges: readonly TextRange[];
}

/** The matching passages of one section, in order. */
export interface SectionResult {
  readonly section: Section;
  readonly matches: readonly PassageMatch[];
}

/** Folds every passage of the document once. */
export function buildSearchIndex(sections: readonly Section[]): SearchIndex {
  const passages: IndexedPassage[] = [];
  for (const section of allSections(sections)) {
    for (const passage of passagesOf(section)) {
      const { folded, starts } = foldWithOffsets(passage.text);
      passages.push({ section, passage, folded, starts });
    }
  }
  return { passages };
}

/** The sections with passages that hold every word of `query`, in document order; none for an empty query. */
export function searchFramework(index: SearchIndex, query: string): SectionResult[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const results: SectionResult[] = [];
  let current: { section: Section; matches: PassageMatch[] } | undefined;
  for (const entry of index.passages) {
    if (!words.every((word) => entry.folded.includes(word))) continue;
    if (current?.section !== entry.section) results.push((current = { section: entry.section, matches: [] }));
    current.matches.push({ passage: entry.passage, ranges: rangesOf(entry, words) });
  }
  return results;
}

/** How many passages the results hold, in all their sections. */
export function countPassages(results: readonly SectionResult[]): number {
  return results.reduce((sum, result) => sum + result.matches.length, 0);
}

/** Where `words` occur in the passage, in its own characters, sorted and merged. */
function rangesOf(entry: IndexedPassage, words: readonly string[]): TextRange[] {
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = entry.folded.indexOf(word); at !== -1; at = entry.folded.indexOf(word, at + word.length)) {
      const { starts } = entry;
      found.push(starts ? [starts[at]!, starts[at + word.length]!] : [at, at + word.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A piece of text, marked where it matched. */
export interface TextPiece {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * The stretch of a passage around its first match, cut at spaces, as pieces
 * to show with the matches marked; `…` where it was cut.
 */
export function snippet(text: string, ranges: readonly TextRange[], before = 60, after = 160): TextPiece[] {
  const first = ranges[0] ?? [0, 0];
  let start = Math.max(0, first[0] - before);
  let end = Math.min(text.length, first[1] + after);
  if (start > 0) start = Math.min(first[0], text.indexOf(' ', start) + 1 || first[0]);
  if (end < text.length) end = Math.max(first[1], text.lastIndexOf(' ', end));
  const inside = ranges
    .filter(([from, to]) => to > start && from < end)
    .map(([from, to]): TextRange => [Math.max(from, start) - start, Math.min(to, end) - start]);
  const pieces = markPieces(text.slice(start, end), inside);
  if (start > 0) pieces.unshift({ text: '…', marked: false });
  if (end < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}

/** Splits text into pieces at the edges of `ranges` (sorted, not overlapping), marking those inside. */
export function markPieces(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
    if (to > from) pieces.push({ text: text.slice(from, to), marked: true });
    at = Math.max(at, to);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
