import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import type { ContentProblem } from '../../content/problems.js';
import { withOwnStrings } from '../../context/own-strings.js';
import { progressUiStrings } from '../../context/progress-ui-strings.js';
import { formatUiString } from '../../context/ui-strings.js';
import { checkAssessment, maxAssessmentBytes, type Assessment } from '../../model/assessment/assessment.js';
import { assessmentItems } from '../../model/assessment/items.js';
import { ratingSpreads } from '../../model/assessment/summary.js';
import type { HeadingLevel } from '../../model/lookup.js';
import { renderingFallback } from '../shared/fallback-mode.js';
import { heading } from '../shared/heading.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { sharedStyles } from '../shared/styles.js';
import {
  levelPatterns,
  progressBands,
  progressCounts,
  progressPictureStyles,
  renderProgressPicture,
  type ProgressBand,
  type ProgressPattern,
  type ProgressPictureStrings,
} from './progress-picture.js';

export type { Assessment };
// Declared in progress-picture.ts; exported from here so the entry point has them (and the manifest names this module).
export { levelPatterns, progressBands, progressCounts, progressPictureStyles, renderProgressPicture };
export type { ProgressBand, ProgressPattern, ProgressPictureStrings };

/** What the element shows besides the picture (its heading, the assessment's details, a message): all its no-JS fallback needs. */
const progressWheelBaseStyles = css`
  :host {
    line-height: 1.5;
    overflow-wrap: break-word;
    --_message-edge: var(--peolc-progress-ink-color, var(--peolc-text-color, #212b32));
  }
  .heading {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  .about {
    margin: 0 0 1em;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 0.375em solid var(--_message-edge);
    max-width: 40em;
  }
`;

/** How long a `src` fetch may take before the element gives up. */
const timeoutMs = 10_000;

/** Where the assessment shown comes from right now. */
type Source =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; assessment: Assessment }
  | { kind: 'invalid' }
  | { kind: 'load-failed' }
  | { kind: 'needs-script' };

/**
 * A picture of one self-assessment's results (issue 16's "progress on the
 * wheel"), for a board paper or a public "our progress" page: the wheel of
 * the six ambitions, each segment split from the hub outward into bands,
 * one per level of the assessment's scale (lowest inside), each as deep as
 * the number of items at that level and drawn with its own pattern, so
 * nothing relies on colour; items not rated are a dashed band, items not
 * applicable are counted in the words only. Beside it, always visible, each
 * ambition's counts in words and a key of the patterns; below, a table of
 * the same numbers. With `show-foundations`, the foundations (when the
 * assessment rated them) as eight tiles.
 *
 * The assessment is `value` (an object or its JSON, as the self-assessment
 * exports it) or `src` (the address of such a file, fetched once; `src`
 * takes precedence). Either is checked as an import is: one with problems
 * shows a message and logs one warning.
 *
 * @tagname peolc-progress-wheel
 * @summary The results of one self-assessment on the wheel of the six ambitions, with its numbers in words and a table.
 * @csspart heading - The element's heading.
 * @csspart about - The assessment's title, organisation and date.
 * @csspart message - The message shown when there is no assessment, or it cannot be shown.
 * @csspart progress - The picture, its words, its key and its table.
 * @csspart progress-picture - The wheel.
 * @csspart progress-lines - Each ambition's counts in words.
 * @csspart progress-legend - The key of the patterns.
 * @csspart progress-foundations - The foundations' tiles.
 * @csspart progress-table - The table's box.
 * @cssprop --peolc-progress-ink-color - Patterns, edges and numbers of the picture. Default the text colour.
 * @cssprop --peolc-progress-background-color - The paper of the picture's patterns. Default the surface colour.
 * @cssprop --peolc-progress-divider-color - Lines of the table. Default the divider colour.
 */
export class PeolcProgressWheel extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, progressPictureStyles, progressWheelBaseStyles];

  /** The styles its no-JS fallback needs (a heading and a message), for the pre-upgrade stylesheet. */
  static fallbackStyles = [sharedStyles, progressWheelBaseStyles];

  static override properties: PropertyDeclarations = {
    value: properties.any({ attribute: false }),
    src: properties.address({ reflect: true, otherwise: 'no file is loaded' }),
    label: properties.text(null),
    headingLevel: properties.headingLevel(),
    showFoundations: properties.flag({ attribute: 'show-foundations', reflect: true }),
    source: { state: true },
  };

  /**
   * The assessment shown: an assessment object or its JSON, as the
   * self-assessment exports it. Checked as an import is: one with problems
   * shows a message and logs one warning. `null` or `undefined`: none.
   */
  value: unknown = null;

  /** The address of an assessment's JSON file to show (text relative to the page, or a `URL`); fetched with a 10 s limit, and taking precedence over `value`. Reflected. */
  src: string | URL | null = null;

  /** The picture's accessible name. Default "Progress on the six ambitions". */
  label: string | null = null;

  /** The level of the element's heading, 2–6 (default 2). */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /** Also show the foundations, as eight tiles, when the assessment rated them. Reflected as `show-foundations`. */
  showFoundations = false;

  private source: Source = { kind: 'none' };
  private loadController?: AbortController;
  private loading?: Promise<void>;

  /** The assessment shown (a copy), or `null` when none is set, loaded or usable. */
  get assessment(): Assessment | null {
    return this.source.kind === 'ready' ? structuredClone(this.source.assessment) : null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page while loading: it loads again when put back.
    if (this.source.kind === 'loading') {
      this.loadController?.abort();
      this.loadController = undefined;
      this.loading = undefined;
      this.source = { kind: 'none' };
      this.needsReload = true;
    }
  }

  private needsReload = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('src') || this.needsReload) {
      this.needsReload = false;
      this.chooseSource();
    }
  }

  /** Waits for a `src` file to load (or fail) as well as for the render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private chooseSource(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    this.loading = undefined;
    const url = this.src === null ? '' : String(this.src);
    if (url) {
      // Without script nothing can load it: the fallback says so.
      if (renderingFallback()) {
        this.source = { kind: 'needs-script' };
        return;
      }
      this.source = { kind: 'loading' };
      this.loading = this.load(url);
      return;
    }
    if (this.value === null || this.value === undefined || this.value === '') {
      this.source = { kind: 'none' };
      return;
    }
    const checked = checkAssessment(this.value);
    if (checked.valid) {
      this.source = { kind: 'ready', assessment: checked.assessment };
    } else {
      this.source = { kind: 'invalid' };
      this.warn(`value was set to something that is not an assessment (${summarise(checked.problems)}), so no progress is shown.`);
    }
  }

  private async load(url: string): Promise<void> {
    const controller = new AbortController();
    this.loadController = controller;
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
    let problems: ContentProblem[];
    try {
      const input = await fetchAssessment(url, controller.signal);
      const checked = 'problem' in input ? { valid: false as const, problems: [input.problem] } : checkAssessment(input.value);
      if (this.loadController !== controller) return;
      if (checked.valid) {
        this.source = { kind: 'ready', assessment: checked.assessment };
        this.loading = undefined;
        return;
      }
      problems = checked.problems;
    } catch (error) {
      problems = [{ path: '', message: fetchErrorText(error, controller.signal) }];
    } finally {
      clearTimeout(timer);
    }
    // A newer src (or removal from the page) has taken over: this result no longer matters.
    if (this.loadController !== controller) return;
    this.source = { kind: 'load-failed' };
    this.loading = undefined;
    this.warn(`could not show the assessment at src="${url}": ${summarise(problems)}.`);
  }

  private get strings(): ProgressPictureStrings {
    return withOwnStrings(this.content.strings, progressUiStrings);
  }

  private formatDay(day: string): string {
    const [year, month, date] = day.split('-').map(Number);
    if (!year || !month || !date) return day;
    try {
      // English is the framework's, written for England: "30 November 2026" whatever English the page says it is in.
      const lang = this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
      return new Intl.DateTimeFormat(/^en\b/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, date)),
      );
    } catch {
      return day;
    }
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    const level = Number(this.headingLevel) as HeadingLevel;
    const title = heading(level, strings.progressHeading, { id: 'heading', part: 'heading' });
    const source = this.source;
    if (source.kind !== 'ready') {
      const message =
        source.kind === 'loading'
          ? strings.progressLoading
          : source.kind === 'invalid'
            ? strings.progressInvalid
            : source.kind === 'load-failed'
              ? strings.progressLoadFailed
              : source.kind === 'needs-script'
                ? strings.progressNeedsScript
                : strings.progressNoAssessment;
      return html`${title}
        <p class="message" part="message" data-message=${source.kind} role=${source.kind === 'none' ? 'note' : 'status'}>${message}</p>`;
    }
    const assessment = source.assessment;
    const includeFoundations = this.showFoundations && assessment.include === 'foundations';
    const items = assessmentItems(this.fullEdition, { includeFoundations });
    const spreads = ratingSpreads(assessment, items, strings.progressFoundations);
    return html`${title} ${this.renderAbout(assessment, strings)}
    ${renderProgressPicture(spreads, assessment.scale, strings, this.label || strings.progressLabel, 'progress')}`;
  }

  private renderAbout(assessment: Assessment, strings: ProgressPictureStrings): TemplateResult | typeof nothing {
    const details = [assessment.organisation.trim(), assessment.date ? this.formatDay(assessment.date) : ''].filter(Boolean).join(', ');
    const name = assessment.title.trim();
    const text = name && details ? formatUiString(strings.progressAbout, { title: name, details }) : name || details;
    return text ? html`<p class="about" part="about">${text}</p>` : nothing;
  }
}

/** Fetches an assessment's JSON text, or says what is wrong with the answer. */
async function fetchAssessment(url: string, signal: AbortSignal): Promise<{ value: string } | { problem: ContentProblem }> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) return { problem: { path: '', message: `the server answered ${response.status} ${response.statusText}`.trim() } };
  if (Number(response.headers.get('content-length')) > maxAssessmentBytes)
    return { problem: { path: '', message: 'it is larger than the 1 MB limit' } };
  return { value: await response.text() };
}

function fetchErrorText(error: unknown, signal: AbortSignal): string {
  if (signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const message = error instanceof Error ? error.message : String(error);
  return `the request failed (${message})`;
}

function summarise(problems: readonly ContentProblem[]): string {
  const first = problems.slice(0, 3).map((problem) => (problem.path ? `${problem.path} ${problem.message}` : problem.message));
  return `${first.join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`;
}
