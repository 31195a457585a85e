import { html, nothing, type TemplateResult } from 'lit';
import { renderingFallback } from './fallback-mode.js';

// Closed but findable. `hidden` takes "until-found" (HTML; TypeScript's DOM types say boolean).
const untilFound = 'until-found' as unknown as boolean;

/** What a disclosure shows and does. */
export interface DisclosureOptions {
  /** The id of the text's region, unique in the shadow root. */
  id: string;
  expanded: boolean;
  /** What it discloses, added to the visible label in the accessible name: "Read more: Honest conversations". */
  title: string;
  labels: { closed: string; open: string };
  onToggle: () => void;
  /** The text it shows and hides. */
  body: unknown;
  /**
   * Makes the closed text findable: `hidden="until-found"`, so the browser's
   * find and text-fragment links reach it, and this is called when they open it.
   */
  onFound?: () => void;
}

/**
 * A "Show details" or "Read more" disclosure and the text it shows, the one
 * template the foundation tiles and the building-block cards use.
 *
 * In the browser it is a button (`aria-expanded`, `aria-controls`) and a
 * region that is `hidden` when collapsed and marked `data-print-expand`, so
 * it prints. The visible label is hidden from assistive technology and a
 * visually hidden one gives the name: a hidden ": title" after the visible
 * words would come out as " : title".
 *
 * Rendered as a no-JS fallback (renderingFallback(), src/fallback/) it is a
 * native `<details>`, so the text can be read without script: both labels are
 * there, and the fallback stylesheet shows the one for the state (`hidden`
 * leaves the initial one without it).
 */
export function renderDisclosure({ id, expanded, title, labels, onToggle, body, onFound }: DisclosureOptions): TemplateResult {
  if (renderingFallback()) {
    return html`<details class="disclosure" ?open=${expanded}>
      <summary class="toggle" part="toggle"
        ><span class="when-closed" ?hidden=${expanded}
          ><span class="visually-hidden">${labels.closed}: ${title}</span><span class="toggle-label" aria-hidden="true">${labels.closed}</span></span
        ><span class="when-open" ?hidden=${!expanded}
          ><span class="visually-hidden">${labels.open}: ${title}</span><span class="toggle-label" aria-hidden="true">${labels.open}</span></span
        ></summary
      >
      <div class="body" part="body">${body}</div>
    </details>`;
  }
  const label = expanded ? labels.open : labels.closed;
  return html`<button class="toggle" part="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id} @click=${onToggle}
      ><span class="visually-hidden">${label}: ${title}</span><span class="toggle-label" aria-hidden="true">${label}</span></button
    >
    <div
      class="body"
      part="body"
      id=${id}
      .hidden=${expanded ? false : onFound ? untilFound : true}
      data-print-expand
      @beforematch=${onFound ?? nothing}
    >${body}</div>`;
}
