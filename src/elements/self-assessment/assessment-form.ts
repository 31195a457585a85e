/**
 * The self-assessment's form: the fields about an assessment, and each
 * item's rating, evidence, actions, priority and notes. Templates only: the
 * element holds the state and passes its handlers in.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentUiStrings } from '../../context/assessment-ui-strings.js';
import type { ProgressUiStrings } from '../../context/progress-ui-strings.js';
import { formatUiString, type ElementUiStrings } from '../../context/ui-strings.js';
import type { ActionStatus, Assessment, AssessmentAction, AssessmentEntry, Priority } from '../../model/assessment/assessment.js';
import { evidencePieces } from '../../model/assessment/evidence-links.js';
import type { AssessmentItem } from '../../model/assessment/items.js';
import { actionStatusChoices, priorityChoices } from '../../model/assessment/labels.js';
import { notApplicable, type Scale } from '../../model/assessment/scales.js';
import type { HeadingLevel } from '../../model/lookup.js';
import { heading } from '../shared/heading.js';

/** Every string the self-assessment shows (the progress picture's too: its board report draws one). */
export type AssessmentStrings = ElementUiStrings & AssessmentUiStrings & ProgressUiStrings;

/** The fields about an assessment. */
export type AboutField = 'title' | 'organisation' | 'date' | 'participants' | 'nextReview';
/** The text fields of an item. */
export type EntryField = 'evidence' | 'notes' | 'priority';
/** The fields of an action. */
export type ActionField = 'what' | 'lead' | 'due' | 'status';

/** What the form calls when the reader changes something. */
export interface FormHandlers {
  about(field: AboutField, event: Event): void;
  scale(id: string): void;
  includeFoundations(on: boolean): void;
  rate(key: string, rating: string): void;
  entry(key: string, field: EntryField, value: string): void;
  addAction(key: string): void;
  removeAction(key: string, action: AssessmentAction, number: number): void;
  action(key: string, id: string, field: ActionField, event: Event): void;
}

/** What the form needs to render. */
export interface FormContext {
  strings: AssessmentStrings;
  assessment: Assessment;
  /** Fields holding text that is not a date (their ids). */
  badDates: ReadonlySet<string>;
  on: FormHandlers;
}

/** A field's id in the shadow root, from an item key and a name: "building-block-honest-conversations-evidence". */
export const fieldId = (key: string, name: string) => `${key.replace(':', '-')}-${name}`;

/** The id of an item's card (its heading), for focus and links. */
const itemHeadingId = (key: string) => fieldId(key, 'heading');

const error = (id: string, message: string) =>
  html`<p class="error" id=${id} part="error"><span class="visually-hidden">Error: </span>${message}</p>`;

/** A label, an optional hint and an error, and the control, tied together by ids. */
function field(options: {
  id: string;
  label: unknown;
  hint?: string;
  error?: string;
  control: (describedBy: string | typeof nothing, invalid: boolean) => TemplateResult;
}): TemplateResult {
  const hintId = options.hint ? `${options.id}-hint` : '';
  const errorId = options.error ? `${options.id}-error` : '';
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return html`<div class="field ${options.error ? 'has-error' : ''}">
    <label for=${options.id}>${options.label}</label>
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    ${options.error ? error(errorId, options.error) : nothing}
    ${options.control(describedBy || nothing, Boolean(options.error))}
  </div>`;
}

/** The fields about the assessment: title, organisation, dates, who took part, the scale and whether foundations are rated. */
export function renderAbout(context: FormContext, scales: readonly Scale[]): TemplateResult {
  const { strings, assessment, on } = context;
  const text = (name: AboutField, label: string, hint?: string) =>
    field({
      id: `about-${name}`,
      label,
      hint,
      control: (describedBy) =>
        html`<input id=${`about-${name}`} type="text" autocomplete="off" maxlength="200" aria-describedby=${describedBy} .value=${assessment[name]} @input=${(event: Event) => on.about(name, event)} />`,
    });
  const date = (name: 'date' | 'nextReview', label: string, problem?: string) => {
    const id = `about-${name}`;
    return field({
      id,
      label,
      error: context.badDates.has(id) ? strings.assessmentBadDate : problem,
      control: (describedBy, invalid) =>
        html`<input id=${id} class="date" type="date" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${assessment[name]} @input=${(event: Event) => on.about(name, event)} />`,
    });
  };
  const reviewTooEarly = assessment.date !== '' && assessment.nextReview !== '' && assessment.nextReview < assessment.date;
  const rated = Object.values(assessment.entries).some((entry) => entry.rating !== '');
  const choices = scales.some((scale) => scale.id === assessment.scale.id) ? scales : [assessment.scale, ...scales];
  return html`<div class="about" part="about">
    ${text('title', strings.assessmentTitleLabel, strings.assessmentTitleHint)}
    ${text('organisation', strings.assessmentOrganisationLabel, strings.assessmentOrganisationHint)}
    ${date('date', strings.assessmentDateLabel)}
    ${field({
      id: 'about-participants',
      label: strings.assessmentParticipantsLabel,
      hint: strings.assessmentParticipantsHint,
      control: (describedBy) =>
        html`<textarea id="about-participants" rows="3" maxlength="5000" aria-describedby=${describedBy} .value=${assessment.participants} @input=${(event: Event) => on.about('participants', event)}></textarea>`,
    })}
    ${date('nextReview', strings.assessmentNextReviewLabel, reviewTooEarly ? strings.assessmentNextReviewBeforeDate : undefined)}
    ${field({
      id: 'about-scale',
      label: strings.assessmentScaleLabel,
      hint: rated ? strings.assessmentScaleFixed : strings.assessmentScaleHint,
      control: (describedBy) =>
        html`<select id="about-scale" aria-describedby=${describedBy} ?disabled=${rated} @change=${(event: Event) => on.scale((event.target as HTMLSelectElement).value)}>
          ${choices.map((scale) => html`<option value=${scale.id} ?selected=${scale.id === assessment.scale.id}>${scale.name}</option>`)}
        </select>`,
    })}
    <ul class="scale-levels" aria-label=${assessment.scale.name}>
      ${assessment.scale.levels.map((level) => html`<li><strong>${level.label}</strong>: ${level.description}</li>`)}
    </ul>
    <div class="field checkbox">
      <input
        id="about-foundations"
        type="checkbox"
        .checked=${assessment.include === 'foundations'}
        @change=${(event: Event) => on.includeFoundations((event.target as HTMLInputElement).checked)}
      /><label for="about-foundations">${strings.assessmentIncludeFoundations}</label>
    </div>
  </div>`;
}

/** One item: its title, summary and full text, then what the team records for it. */
export function renderItem(context: FormContext, item: AssessmentItem, entry: AssessmentEntry, level: HeadingLevel): TemplateResult {
  const { strings } = context;
  const forTitle = html`<span class="visually-hidden"> ${formatUiString(strings.assessmentFor, { title: item.title })}</span>`;
  return html`<article class="item" part="item" data-item=${item.key} aria-labelledby=${itemHeadingId(item.key)}>
    ${heading(level, item.title, { id: itemHeadingId(item.key), part: 'item-title' })}
    <p class="summary" part="item-summary">${item.summary}</p>
    <details class="full-text" part="full-text">
      <summary>${strings.assessmentFullText}${forTitle}</summary>
      ${item.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    </details>
    ${renderRating(context, item, entry, forTitle)}
    ${renderEvidence(context, item.key, entry, forTitle)}
    ${renderActions(context, item.key, entry, forTitle)}
    <div class="pair">
      ${field({
        id: fieldId(item.key, 'priority'),
        label: html`${strings.assessmentPriorityLabel}${forTitle}`,
        control: () =>
          html`<select id=${fieldId(item.key, 'priority')} @change=${(event: Event) => context.on.entry(item.key, 'priority', (event.target as HTMLSelectElement).value)}>
            ${priorityChoices(strings).map(
              (choice: { value: Priority; label: string }) =>
                html`<option value=${choice.value} ?selected=${choice.value === entry.priority}>${choice.label}</option>`,
            )}
          </select>`,
      })}
    </div>
    ${field({
      id: fieldId(item.key, 'notes'),
      label: html`${strings.assessmentNotesLabel}${forTitle}`,
      control: () =>
        html`<textarea id=${fieldId(item.key, 'notes')} rows="2" maxlength="20000" .value=${entry.notes} @input=${(event: Event) => context.on.entry(item.key, 'notes', (event.target as HTMLTextAreaElement).value)}></textarea>`,
    })}
  </article>`;
}

/** The rating: a radio group of the scale's levels, each with its description, then "Not applicable". */
function renderRating(context: FormContext, item: AssessmentItem, entry: AssessmentEntry, forTitle: TemplateResult): TemplateResult {
  const { strings, assessment, on } = context;
  const name = fieldId(item.key, 'rating');
  const choice = (id: string, label: string, description: string) => {
    const inputId = `${name}-${id}`;
    return html`<div class="choice">
      <input
        type="radio"
        id=${inputId}
        name=${name}
        value=${id}
        aria-describedby=${`${inputId}-description`}
        .checked=${entry.rating === id}
        @change=${() => on.rate(item.key, id)}
      /><label for=${inputId}>${label}</label>
      <p class="description" id=${`${inputId}-description`}>${description}</p>
    </div>`;
  };
  const rated = entry.rating !== '';
  return html`<fieldset class="rating" part="rating">
    <legend>${strings.assessmentRatingLegend}${forTitle}</legend>
    <div class="choices">
      ${assessment.scale.levels.map((level) => choice(level.id, level.label, level.description))}
      <p class="or" aria-hidden="true">or</p>
      ${choice(notApplicable, strings.assessmentNotApplicable, strings.assessmentNotApplicableHint)}
    </div>
    ${
      rated
        ? html`<button type="button" class="link-button" @click=${() => on.rate(item.key, '')}>${strings.assessmentClearRating}${forTitle}</button>`
        : html`<p class="not-rated">${strings.assessmentNotRated}</p>`
    }
  </fieldset>`;
}

/** The evidence, and the web addresses in it as links (opened in a new tab, so the form stays). */
function renderEvidence(context: FormContext, key: string, entry: AssessmentEntry, forTitle: TemplateResult): TemplateResult {
  const { strings, on } = context;
  const id = fieldId(key, 'evidence');
  const links = evidencePieces(entry.evidence).filter((piece) => piece.href);
  return html`${field({
    id,
    label: html`${strings.assessmentEvidenceLabel}${forTitle}`,
    hint: strings.assessmentEvidenceHint,
    control: (describedBy) =>
      html`<textarea id=${id} rows="4" maxlength="20000" aria-describedby=${describedBy} .value=${entry.evidence} @input=${(event: Event) => on.entry(key, 'evidence', (event.target as HTMLTextAreaElement).value)}></textarea>`,
  })}
    ${
      links.length
        ? html`<div class="links" part="evidence-links">
          <p class="links-label" id=${`${id}-links`}>${strings.assessmentEvidenceLinks}</p>
          <ul aria-labelledby=${`${id}-links`}>
            ${links.map(
              (link) =>
                html`<li><a href=${link.href!} target="_blank" rel="noopener noreferrer">${link.text}<span class="visually-hidden"> ${strings.assessmentOpensNewTab}</span></a></li>`,
            )}
          </ul>
        </div>`
        : nothing
    }`;
}

/** The item's actions, each a group of what, lead, due date and status, with a way to add and remove them. */
function renderActions(context: FormContext, key: string, entry: AssessmentEntry, forTitle: TemplateResult): TemplateResult {
  const { strings, on } = context;
  return html`<fieldset class="actions" part="actions">
    <legend>${strings.assessmentActionsLegend}${forTitle}</legend>
    ${entry.actions.length === 0 ? html`<p class="none">${strings.assessmentNoActions}</p>` : nothing}
    <ol class="action-list">
      ${entry.actions.map((action, index) => renderAction(context, key, action, index + 1, forTitle))}
    </ol>
    <button type="button" class="secondary" data-add-action=${key} @click=${() => on.addAction(key)}>${strings.assessmentAddAction}${forTitle}</button>
  </fieldset>`;
}

function renderAction(context: FormContext, key: string, action: AssessmentAction, number: number, forTitle: TemplateResult): TemplateResult {
  const { strings, on } = context;
  const id = (name: string) => fieldId(key, `action-${action.id}-${name}`);
  const label = formatUiString(strings.assessmentAction, { number });
  const whatMissing = action.what.trim() === '' && (action.lead.trim() !== '' || action.due !== '');
  const dueBad = context.badDates.has(id('due'));
  return html`<li class="action" part="action" data-action=${action.id}>
    <fieldset>
      <legend>${label}${forTitle}</legend>
      ${field({
        id: id('what'),
        label: strings.assessmentActionWhat,
        error: whatMissing ? strings.assessmentActionWhatMissing : undefined,
        control: (describedBy, invalid) =>
          html`<textarea id=${id('what')} rows="2" maxlength="2000" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${action.what} @input=${(event: Event) => on.action(key, action.id, 'what', event)}></textarea>`,
      })}
      <div class="pair">
        ${field({
          id: id('lead'),
          label: strings.assessmentActionLead,
          control: () =>
            html`<input id=${id('lead')} type="text" autocomplete="off" maxlength="200" .value=${action.lead} @input=${(event: Event) => on.action(key, action.id, 'lead', event)} />`,
        })}
        ${field({
          id: id('due'),
          label: strings.assessmentActionDue,
          error: dueBad ? strings.assessmentBadDate : undefined,
          control: (describedBy, invalid) =>
            html`<input id=${id('due')} class="date" type="date" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${action.due} @input=${(event: Event) => on.action(key, action.id, 'due', event)} />`,
        })}
        ${field({
          id: id('status'),
          label: strings.assessmentActionStatus,
          control: () =>
            html`<select id=${id('status')} @change=${(event: Event) => on.action(key, action.id, 'status', event)}>
              ${actionStatusChoices(strings).map(
                (choice: { value: ActionStatus; label: string }) =>
                  html`<option value=${choice.value} ?selected=${choice.value === action.status}>${choice.label}</option>`,
              )}
            </select>`,
        })}
      </div>
      <button type="button" class="link-button" @click=${() => on.removeAction(key, action, number)}>
        ${formatUiString(strings.assessmentRemoveAction, { number })}${forTitle}
      </button>
    </fieldset>
  </li>`;
}
