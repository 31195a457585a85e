/**
 * The board report: what the self-assessment prints, and shows on screen
 * as its last part. It reads as a paper for a board: what the assessment
 * is, a summary by ambition, each ambition's table, the action plan by due
 * date, and anything recorded for items this edition no longer has.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatUiString } from '../../context/ui-strings.js';
import { actionPlan, type PlannedAction } from '../../model/assessment/action-plan.js';
import type { Assessment, AssessmentEntry } from '../../model/assessment/assessment.js';
import { evidencePieces } from '../../model/assessment/evidence-links.js';
import type { AssessmentItem } from '../../model/assessment/items.js';
import { actionStatusLabel, priorityLabel, ratingWords } from '../../model/assessment/labels.js';
import { ratingSpreads } from '../../model/assessment/summary.js';
import { nextLevel, type HeadingLevel } from '../../model/lookup.js';
import { renderProgressPicture } from '../progress/progress-picture.js';
import { heading } from '../shared/heading.js';
import type { AssessmentStrings } from './assessment-form.js';

/** What the report needs. */
export interface ReportContext {
  strings: AssessmentStrings;
  assessment: Assessment;
  items: readonly AssessmentItem[];
  /** Keys the assessment has that the edition does not. */
  notInEdition: readonly string[];
  /** The assessment's title, or the words for an untitled one. */
  title: string;
  /** The id and title of the edition shown. */
  editionId: string;
  editionTitle: string;
  /** Today, `YYYY-MM-DD`, for overdue actions. */
  today: string;
  /** A `YYYY-MM-DD` day in words, e.g. "31 March 2027". */
  formatDay: (day: string) => string;
  /** The level of the report's headings. */
  level: HeadingLevel;
  /** What changed since an earlier assessment, shown after the summary (assessment-comparison.ts). */
  comparison?: TemplateResult;
}

/** A table in a box that scrolls sideways on narrow screens (a data table may; WCAG 1.4.10), named and focusable so keyboards can scroll it. */
export const scrollingTable = (strings: AssessmentStrings, title: string, table: TemplateResult) =>
  html`<div class="table-box" role="region" tabindex="0" aria-label=${formatUiString(strings.assessmentTableRegion, { title })}>${table}</div>`;

/** An action's due date in words, or "No date", and "Overdue" in words when it is. */
export const dueCell = (planned: PlannedAction, strings: AssessmentStrings, formatDay: (day: string) => string) =>
  html`<td>
    ${planned.action.due ? formatDay(planned.action.due) : strings.assessmentNoDate}
    ${planned.overdue ? html`<strong class="overdue">${strings.assessmentOverdue}</strong>` : nothing}
  </td>`;

/** Text with its web addresses as links. */
const linked = (text: string) => evidencePieces(text).map((piece) => (piece.href ? html`<a href=${piece.href}>${piece.text}</a>` : piece.text));

export function renderReport(context: ReportContext): TemplateResult {
  const { strings, assessment, level } = context;
  const sub = nextLevel(level);
  const day = (value: string) => (value ? context.formatDay(value) : '');
  const meta: [string, unknown][] = [
    [strings.assessmentOrganisationLabel, assessment.organisation],
    [strings.assessmentDateLabel, day(assessment.date)],
    [strings.assessmentParticipantsLabel, assessment.participants],
    [strings.assessmentNextReviewLabel, day(assessment.nextReview)],
    [strings.assessmentScaleLabel, assessment.scale.name],
    [
      strings.assessmentEditionLabel,
      assessment.editionId === context.editionId
        ? context.editionTitle
        : formatUiString(strings.assessmentEditionOther, { id: assessment.editionId }),
    ],
  ];
  const groups = ratingSpreads(assessment, context.items, strings.assessmentFoundationsSection);
  return html`<div class="report" part="report">
    ${heading(level, context.title, { id: 'report-title', part: 'report-title' })}
    <dl class="meta">
      ${meta.filter(([, value]) => value !== '').map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>

    ${heading(sub, strings.assessmentSummaryHeading, { id: 'report-summary' })}
    ${renderProgressPicture(
      groups,
      assessment.scale,
      strings,
      formatUiString(strings.assessmentProgressPictureLabel, { title: context.title }),
      'report-progress',
    )}
    ${context.comparison ?? nothing}
    ${groups.map((group) => {
      const title = group.ambition ? formatUiString(strings.buildingBlocksForAmbition, { number: group.ambition, title: group.title }) : group.title;
      const items = context.items.filter((item) => item.ambition?.number === group.ambition);
      return html`<section class="report-group" aria-labelledby=${`report-group-${group.ambition ?? 'foundations'}`}>
        ${heading(sub, title, { id: `report-group-${group.ambition ?? 'foundations'}` })}
        ${itemsTable(
          context,
          title,
          items.map((item) => ({ title: item.title, entry: assessment.entries[item.key] })),
        )}
      </section>`;
    })}
    ${
      context.notInEdition.length
        ? html`<section class="report-group" aria-labelledby="report-not-in-edition">
          ${heading(sub, strings.assessmentNotInEditionSection, { id: 'report-not-in-edition' })}
          <p>${strings.assessmentNotInEditionIntro}</p>
          ${renderNotInEdition(context)}
        </section>`
        : nothing
    }
    ${renderActionPlan(context, sub)}
  </div>`;
}

/** The table of what an assessment holds for items the edition does not have. */
export function renderNotInEdition(context: ReportContext): TemplateResult {
  const { strings, assessment } = context;
  return itemsTable(
    context,
    strings.assessmentNotInEditionSection,
    context.notInEdition.map((key) => ({ title: key, entry: assessment.entries[key] })),
  );
}

function itemsTable(context: ReportContext, title: string, rows: { title: string; entry: AssessmentEntry | undefined }[]): TemplateResult {
  const { strings, assessment } = context;
  return scrollingTable(
    strings,
    title,
    html`<table class="items-table">
      <thead>
        <tr>
          <th scope="col">${strings.assessmentItemColumn}</th>
          <th scope="col">${strings.assessmentRatingLegend}</th>
          <th scope="col">${strings.assessmentEvidenceLabel}</th>
          <th scope="col">${strings.assessmentActionsLegend}</th>
          <th scope="col">${strings.assessmentPriorityLabel}</th>
          <th scope="col">${strings.assessmentNotesLabel}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({ title, entry }) => html`<tr>
            <th scope="row">${title}</th>
            <td>${ratingWords(assessment.scale, entry?.rating ?? '', strings)}</td>
            <td class="long">${entry ? linked(entry.evidence) : ''}</td>
            <td>
              ${
                entry?.actions.length
                  ? html`<ul class="plain">
                    ${entry.actions.map(
                      (action) =>
                        html`<li>${action.what}${action.lead ? html` (${action.lead})` : nothing}${action.due ? html`, ${context.formatDay(action.due)}` : nothing}</li>`,
                    )}
                  </ul>`
                  : ''
              }
            </td>
            <td>${entry ? priorityLabel(entry.priority, strings) : ''}</td>
            <td class="long">${entry?.notes ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

function renderActionPlan(context: ReportContext, level: HeadingLevel): TemplateResult {
  const { strings } = context;
  const plan = actionPlan(context.assessment, context.items, context.today);
  return html`<section class="report-group" aria-labelledby="report-action-plan">
    ${heading(level, strings.assessmentActionPlanHeading, { id: 'report-action-plan' })}
    ${
      plan.length === 0
        ? html`<p>${strings.assessmentActionPlanEmpty}</p>`
        : scrollingTable(
            strings,
            strings.assessmentActionPlanHeading,
            html`<table class="plan-table" part="action-plan">
            <thead>
              <tr>
                <th scope="col">${strings.assessmentActionDue}</th>
                <th scope="col">${strings.assessmentActionWhat}</th>
                <th scope="col">${strings.assessmentActionLead}</th>
                <th scope="col">${strings.assessmentActionStatus}</th>
                <th scope="col">${strings.assessmentActionItem}</th>
              </tr>
            </thead>
            <tbody>
              ${plan.map(
                (planned) => html`<tr>
                  ${dueCell(planned, strings, context.formatDay)}
                  <td class="long">${planned.action.what}</td>
                  <td>${planned.action.lead}</td>
                  <td>${actionStatusLabel(planned.action.status, strings)}</td>
                  <td>${planned.itemTitle}</td>
                </tr>`,
              )}
            </tbody>
          </table>`,
          )
    }
  </section>`;
}
