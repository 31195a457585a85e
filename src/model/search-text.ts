/**
 * Text folded for searching, the one way every search in the library reads
 * text: no case, no accents ("é" matches "e"), one kind of quote, dash and
 * space, so what a reader types matches however the edition spells it.
 * @module
 */

// Folds one character (a code point); may give none (a combining mark) or
// several. A text has few distinct characters, so each is folded once.
const folds = new Map<string, string>();
function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) folds.set(char, (folded = foldOne(char)));
  return folded;
}
function foldOne(char: string): string {
  return char
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s/g, ' ');
}

/** Folds text for searching: see the module. Runs of white space become one space; the ends are trimmed. */
export function foldForSearch(text: string): string {
  return foldWithOffsets(text).folded;
}

/** The words of a query, folded. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

// Text of printable ASCII, curly quotes and dashes, single-spaced and trimmed (nearly all of an edition) folds
// character for character in place, so it can be folded whole: the same result, many times faster.
const foldsInPlace = /^(?:[!-~‘’“”–—](?: (?! ))?)*[!-~‘’“”–—]$/;

/**
 * Folds text as `foldForSearch` does and says, for each character of the
 * result, where in the original it came from, so a match found in the folded
 * text can be marked in the original: `starts[i]` is the index in `text` of
 * the character that gave `folded[i]`, and `starts[folded.length]` is
 * `text.length`. `starts` is undefined when each character folded to one in
 * its own place (index `i` is `i` in both).
 */
export function foldWithOffsets(text: string): { folded: string; starts?: number[] } {
  if (foldsInPlace.test(text)) {
    return { folded: text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-') };
  }
  let folded = '';
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const out of foldChar(char)) {
      // Collapse white space, and drop it at the start.
      if (out === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += out;
      starts.push(index);
    }
    index += char.length;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    starts.pop();
  }
  starts.push(text.length);
  return { folded, starts };
}
