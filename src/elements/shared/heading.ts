import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import type { HeadingLevel } from './resolve.js';

// Static tag names, chosen from a fixed list: no partner text ever becomes markup.
const tags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A real heading element (h2–h6) at the level the host page needs. */
export function heading(level: HeadingLevel, content: unknown, options: { id?: string; part?: string } = {}): TemplateResult {
  const tag = tags[level];
  return html`<${tag} class="heading" id=${options.id ?? ''} part=${options.part ?? ''}>${content}</${tag}>`;
}
