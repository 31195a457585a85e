/**
 * Escaping and name checks for the HTML the fallback renderer writes: every
 * piece of text is escaped, and tag and attribute names are checked, so
 * nothing from an edition or an attribute ever becomes markup.
 */

/** The class of the element that holds every fallback (except `<peolc-term>`'s words), standing for the shadow root. */
export const fallbackRootClass = 'peolc-fallback';

/**
 * Escapes text for use in HTML text or a double- or single-quoted attribute
 * value: & < > " ' (and a no-break space, written `&nbsp;` so it survives
 * editors that tidy white space).
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'\u00a0]/g, (character) => entities[character as keyof typeof entities]);
}
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u00a0': '&nbsp;' } as const;

const namePattern = /^[a-z][a-z0-9-]*$/;

/** Whether a string is safe to write as a tag or attribute name: lower-case letters, digits and hyphens. */
export function isSafeName(name: string): boolean {
  return namePattern.test(name);
}
