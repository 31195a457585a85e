import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ambitions2015to2020 } from '../../content/ambitions-2015-2020/index.js';
import type { ContentProblem } from '../../content/problems.js';
import type { Edition } from '../../content/types.js';
import { assessmentUiStrings } from '../../context/assessment-ui-strings.js';
import { progressUiStrings } from '../../context/progress-ui-strings.js';
import { withOwnStrings } from '../../context/own-strings.js';
import { formatUiString } from '../../context/ui-strings.js';
import { actionPlan, actionPlanCsv, localDay, type ActionFilter } from '../../model/assessment/action-plan.js';
import { assessmentCsv } from '../../model/assessment/assessment-csv.js';
import {
  checkAssessment,
  createAssessment,
  duplicateAssessment,
  emptyEntry,
  maxAssessmentBytes,
  newId,
  type Assessment,
  type AssessmentAction,
  type AssessmentEntry,
} from '../../model/assessment/assessment.js';
import { assessmentItems, keysNotInEdition, type AssessmentItem } from '../../model/assessment/items.js';
import { checkScale, presetScales, type Scale, type ScaleLevel } from '../../model/assessment/scales.js';
import { nextLevel, type HeadingLevel } from '../../model/lookup.js';
import { Announcer } from '../shared/announcer.js';
import type { AssessmentChange, AssessmentChangeDetail } from '../shared/events.js';
import { renderingFallback } from '../shared/fallback-mode.js';
import { heading } from '../shared/heading.js';
import { PeolcElement } from '../shared/peolc-element.js';
import { properties } from '../shared/properties.js';
import { sharedStyles } from '../shared/styles.js';
import {
  fieldId,
  renderAbout,
  renderItem,
  type AboutField,
  type ActionField,
  type AssessmentStrings,
  type EntryField,
  type FormHandlers,
} from './assessment-form.js';
import { renderNotInEdition, renderReport, type ReportContext } from './assessment-report.js';
import { renderActionPlanView, type ActionPlanView, type ActionSort } from './assessment-actions.js';
import { renderComparison } from './assessment-comparison.js';
import { compareAssessments, comparisonCsv } from '../../model/assessment/compare.js';
import { AssessmentSession, type ElsewhereChange } from './assessment-session.js';
import { fileName, fileTypes, saveFile } from './files.js';
import { selfAssessmentBaseStyles, selfAssessmentStyles } from './self-assessment.styles.js';
import { progressPictureStyles } from '../progress/progress-picture.js';

export type { Assessment, AssessmentChange, AssessmentChangeDetail, Scale, ScaleLevel };

/** The parts of an assessment, each shown on its own: about it, each ambition, the foundations, items not in the edition, the action plan, the board report. */
type SectionId = 'about' | `ambition-${number}` | 'foundations' | 'not-in-edition' | 'actions' | 'report';

/** A file being imported: its problems, or the assessment it holds, for the reader to confirm. */
type ImportState =
  | { name: string; problems: ContentProblem[]; assessment?: undefined }
  | { name: string; assessment: Assessment; existing: boolean; problems?: undefined };

/** Something just deleted or removed, with the way to put it back. */
interface Undoable {
  message: string;
  undo: () => void;
}

/** How many of an import's problems are listed; the rest are counted. */
const problemsShown = 8;

/**
 * A local self-assessment against the framework, and its action plan: for
 * each building block of each ambition (and with `include="foundations"`
 * the eight foundations), a team records a rating on the assessment's scale
 * or "Not applicable", its evidence, actions with a lead, due date and
 * status, a priority and notes. The last part is a board report: a summary
 * by ambition, each ambition's table and the action plan by due date,
 * which is what is printed.
 *
 * **Kept in the browser, never sent.** Every change is saved at once in
 * this browser's `localStorage` (under `peolc-assessment:<storage-key>:`),
 * and the element makes no network request of any kind. The host page may
 * read `value` and listen for `peolc-assessment-change` to keep a copy
 * elsewhere; the element never does. Where the browser keeps nothing
 * (private browsing, blocked storage), or its storage is full, the element
 * says so and export still works. Stored data that cannot be read is kept
 * aside, never thrown away, and can be downloaded as it is. Two tabs on one
 * assessment stay in step, and a tab says when another changed or deleted it.
 *
 * **Several assessments**: new, duplicate (how next year's starts), delete
 * with a way back, and import of a JSON file a colleague exported (checked
 * as strictly as an edition, previewed, and added as a new assessment).
 * Export as CSV for Excel (with a byte-order mark, formulas neutralised) or
 * as JSON, which imports again.
 *
 * @tagname peolc-self-assessment
 * @summary A local self-assessment and action plan against the framework, kept in the browser, with a board report and exports.
 * @fires {CustomEvent<AssessmentChangeDetail>} peolc-assessment-change - The reader changed the assessment (never when `value` is set by code). Detail: `{ assessment, change, item, saved }`.
 * @csspart heading - The element's heading.
 * @csspart toolbar - The controls for the assessments on this device.
 * @csspart status - Whether changes are saved.
 * @csspart message - A message: a problem with storage, an import, another tab's change, something to undo.
 * @csspart sections - The list of the assessment's parts.
 * @csspart section - The part shown.
 * @csspart section-heading - Its heading.
 * @csspart about - The fields about the assessment.
 * @csspart item - Each building block or foundation's card.
 * @csspart item-title - Its title.
 * @csspart item-summary - Its summary.
 * @csspart full-text - Its full text (a `<details>`).
 * @csspart rating - The rating's radio group.
 * @csspart actions - The actions' group.
 * @csspart action - Each action.
 * @csspart evidence-links - The links found in the evidence.
 * @csspart error - A field's error message.
 * @csspart report - The board report.
 * @csspart report-title - The report's heading.
 * @csspart action-plan - The action plan's table (in the board report, and in the action plan part).
 * @csspart action-plan-view - The action plan part: its filters, table and buttons.
 * @csspart comparison - The comparison with an earlier assessment, in the board report.
 * @cssprop --peolc-self-assessment-accent-color - The part shown, links, and the main buttons. Default the accent colour.
 * @cssprop --peolc-self-assessment-border-color - Borders of fields and buttons (keep 3:1 with the background). Default the border colour.
 * @cssprop --peolc-self-assessment-divider-color - Edges of cards and lines of tables. Default the divider colour.
 * @cssprop --peolc-self-assessment-field-background-color - Background of fields and cards. Default the surface colour.
 * @cssprop --peolc-self-assessment-error-color - The edge beside an error and a problem message (the words say what is wrong). Default #d5281b.
 */
export class PeolcSelfAssessment extends PeolcElement {
  protected static override builtInEdition = ambitions2015to2020;

  static override styles = [sharedStyles, selfAssessmentBaseStyles, selfAssessmentStyles, progressPictureStyles];

  /** The styles its no-JS fallback needs (a heading, a notice and a list), for the pre-upgrade stylesheet. */
  static fallbackStyles = [sharedStyles, selfAssessmentBaseStyles];

  static override properties: PropertyDeclarations = {
    storageKey: properties.text('default', { attribute: 'storage-key' }),
    storage: properties.oneOf(['local', 'none'] as const, 'local', { otherwise: 'answers are kept in this browser' }),
    include: properties.oneOf(['building-blocks', 'foundations'] as const, 'building-blocks', {
      otherwise: 'new assessments rate the building blocks',
    }),
    scale: properties.any(),
    headingLevel: properties.headingLevel(),
    value: properties.any({ attribute: false, noAccessor: true }),
    section: { state: true },
    importing: { state: true },
    confirmingDelete: { state: true },
    confirmingDiscard: { state: true },
    partsOpen: { state: true },
    actionFilter: { state: true },
    actionSort: { state: true },
    compareWith: { state: true },
    undoable: { state: true },
    elsewhere: { state: true },
  };

  /** Separates several self-assessments on one site: each keeps its own assessments. Default `default`. */
  storageKey: string | null = 'default';

  /** `local` (the default) keeps answers in this browser; `none` keeps nothing (for demonstrations). */
  storage: 'local' | 'none' | null = 'local';

  /** What new assessments rate: `building-blocks` (the default) or `foundations` (the building blocks and the eight foundations). */
  include: 'building-blocks' | 'foundations' | null = 'building-blocks';

  /**
   * The scale of new assessments: a preset (`default`, `levels`, `rag`,
   * `maturity`, `met`), or a scale of your own as an object or its JSON:
   * `{ "id": "our-scale", "name": "Our scale", "levels": [{ "id": "…",
   * "label": "…", "description": "…" }, …] }` with 2–7 levels. A scale with
   * problems is refused with one warning listing them, and the default is
   * used. An assessment keeps the scale it was made with.
   */
  scale: unknown = null;

  /** The level of the element's heading, 2–6 (default 2); the parts' headings are one deeper, the items' two. */
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  private section: SectionId = 'about';
  private importing: ImportState | undefined;
  private confirmingDelete = false;
  /** The list of parts is open (it is behind a button in narrow containers). */
  private partsOpen = false;
  /** What the action plan part is narrowed to, and its order. */
  private actionFilter: ActionFilter = {};
  private actionSort: ActionSort = { key: 'due', direction: 'ascending' };
  /** The id of the earlier assessment the board report compares with, if any. */
  private compareWith: string | undefined;
  /** The storage key of unreadable data the reader asked to remove, while the element asks again. */
  private confirmingDiscard: string | undefined;
  private undoable: Undoable | undefined;
  private elsewhere: ElsewhereChange | undefined;

  private readonly session = new AssessmentSession(this);
  private readonly announcer = new Announcer(this);
  /** The scale new assessments get: `scale` as checkedScale() read it, when it last changed. */
  private newScale: Scale = presetScales.default;
  /** The items of the last edition and choice asked for (itemsOf()). */
  private itemsCache: { edition: Edition; includeFoundations: boolean; items: AssessmentItem[] } | undefined;
  /** Date fields holding text that is not a date. */
  private readonly badDates = new Set<string>();
  /** An assessment assigned to `value` before the element could open its storage. */
  private pendingValue: Assessment | undefined;
  /** The board report is rendered for printing, whatever part is shown. */
  private printing = false;
  /** Where focus goes after the next render: a selector in the shadow root. */
  private focusAfterRender: string | undefined;

  /**
   * The assessment shown, as plain data (a copy: changing it changes
   * nothing until it is assigned back). Assign an assessment (an object or
   * its JSON, as exported) to show it: it is checked as an import is, then
   * shown and kept in this browser (replacing the one with the same `id`),
   * without an event. A value with problems is refused with one warning.
   * Assigning `null` or `undefined` changes nothing (a framework clearing
   * its prop never takes away what a reader is working on). Reads `null`
   * when there is no assessment yet.
   */
  get value(): Assessment | null {
    const current = this.pendingValue ?? this.session.current;
    return current ? structuredClone(current) : null;
  }

  set value(value: unknown) {
    if (value === null || value === undefined) return;
    const checked = checkAssessment(value);
    if (!checked.valid) {
      this.warn(`value was set to something that is not an assessment (${summarise(checked.problems)}), so the assessment shown is kept.`);
      return;
    }
    // Before the first update the storage is not open yet: the value waits for it.
    if (!this.hasUpdated) {
      this.pendingValue = checked.assessment;
      return;
    }
    this.adopt(checked.assessment);
  }

  /** The assessment shown as CSV for Excel (with its byte-order mark), or `""` when there is none. */
  exportCsv(): string {
    const assessment = this.session.current;
    return assessment ? assessmentCsv(assessment, this.itemsOf(assessment), this.strings) : '';
  }

  /** The assessment shown as JSON, which imports again, or `""` when there is none. */
  exportJson(): string {
    const assessment = this.session.current;
    return assessment ? JSON.stringify(assessment, null, 2) : '';
  }

  /** Prints the board report (the browser's print does too, whatever part is shown). */
  print(): void {
    this.beforePrint();
    window.print();
  }

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.session.onElsewhere = (change) => {
      this.elsewhere = change;
      this.announcer.say(
        change.kind === 'changed'
          ? this.strings.assessmentChangedElsewhere
          : formatUiString(this.strings.assessmentDeletedElsewhere, { title: this.titleOf(change.assessment) }),
      );
    };
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
    addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    removeEventListener('beforeunload', this.beforeUnload);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('storage') || !this.hasUpdated) {
      this.session.open(this.storageKey || 'default', this.storage ?? 'local');
      if (this.pendingValue) {
        const value = this.pendingValue;
        this.pendingValue = undefined;
        this.adopt(value);
      }
    }
    // Checked once per change (a partner's JSON scale is parsed and checked), not on every render of About.
    if (changed.has('scale') || !this.hasUpdated) this.newScale = this.checkedScale();
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  // ------------------------------------------------------------------ what is shown

  private get strings(): AssessmentStrings {
    return withOwnStrings(withOwnStrings(this.content.strings, assessmentUiStrings), progressUiStrings);
  }

  private get level(): HeadingLevel {
    return Number(this.headingLevel) as HeadingLevel;
  }

  /** The scale new assessments use: the `scale` property's, or the default when it is unset or refused. */
  private checkedScale(): Scale {
    const value = this.scale;
    if (value === null || value === undefined || value === '') return presetScales.default;
    if (typeof value === 'string' && !value.trim().startsWith('{')) {
      const preset = (presetScales as Record<string, Scale>)[value.trim()];
      if (preset && Object.hasOwn(presetScales, value.trim())) return preset;
      this.warn(
        `scale was set to "${value.slice(0, 60)}", which is neither a preset (${Object.keys(presetScales).join(', ')}) nor a scale as JSON, so the default scale is used.`,
      );
      return presetScales.default;
    }
    const checked = checkScale(value);
    if (checked.valid) return checked.scale;
    this.warn(`scale has problems (${summarise(checked.problems)}), so the default scale is used.`);
    return presetScales.default;
  }

  /** The scales a new assessment may switch to before its first rating: the presets, and the partner's own. */
  private get scaleChoices(): Scale[] {
    const chosen = this.newScale;
    const presets: Scale[] = Object.values(presetScales);
    return presets.some((scale) => scale.id === chosen.id) ? presets : [chosen, ...presets];
  }

  /** The items an assessment rates: made once per edition and choice, as a render asks for them several times (the parts, the report, the comparison). */
  private itemsOf(assessment: Assessment): AssessmentItem[] {
    const edition = this.fullEdition;
    const includeFoundations = assessment.include === 'foundations';
    const cached = this.itemsCache;
    if (cached?.edition === edition && cached.includeFoundations === includeFoundations) return cached.items;
    const items = assessmentItems(edition, { includeFoundations });
    this.itemsCache = { edition, includeFoundations, items };
    return items;
  }

  private titleOf(assessment: Assessment): string {
    return assessment.title.trim() || formatUiString(this.strings.assessmentUntitled, { date: this.formatDay(assessment.created.slice(0, 10)) });
  }

  private formatDay = (day: string): string => {
    const [year, month, date] = day.split('-').map(Number);
    if (!year || !month || !date) return day;
    try {
      // English is the framework's, written for England: "31 March 2027" whatever English the page says it is in.
      const lang = this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
      return dayFormat(/^en\b/i.test(lang) ? 'en-GB' : lang).format(new Date(Date.UTC(year, month - 1, date)));
    } catch {
      return day;
    }
  };

  /** The parts of an assessment, in order, with their titles and, for rated parts, their items. */
  private sectionsOf(assessment: Assessment): { id: SectionId; title: string; items?: AssessmentItem[] }[] {
    const strings = this.strings;
    const items = this.itemsOf(assessment);
    const sections: { id: SectionId; title: string; items?: AssessmentItem[] }[] = [{ id: 'about', title: strings.assessmentAboutSection }];
    for (const ambition of this.fullEdition.ambitions) {
      sections.push({
        id: `ambition-${ambition.number}`,
        title: formatUiString(strings.buildingBlocksForAmbition, { number: ambition.number, title: ambition.title }),
        items: items.filter((item) => item.ambition?.number === ambition.number),
      });
    }
    if (assessment.include === 'foundations') {
      sections.push({ id: 'foundations', title: strings.assessmentFoundationsSection, items: items.filter((item) => !item.ambition) });
    }
    if (keysNotInEdition(Object.keys(assessment.entries), items).length) {
      sections.push({ id: 'not-in-edition', title: strings.assessmentNotInEditionSection });
    }
    sections.push({ id: 'actions', title: strings.assessmentActionPlanSection });
    sections.push({ id: 'report', title: strings.assessmentReportSection });
    return sections;
  }

  // ------------------------------------------------------------------ render

  protected override render() {
    const strings = this.strings;
    const level = this.level;
    if (renderingFallback()) return this.renderFallback(strings, level);
    const assessment = this.session.current;
    return html`
      ${heading(level, strings.assessmentHeading, { id: 'heading', part: 'heading' })}
      <p class="intro">${strings.assessmentIntro}</p>
      ${this.renderStorageNotice(strings)} ${this.renderUnreadable(strings)}
      <div class="toolbar" part="toolbar" role="group" aria-label=${strings.assessmentManage}>
        ${assessment ? this.renderChooser(strings, assessment) : nothing}
        <div class="buttons">
          <button type="button" class=${assessment ? 'secondary' : 'primary'} data-action="new" @click=${this.onNew}>
            ${assessment ? strings.assessmentNew : strings.assessmentStart}
          </button>
          ${
            assessment
              ? html`<button type="button" class="secondary" data-action="duplicate" @click=${this.onDuplicate}>${strings.assessmentDuplicate}</button>
                <button type="button" class="secondary" data-action="delete" aria-expanded=${this.confirmingDelete ? 'true' : 'false'} @click=${this.onDelete}>
                  ${strings.assessmentDelete}
                </button>`
              : nothing
          }
          <button type="button" class="secondary" data-action="import" aria-describedby="import-hint" @click=${this.onImportClick}>${strings.assessmentImport}</button>
          <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" @change=${this.onImportFile} />
        </div>
        <p class="hint" id="import-hint">${strings.assessmentImportHint}</p>
      </div>
      ${this.confirmingDelete && assessment ? this.renderDeleteQuestion(strings, assessment) : nothing} ${this.renderImport(strings)}
      <div class="messages" role="status" part="message">${this.renderMessages(strings)}</div>
      <div class="alerts" role="alert">${this.renderSaveProblem(strings)}</div>
      <p class="visually-hidden" role="status">${this.announcer.text}</p>
      ${assessment ? this.renderAssessment(strings, assessment, level) : html`<p class="empty">${strings.assessmentEmpty}</p>`}
    `;
  }

  /** Without script: what the tool is, that it needs script, and what it rates, so the page says something useful. */
  private renderFallback(strings: AssessmentStrings, level: HeadingLevel): TemplateResult {
    const items = assessmentItems(this.fullEdition, { includeFoundations: this.include === 'foundations' });
    return html`${heading(level, strings.assessmentHeading, { id: 'heading', part: 'heading' })}
      <p class="intro">${strings.assessmentIntro}</p>
      <p class="notice">${strings.assessmentNeedsScript}</p>
      <ul class="fallback-items">
        ${items.map((item) => html`<li>${item.ambition ? `${formatUiString(strings.ambitionLabel, { number: item.ambition.number })}: ` : ''}${item.title}</li>`)}
      </ul>`;
  }

  private renderChooser(strings: AssessmentStrings, current: Assessment): TemplateResult {
    return html`<div class="field chooser">
      <label for="choose">${strings.assessmentChoose}</label>
      <select id="choose" @change=${this.onChoose}>
        ${this.session.assessments.map(
          (assessment) => html`<option value=${assessment.id} ?selected=${assessment.id === current.id}>${this.titleOf(assessment)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderStorageNotice(strings: AssessmentStrings): TemplateResult | typeof nothing {
    const mode = this.session.mode;
    if (mode === 'local') return nothing;
    return html`<p class="notice" part="message" data-message="storage-${mode}">
      ${mode === 'none' ? strings.assessmentNotStored : strings.assessmentStorageUnavailable}
    </p>`;
  }

  private renderUnreadable(strings: AssessmentStrings): TemplateResult[] {
    return this.session.unreadable.map(
      (entry) => html`<div class="notice problem" part="message" data-message="unreadable">
        <p>${entry.newer !== undefined ? strings.assessmentNewer : strings.assessmentUnreadable}</p>
        <div class="buttons">
          <button type="button" class="secondary" @click=${() => saveFile(`${entry.key.replace(/[^a-z0-9-]+/gi, '-')}.json`, entry.raw, fileTypes.json, this.renderRoot)}>
            ${strings.assessmentDownloadRaw}
          </button>
          ${
            entry.newer === undefined && this.confirmingDiscard !== entry.key
              ? html`<button type="button" class="secondary" @click=${() => this.askDiscard(entry.key)}>${strings.assessmentRemoveRaw}</button>`
              : nothing
          }
        </div>
        ${
          this.confirmingDiscard === entry.key
            ? html`<div class="question" id="discard-question" tabindex="-1" role="group" aria-labelledby="discard-question-text" @keydown=${this.onQuestionKey}>
              <p id="discard-question-text">${strings.assessmentRemoveRawQuestion}</p>
              <div class="buttons">
                <button type="button" class="warning" @click=${() => this.discard(entry.key)}>${strings.assessmentRemoveRawConfirm}</button>
                <button type="button" class="secondary" @click=${() => (this.confirmingDiscard = undefined)}>${strings.assessmentCancel}</button>
              </div>
            </div>`
            : nothing
        }
      </div>`,
    );
  }

  private renderDeleteQuestion(strings: AssessmentStrings, assessment: Assessment): TemplateResult {
    return html`<div class="question" id="delete-question" tabindex="-1" role="group" aria-labelledby="delete-question-text" @keydown=${this.onQuestionKey}>
      <p id="delete-question-text">${formatUiString(strings.assessmentDeleteQuestion, { title: this.titleOf(assessment) })}</p>
      <div class="buttons">
        <button type="button" class="warning" data-action="confirm-delete" @click=${this.onConfirmDelete}>${strings.assessmentDeleteConfirm}</button>
        <button type="button" class="secondary" data-action="cancel-delete" @click=${this.onCancelDelete}>${strings.assessmentCancel}</button>
      </div>
    </div>`;
  }

  private renderImport(strings: AssessmentStrings): TemplateResult | typeof nothing {
    const state = this.importing;
    if (!state) return nothing;
    if (state.problems) {
      const shown = state.problems.slice(0, problemsShown);
      return html`<div class="notice problem" id="import-result" tabindex="-1" part="message" data-message="import-problems" data-file=${state.name}>
        <p>${formatUiString(strings.assessmentImportProblems, { name: state.name })}</p>
        <ul>
          ${shown.map((problem) => html`<li>${problem.path ? html`<code>${problem.path}</code>:` : strings.assessmentImportTheFile} ${problem.message}</li>`)}
        </ul>
        ${
          state.problems.length > shown.length
            ? html`<p>${formatUiString(strings.assessmentImportMoreProblems, { count: state.problems.length - shown.length })}</p>`
            : nothing
        }
        <button type="button" class="secondary" @click=${this.onCancelImport}>${strings.close}</button>
      </div>`;
    }
    const assessment = state.assessment;
    const items = this.itemsOf(assessment);
    const rated = items.filter((item) => (assessment.entries[item.key]?.rating ?? '') !== '').length;
    const actions = Object.values(assessment.entries).reduce((sum, entry) => sum + entry.actions.length, 0);
    return html`<div
      class="question"
      id="import-result"
      tabindex="-1"
      role="group"
      aria-labelledby="import-question"
      part="message"
      data-message="import-preview"
      data-file=${state.name}
      @keydown=${this.onQuestionKey}
    >
      <p id="import-question"><strong>${formatUiString(strings.assessmentImportPreview, { title: this.titleOf(assessment) })}</strong></p>
      <p>
        ${[assessment.organisation, assessment.date ? this.formatDay(assessment.date) : ''].filter(Boolean).join(', ')}
        ${formatUiString(strings.assessmentImportSummary, { rated, total: items.length, actions, scale: assessment.scale.name })}
      </p>
      ${state.existing ? html`<p>${strings.assessmentImportExisting}</p>` : nothing}
      <div class="buttons">
        <button type="button" class="primary" data-action="confirm-import" @click=${this.onConfirmImport}>${strings.assessmentImportConfirm}</button>
        <button type="button" class="secondary" @click=${this.onCancelImport}>${strings.assessmentCancel}</button>
      </div>
    </div>`;
  }

  private renderMessages(strings: AssessmentStrings): TemplateResult | typeof nothing {
    const elsewhere = this.elsewhere;
    return html`${
      elsewhere
        ? html`<div class="notice" data-message="elsewhere-${elsewhere.kind}">
          <p>
            ${
              elsewhere.kind === 'changed'
                ? strings.assessmentChangedElsewhere
                : formatUiString(strings.assessmentDeletedElsewhere, { title: this.titleOf(elsewhere.assessment) })
            }
          </p>
          ${elsewhere.kind === 'deleted' ? html`<button type="button" class="secondary" @click=${this.onKeep}>${strings.assessmentKeep}</button>` : nothing}
        </div>`
        : nothing
    }
    ${
      this.undoable
        ? html`<div class="notice" data-message="undo">
          <p>${this.undoable.message}</p>
          <button type="button" class="secondary" id="undo" @click=${this.onUndo}>${strings.assessmentUndo}</button>
        </div>`
        : nothing
    }`;
  }

  private renderSaveProblem(strings: AssessmentStrings): TemplateResult | typeof nothing {
    const result = this.session.lastSave;
    if (!result || result.ok || !this.session.current) return nothing;
    const message =
      result.reason === 'full'
        ? strings.assessmentStorageFull
        : result.reason === 'unavailable'
          ? strings.assessmentStorageUnavailable
          : formatUiString(strings.assessmentStorageFailed, { reason: result.message });
    return html`<div class="notice problem" data-message="save-${result.reason}">
      <p>${message}</p>
      ${this.renderExports(strings)}
    </div>`;
  }

  private renderExports(strings: AssessmentStrings): TemplateResult {
    return html`<div class="buttons">
      <button type="button" class="secondary" data-action="export-csv" @click=${() => this.download('csv')}>${strings.assessmentExportCsv}</button>
      <button type="button" class="secondary" data-action="export-json" @click=${() => this.download('json')}>${strings.assessmentExportJson}</button>
    </div>`;
  }

  private renderAssessment(strings: AssessmentStrings, assessment: Assessment, level: HeadingLevel): TemplateResult {
    const sections = this.sectionsOf(assessment);
    const index = Math.max(
      0,
      sections.findIndex((section) => section.id === this.section),
    );
    const section = sections[index]!;
    const sub = nextLevel(level);
    const previous = sections[index - 1];
    const next = sections[index + 1];
    const saved = this.session.mode === 'local' && (this.session.lastSave?.ok ?? true);
    return html`
      ${saved ? html`<p class="saved" part="status"><span class="tick" aria-hidden="true">✓</span> ${strings.assessmentSaved}</p>` : nothing}
      <div class="layout ${this.printing && !printsItself(section.id) ? 'print-elsewhere' : ''}">
        <nav class="sections ${this.partsOpen ? 'open' : ''}" part="sections" aria-label=${strings.assessmentSections}>
          <!-- Narrow containers show the list of parts behind this button (CSS chooses), as GOV.UK's step-by-step does. -->
          <button type="button" class="parts-toggle" aria-expanded=${this.partsOpen ? 'true' : 'false'} aria-controls="parts-list" @click=${this.onPartsToggle}>
            ${formatUiString(strings.assessmentPartsToggle, { number: index + 1, total: sections.length })}
          </button>
          <ol id="parts-list">
            ${sections.map((candidate) => {
              const rated = candidate.items?.filter((item) => (assessment.entries[item.key]?.rating ?? '') !== '').length;
              return html`<li>
                <button
                  type="button"
                  data-section=${candidate.id}
                  aria-current=${candidate.id === section.id ? 'step' : 'false'}
                  @click=${() => this.goTo(candidate.id)}
                >
                  <span class="section-title">${candidate.title}</span>
                  ${
                    candidate.items
                      ? html`<span class="rated-count">${formatUiString(strings.assessmentProgress, { rated: rated ?? 0, total: candidate.items.length })}</span>`
                      : nothing
                  }
                </button>
              </li>`;
            })}
          </ol>
        </nav>
        <section class="section" part="section" aria-labelledby="section-heading" data-section=${section.id}>
          ${this.renderSectionHeading(section.title, sub)} ${this.renderSection(strings, assessment, section, nextLevel(sub))}
          <div class="pager">
            ${
              previous
                ? html`<button type="button" class="secondary" data-pager="previous" @click=${() => this.goTo(previous.id)}>
                  ${formatUiString(strings.assessmentPrevious, { title: previous.title })}
                </button>`
                : nothing
            }
            ${
              next
                ? html`<button type="button" class="primary" data-pager="next" @click=${() => this.goTo(next.id)}>
                  ${formatUiString(strings.assessmentNext, { title: next.title })}
                </button>`
                : nothing
            }
          </div>
        </section>
      </div>
      ${this.printing && !printsItself(section.id) ? html`<div class="print-only">${this.renderBoardReport(strings, assessment, sub)}</div>` : nothing}
    `;
  }

  private renderSectionHeading(title: string, level: HeadingLevel): TemplateResult {
    return html`<div class="section-heading" tabindex="-1" id="section-start">${heading(level, title, { id: 'section-heading', part: 'section-heading' })}</div>`;
  }

  private renderSection(
    strings: AssessmentStrings,
    assessment: Assessment,
    section: { id: SectionId; items?: AssessmentItem[] },
    level: HeadingLevel,
  ) {
    const context = { strings, assessment, badDates: this.badDates, on: this.handlers };
    if (section.id === 'about') return renderAbout(context, this.scaleChoices);
    if (section.id === 'report') {
      const others = this.session.assessments.filter((candidate) => candidate.id !== assessment.id);
      const previous = this.comparedWith(assessment);
      return html`<p class="hint">${strings.assessmentReportIntro}</p>
        <div class="buttons report-buttons">
          <button type="button" class="primary" data-action="print" @click=${() => this.print()}>${strings.assessmentPrint}</button>
        </div>
        ${this.renderExports(strings)}
        <p class="hint">${strings.assessmentExportHint}</p>
        ${
          others.length
            ? html`<div class="field compare" data-print-hide>
              <label for="compare-with">${strings.assessmentCompareLabel}</label>
              <p class="hint" id="compare-with-hint">${strings.assessmentCompareHint}</p>
              <select id="compare-with" aria-describedby="compare-with-hint" @change=${this.onCompare}>
                <option value="" ?selected=${!previous}>${strings.assessmentCompareNone}</option>
                ${others.map((other) => html`<option value=${other.id} ?selected=${other.id === previous?.id}>${this.titleOf(other)}</option>`)}
              </select>
            </div>
            ${
              previous
                ? html`<div class="buttons">
                  <button type="button" class="secondary" data-action="export-comparison" @click=${() => this.downloadComparison(assessment, previous)}>
                    ${strings.assessmentExportComparison}
                  </button>
                </div>`
                : nothing
            }`
            : nothing
        }
        ${this.renderBoardReport(strings, assessment, nextLevel(nextLevel(this.level)))}`;
    }
    if (section.id === 'actions') {
      return renderActionPlanView({
        strings,
        plan: actionPlan(assessment, this.itemsOf(assessment)),
        filter: this.actionFilter,
        sort: this.actionSort,
        edition: this.fullEdition,
        includeFoundations: assessment.include === 'foundations',
        today: localDay(new Date()),
        formatDay: this.formatDay,
        on: this.actionPlanHandlers,
      });
    }
    if (section.id.startsWith('ambition-')) {
      const ambition = this.fullEdition.ambitions.find((candidate) => `ambition-${candidate.number}` === section.id);
      return html`${ambition ? html`<p class="statement">${ambition.statement}</p>` : nothing}
        ${(section.items ?? []).map((item) => renderItem(context, item, assessment.entries[item.key] ?? emptyEntry(), level))}`;
    }
    if (section.id === 'foundations') {
      return (section.items ?? []).map((item) => renderItem(context, item, assessment.entries[item.key] ?? emptyEntry(), level));
    }
    // Items this edition does not have: what was recorded, as the report's table shows it, kept and exported.
    return html`<p>${strings.assessmentNotInEditionIntro}</p>
      ${renderNotInEdition(this.reportContext(strings, assessment, level))}`;
  }

  private reportContext(strings: AssessmentStrings, assessment: Assessment, level: HeadingLevel): ReportContext {
    const items = this.itemsOf(assessment);
    return {
      strings,
      assessment,
      items,
      notInEdition: keysNotInEdition(Object.keys(assessment.entries), items),
      title: this.titleOf(assessment),
      editionId: this.fullEdition.id,
      editionTitle: this.fullEdition.metadata.title,
      today: localDay(new Date()),
      formatDay: this.formatDay,
      level,
    };
  }

  private renderBoardReport(strings: AssessmentStrings, assessment: Assessment, level: HeadingLevel): TemplateResult {
    const previous = this.comparedWith(assessment);
    const comparison = previous
      ? renderComparison({
          strings,
          current: assessment,
          previous,
          previousTitle: this.titleOf(previous),
          comparison: compareAssessments(assessment, previous, this.itemsOf(assessment)),
          level: nextLevel(level),
        })
      : undefined;
    return renderReport({ ...this.reportContext(strings, assessment, level), comparison });
  }

  /** The earlier assessment the report compares with, while it is still there. */
  private comparedWith(assessment: Assessment): Assessment | undefined {
    const id = this.compareWith;
    return id && id !== assessment.id ? this.session.assessments.find((candidate) => candidate.id === id) : undefined;
  }

  private onCompare = (event: Event): void => {
    this.compareWith = (event.target as HTMLSelectElement).value || undefined;
  };

  private downloadComparison(current: Assessment, previous: Assessment): void {
    const text = comparisonCsv(current, previous, compareAssessments(current, previous, this.itemsOf(current)), this.strings);
    saveFile(
      fileName(`${current.title} ${this.strings.assessmentCompareChange}`, current.date || localDay(new Date()), 'csv'),
      text,
      fileTypes.csv,
      this.renderRoot,
    );
  }

  private readonly actionPlanHandlers: ActionPlanView['on'] = {
    filter: (next) => {
      this.actionFilter = next;
    },
    sort: (key) => {
      const same = this.actionSort.key === key;
      this.actionSort = { key, direction: same && this.actionSort.direction === 'ascending' ? 'descending' : 'ascending' };
      this.focusAfterRender = `button[data-sort="${key}"]`;
    },
    exportCsv: (shown) => {
      const assessment = this.session.current;
      if (!assessment) return;
      const name = fileName(`${assessment.title} ${this.strings.assessmentActionPlanSection}`, assessment.date || localDay(new Date()), 'csv');
      saveFile(name, actionPlanCsv(shown, this.strings), fileTypes.csv, this.renderRoot);
    },
    print: () => this.print(),
  };

  // ------------------------------------------------------------------ changes

  /** Changes the assessment shown, saves it at once, and tells the host page. */
  private change(change: AssessmentChange, mutate: (assessment: Assessment) => void, item?: string): void {
    const assessment = this.session.current;
    if (!assessment) return;
    mutate(assessment);
    this.elsewhere = undefined;
    const result = this.session.save(assessment);
    this.announceSaved(result);
    this.emit('peolc-assessment-change', { assessment: structuredClone(assessment), change, item, saved: result?.ok ?? false });
  }

  private entryOf(assessment: Assessment, key: string): AssessmentEntry {
    return (assessment.entries[key] ??= emptyEntry());
  }

  /** "Saved", once typing pauses (a live region must change to be heard: it is emptied first). */
  private announceSaved(result: ReturnType<AssessmentSession['save']>): void {
    if (!result?.ok) return;
    this.announcer.cancel();
    this.announcer.text = '';
    this.announcer.say(this.strings.assessmentSavedShort);
  }

  private readonly handlers: FormHandlers = {
    about: (field: AboutField, event: Event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'date') this.noteDate(input);
      if (input.type === 'date' && input.validity.badInput) return this.requestUpdate();
      this.change('about', (assessment) => {
        assessment[field] = input.value;
      });
    },
    scale: (id: string) => {
      const scale = this.scaleChoices.find((candidate) => candidate.id === id);
      if (scale) this.change('scale', (assessment) => (assessment.scale = structuredClone(scale)));
    },
    includeFoundations: (on: boolean) => this.change('about', (assessment) => (assessment.include = on ? 'foundations' : 'building-blocks')),
    rate: (key: string, rating: string) =>
      this.change(
        'rating',
        (assessment) => {
          this.entryOf(assessment, key).rating = rating;
        },
        key,
      ),
    entry: (key: string, field: EntryField, value: string) =>
      this.change(
        field,
        (assessment) => {
          const entry = this.entryOf(assessment, key);
          if (field === 'priority') entry.priority = value === 'high' || value === 'medium' || value === 'low' ? value : '';
          else entry[field] = value;
        },
        key,
      ),
    addAction: (key: string) => {
      const id = newId('action');
      this.change(
        'actions',
        (assessment) => this.entryOf(assessment, key).actions.push({ id, what: '', lead: '', due: '', status: 'not-started' }),
        key,
      );
      this.focusAfterRender = `#${CSS.escape(fieldId(key, `action-${id}-what`))}`;
    },
    removeAction: (key: string, action: AssessmentAction, number: number) => {
      const assessment = this.session.current;
      if (!assessment) return;
      const index = this.entryOf(assessment, key).actions.findIndex((candidate) => candidate.id === action.id);
      if (index === -1) return;
      this.change('actions', (changed) => this.entryOf(changed, key).actions.splice(index, 1), key);
      const owner = assessment.id;
      this.undoable = {
        message: formatUiString(this.strings.assessmentActionRemoved, { number }),
        undo: () => {
          if (this.session.current?.id !== owner) return;
          this.change('actions', (changed) => this.entryOf(changed, key).actions.splice(index, 0, action), key);
          this.focusAfterRender = `#${CSS.escape(fieldId(key, `action-${action.id}-what`))}`;
        },
      };
      this.focusAfterRender = '#undo';
    },
    action: (key: string, id: string, field: ActionField, event: Event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement;
      if (input instanceof HTMLInputElement && input.type === 'date') {
        this.noteDate(input);
        if (input.validity.badInput) return this.requestUpdate();
      }
      this.change(
        'actions',
        (assessment) => {
          const action = this.entryOf(assessment, key).actions.find((candidate) => candidate.id === id);
          if (!action) return;
          if (field === 'status') action.status = input.value === 'in-progress' || input.value === 'done' ? input.value : 'not-started';
          else action[field] = input.value;
        },
        key,
      );
    },
  };

  /** Remembers whether a date field holds something that is not a date, so its error shows. */
  private noteDate(input: HTMLInputElement): void {
    if (input.validity.badInput) this.badDates.add(input.id);
    else this.badDates.delete(input.id);
  }

  private goTo(id: SectionId): void {
    this.section = id;
    this.partsOpen = false;
    this.focusAfterRender = '#section-start';
  }

  /** Shows an assessment the host page assigned, keeping it on the device. */
  private adopt(assessment: Assessment): void {
    this.session.save(assessment, { touch: false });
    this.session.currentId = assessment.id;
    this.requestUpdate();
  }

  /** Adds an assessment (new, copied or imported), shows it from the start, and tells the host page. */
  private add(assessment: Assessment, change: AssessmentChange, message: string): void {
    const result = this.session.save(assessment, { touch: false });
    this.session.currentId = assessment.id;
    this.section = 'about';
    this.undoable = undefined;
    this.elsewhere = undefined;
    this.announcer.say(message);
    this.focusAfterRender = '#section-start';
    this.emit('peolc-assessment-change', { assessment: structuredClone(assessment), change, saved: result?.ok ?? false });
  }

  private onNew = (): void => {
    const assessment = createAssessment({ editionId: this.fullEdition.id, scale: this.newScale, include: this.include ?? 'building-blocks' });
    this.add(assessment, 'create', this.strings.assessmentCreated);
    this.focusAfterRender = '#about-title';
  };

  private onDuplicate = (): void => {
    const source = this.session.current;
    if (!source) return;
    const title = formatUiString(this.strings.assessmentCopyTitle, { title: this.titleOf(source) });
    this.add(duplicateAssessment(source, { title }), 'duplicate', formatUiString(this.strings.assessmentDuplicated, { title: this.titleOf(source) }));
  };

  private onChoose = (event: Event): void => {
    this.session.currentId = (event.target as HTMLSelectElement).value;
    this.section = 'about';
    this.elsewhere = undefined;
    this.confirmingDelete = false;
    this.requestUpdate();
  };

  private onPartsToggle = (): void => {
    this.partsOpen = !this.partsOpen;
  };

  private onDelete = (): void => {
    this.confirmingDelete = !this.confirmingDelete;
    if (this.confirmingDelete) this.focusAfterRender = '#delete-question';
  };

  private onCancelDelete = (): void => {
    this.confirmingDelete = false;
    this.focusAfterRender = '[data-action="delete"]';
  };

  private onQuestionKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (this.confirmingDelete) this.onCancelDelete();
    else if (this.confirmingDiscard) this.confirmingDiscard = undefined;
    else this.onCancelImport();
  };

  private askDiscard(key: string): void {
    this.confirmingDiscard = key;
    this.focusAfterRender = '#discard-question';
  }

  private discard(key: string): void {
    this.confirmingDiscard = undefined;
    this.session.discardUnreadable(key);
    this.focusAfterRender = '[data-action="new"]';
  }

  private onConfirmDelete = (): void => {
    const assessment = this.session.current;
    this.confirmingDelete = false;
    if (!assessment) return;
    const title = this.titleOf(assessment);
    this.session.remove(assessment.id);
    this.section = 'about';
    this.elsewhere = undefined;
    this.undoable = {
      message: formatUiString(this.strings.assessmentDeleted, { title }),
      undo: () => {
        this.session.save(assessment, { touch: false });
        this.session.currentId = assessment.id;
        this.announcer.say(formatUiString(this.strings.assessmentRestored, { title }));
        this.emit('peolc-assessment-change', {
          assessment: structuredClone(assessment),
          change: 'restore',
          saved: this.session.lastSave?.ok ?? false,
        });
      },
    };
    this.focusAfterRender = '#undo';
    this.emit('peolc-assessment-change', { assessment: structuredClone(assessment), change: 'delete', saved: this.session.lastSave?.ok ?? false });
  };

  private onUndo = (): void => {
    const undoable = this.undoable;
    this.undoable = undefined;
    undoable?.undo();
    this.focusAfterRender ??= '#section-start';
  };

  private onKeep = (): void => {
    const assessment = this.elsewhere?.assessment;
    this.elsewhere = undefined;
    if (assessment) this.change('restore', () => undefined);
  };

  private onImportClick = (): void => {
    this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click();
  };

  private onImportFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    this.importing = undefined;
    if (!file) return;
    const strings = this.strings;
    if (file.size > maxAssessmentBytes) {
      this.showImport({
        name: file.name,
        problems: [
          { path: '', message: formatUiString(strings.assessmentImportTooBig, { size: `${Math.round(maxAssessmentBytes / 1_000_000)} MB` }) },
        ],
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.showImport({ name: file.name, problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }] });
      return;
    }
    const checked = checkAssessment(text);
    if (!checked.valid) {
      this.showImport({ name: file.name, problems: checked.problems });
      return;
    }
    const existing = this.session.assessments.some((assessment) => assessment.id === checked.assessment.id);
    this.showImport({ name: file.name, assessment: checked.assessment, existing });
  };

  private showImport(state: ImportState): void {
    this.importing = state;
    this.focusAfterRender = '#import-result';
  }

  private onConfirmImport = (): void => {
    const state = this.importing;
    this.importing = undefined;
    if (!state?.assessment) return;
    // Always a new assessment: an import never overwrites one on this device.
    const assessment: Assessment = { ...state.assessment, id: newId('assessment'), updated: new Date().toISOString() };
    this.add(assessment, 'import', formatUiString(this.strings.assessmentImported, { title: this.titleOf(assessment) }));
  };

  private onCancelImport = (): void => {
    this.importing = undefined;
    this.focusAfterRender = '[data-action="import"]';
  };

  private download(kind: 'csv' | 'json'): void {
    const assessment = this.session.current;
    if (!assessment) return;
    const text = kind === 'csv' ? this.exportCsv() : this.exportJson();
    saveFile(fileName(assessment.title, assessment.date || localDay(new Date()), kind), text, fileTypes[kind], this.renderRoot);
  }

  // Printing shows the board report whatever part is on screen: rendered now, before the browser lays the page out.
  private beforePrint = (): void => {
    if (this.printing) return;
    this.printing = true;
    this.requestUpdate();
    this.performUpdate();
  };

  private afterPrint = (): void => {
    this.printing = false;
    this.requestUpdate();
  };

  // A change that could not be saved is still only on this page: the browser asks before leaving it.
  private beforeUnload = (event: BeforeUnloadEvent): void => {
    const result = this.session.lastSave;
    if (result && !result.ok && this.session.mode === 'local') event.preventDefault();
  };
}

// One formatter per language: making one costs far more than using it, and a report formats every due date.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(lang: string): Intl.DateTimeFormat {
  let format = dayFormats.get(lang);
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}

/** The parts printed as they are shown (the board report, the action plan); from any other, printing prints the board report. */
function printsItself(id: SectionId): boolean {
  return id === 'report' || id === 'actions';
}

/** The first problems, for a warning. */
function summarise(problems: readonly ContentProblem[]): string {
  const first = problems.slice(0, 3).map((problem) => (problem.path ? `${problem.path} ${problem.message}` : problem.message));
  return `${first.join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`;
}
