import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../model/lookup.js';

type HeadingTemplate = (content: unknown, id: string, part: string) => TemplateResult;

// One template per level, from a fixed list: no partner text ever becomes markup.
const headings: Record<HeadingLevel, HeadingTemplate> = {
  2: (content, id, part) => html`<h2 class="heading" id=${id} part=${part}>${content}</h2>`,
  3: (content, id, part) => html`<h3 class="heading" id=${id} part=${part}>${content}</h3>`,
  4: (content, id, part) => html`<h4 class="heading" id=${id} part=${part}>${content}</h4>`,
  5: (content, id, part) => html`<h5 class="heading" id=${id} part=${part}>${content}</h5>`,
  6: (content, id, part) => html`<h6 class="heading" id=${id} part=${part}>${content}</h6>`,
};

/** A real heading element (h2–h6) at the level the host page needs. */
export function heading(level: HeadingLevel, content: unknown, options: { id?: string; part?: string } = {}): TemplateResult {
  return headings[level](content, options.id ?? '', options.part ?? '');
}
