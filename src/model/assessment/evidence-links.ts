/**
 * Web addresses in what a team typed as evidence, so the element can show
 * them as links (issue 15): only `http:` and `https:` addresses, written
 * out in full, become links; everything else stays text, so typed markup or
 * a `javascript:` address can never run. Punctuation that ends a sentence
 * after an address is left out of it.
 * @module
 */

/** A piece of evidence text: plain text, or a web address to link. */
export type EvidencePiece = { readonly text: string; readonly href?: undefined } | { readonly text: string; readonly href: string };

// An address starts at "http://" or "https://" after a space or the start, and runs to white space.
const addressPattern = /(^|[\s(<["'])(https?:\/\/[^\s<>"]+)/gi;
// What usually ends a sentence or a bracket rather than an address.
const trailing = /[.,;:!?)\]'"’”]+$/;

/** Splits evidence into text and links, keeping every character in order. */
export function evidencePieces(text: string): EvidencePiece[] {
  const pieces: EvidencePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(addressPattern)) {
    const start = match.index + match[1]!.length;
    let address = match[2]!;
    // A closing bracket belongs to the address when the address opened one ("…/Care_(UK)").
    const cut = trailing.exec(address);
    if (cut) {
      let kept = cut[0];
      while (kept.startsWith(')') && count(address.slice(0, -kept.length), '(') > count(address.slice(0, -kept.length), ')')) kept = kept.slice(1);
      address = address.slice(0, address.length - kept.length);
    }
    const url = safeUrl(address);
    if (!url) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: address, href: url });
    at = start + address.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function safeUrl(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
