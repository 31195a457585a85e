/**
 * Checks content against the framework's source text. Both sides are
 * normalised the same way (white space collapsed; curly quotes, dashes and
 * ampersands folded), and the source's PDF extraction noise is removed:
 * lines broken mid-paragraph, page numbers, running headers and reference
 * numerals glued to words ("bereaved33", "care40, 41, 42").
 */
import type { Edition } from '../../src/content/types.js';

const runningHeaders = new Set(['Ambitions for Palliative and End of Life Care', 'Ambitions for end of life care']);

/** Folds the characters that differ only in typography. */
export function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}

/** The source text with its extraction noise removed, normalised. */
export function cleanSource(raw: string): string {
  const lines = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !/^\d+$/.test(line) && !runningHeaders.has(line));
  const joined = lines
    .join('\n')
    // A compound split at its hyphen ("hands-" / "on care") keeps the hyphen.
    .replace(/-\n(?=[a-z])/g, '-')
    .replace(/\s+/g, ' ')
    // Reference numerals glued to a word or punctuation, with any listed after them.
    .replace(/(?<=[A-Za-z.;:)’”])\d{1,3}(?:,\s*\d{1,3})*/g, '');
  return normalise(joined);
}

/** Every string of an edition that must be quoted from the source, with its path. */
export function quotedStrings(edition: Edition): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (typeof value === 'object' && value !== null) {
      if ((value as { origin?: string }).origin === 'library') return; // written for this library, not quoted
      for (const [key, child] of Object.entries(value)) {
        // Ids are slugs, the cover's metadata is not in the extracted text, origin is a marker.
        if (key === 'id' || key === 'origin' || key === '$schema' || (path === '' && key === 'metadata')) continue;
        // The extracted text runs the signatories' names and roles together in three columns: fidelity.test.ts checks them word by word.
        if (key === 'signatories') continue;
        visit(child, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(edition, '');
  return found;
}

/** The paths of quoted strings that do not occur in the cleaned source. */
export function findUnquoted(edition: Edition, cleanedSource: string): string[] {
  return quotedStrings(edition)
    .filter(({ text }) => !cleanedSource.includes(normalise(text)))
    .map(({ path }) => path);
}

/** Loads the source text that the wtr server serves from test/fixtures/. */
export async function loadSource(): Promise<string> {
  const response = await fetch(new URL('../fixtures/ambitions-framework-2015-2020.txt', import.meta.url));
  if (!response.ok) throw new Error(`source text not served: ${response.status}`);
  return response.text();
}
