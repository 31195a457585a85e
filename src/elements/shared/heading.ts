import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../model/lookup.js';

type HeadingTemplate = (content: unknown, id: string, part: string, anchor: boolean) => TemplateResult;

// One template per level, from a fixed list: no partner text ever becomes markup.
const headings: Record<HeadingLevel, HeadingTemplate> = {
  2: (content, id, part, anchor) =>
    html`<h2 class="heading" id=${id || nothing} part=${part || nothing} tabindex=${anchor ? '-1' : nothing} ?data-anchor=${anchor}>${content}</h2>`,
  3: (content, id, part, anchor) =>
    html`<h3 class="heading" id=${id || nothing} part=${part || nothing} tabindex=${anchor ? '-1' : nothing} ?data-anchor=${anchor}>${content}</h3>`,
  4: (content, id, part, anchor) =>
    html`<h4 class="heading" id=${id || nothing} part=${part || nothing} tabindex=${anchor ? '-1' : nothing} ?data-anchor=${anchor}>${content}</h4>`,
  5: (content, id, part, anchor) =>
    html`<h5 class="heading" id=${id || nothing} part=${part || nothing} tabindex=${anchor ? '-1' : nothing} ?data-anchor=${anchor}>${content}</h5>`,
  6: (content, id, part, anchor) =>
    html`<h6 class="heading" id=${id || nothing} part=${part || nothing} tabindex=${anchor ? '-1' : nothing} ?data-anchor=${anchor}>${content}</h6>`,
};

/**
 * A real heading element (h2–h6) at the level the host page needs. An
 * `anchor` is a heading links go to: focusable from script (`tabindex="-1"`),
 * and its id kept in a no-JS fallback (`data-anchor`).
 */
export function heading(level: HeadingLevel, content: unknown, options: { id?: string; part?: string; anchor?: boolean } = {}): TemplateResult {
  return headings[level](content, options.id ?? '', options.part ?? '', options.anchor ?? false);
}
