/**
 * The action plan as its own part (issue 16): every action of the
 * assessment in one table, narrowed by lead, status, ambition and due date,
 * sorted by any column (the WAI-ARIA sortable table: a button in each
 * column heading, `aria-sort` on the sorted one), overdue actions said in
 * words, and exported or printed as shown.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatUiString } from '../../context/ui-strings.js';
import { filterActions, sortActions, type ActionFilter, type ActionSortKey, type PlannedAction } from '../../model/assessment/action-plan.js';
import type { Edition } from '../../content/types.js';
import { actionStatusChoices, actionStatusLabel } from '../../model/assessment/labels.js';
import type { AssessmentStrings } from './assessment-form.js';
import { dueCell, scrollingTable } from './assessment-report.js';

/** The action plan's order: a column, and which way. */
export interface ActionSort {
  key: ActionSortKey;
  direction: 'ascending' | 'descending';
}

export interface ActionPlanView {
  strings: AssessmentStrings;
  /** Every action of the assessment, by due date. */
  plan: readonly PlannedAction[];
  filter: ActionFilter;
  sort: ActionSort;
  edition: Edition;
  includeFoundations: boolean;
  today: string;
  formatDay: (day: string) => string;
  on: {
    filter: (next: ActionFilter) => void;
    sort: (key: ActionSortKey) => void;
    exportCsv: (shown: readonly PlannedAction[]) => void;
    print: () => void;
  };
}

/** The actions the view shows: filtered, then sorted. */
export function shownActions(view: Pick<ActionPlanView, 'plan' | 'filter' | 'sort' | 'today'>): PlannedAction[] {
  return sortActions(filterActions(view.plan, view.filter, view.today), view.sort.key, view.sort.direction);
}

export function renderActionPlanView(view: ActionPlanView): TemplateResult {
  const { strings, filter, on } = view;
  const shown = shownActions(view);
  const leads = [...new Set(view.plan.map((planned) => planned.action.lead.trim()))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const select = (id: string, label: string, value: string, options: [string, string][], change: (value: string) => ActionFilter) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => on.filter(change((event.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${value === ''}>${strings.assessmentFilterAll}</option>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
    </div>`;
  const without = (name: keyof ActionFilter): ActionFilter => {
    const next = { ...filter };
    delete next[name];
    return next;
  };
  const ambitions: [string, string][] = view.edition.ambitions.map((ambition) => [
    String(ambition.number),
    formatUiString(strings.ambitionLabel, { number: ambition.number }),
  ]);
  if (view.includeFoundations) ambitions.push(['foundations', strings.assessmentFilterFoundations]);
  const column = (key: ActionSortKey, label: string) => {
    const sorted = view.sort.key === key;
    return html`<th scope="col" class="sort-column" aria-sort=${ifDefined(sorted ? view.sort.direction : undefined)}>
      <button type="button" class="sort" data-sort=${key} @click=${() => on.sort(key)}>
        ${label}<span class="sort-mark" aria-hidden="true">${sorted ? (view.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>`;
  };
  return html`<div class="action-plan-view" part="action-plan-view">
    <p class="hint">${strings.assessmentActionPlanIntro}</p>
    <fieldset class="filters" data-print-hide>
      <legend>${strings.assessmentFilterLegend}</legend>
      <div class="pair">
        ${select(
          'filter-lead',
          strings.assessmentActionLead,
          filter.lead === undefined ? '' : `lead:${filter.lead}`,
          leads.map((lead) => [`lead:${lead}`, lead || strings.assessmentFilterNoLead]),
          (value) => (value ? { ...filter, lead: value.slice('lead:'.length) } : without('lead')),
        )}
        ${select(
          'filter-status',
          strings.assessmentActionStatus,
          filter.status ?? '',
          actionStatusChoices(strings).map((choice) => [choice.value, choice.label]),
          (value) => (value === 'not-started' || value === 'in-progress' || value === 'done' ? { ...filter, status: value } : without('status')),
        )}
        ${select(
          'filter-ambition',
          strings.assessmentActionAmbition,
          filter.ambition === undefined ? '' : String(filter.ambition),
          ambitions,
          (value) =>
            value === 'foundations' ? { ...filter, ambition: 'foundations' } : value ? { ...filter, ambition: Number(value) } : without('ambition'),
        )}
        ${select(
          'filter-due',
          strings.assessmentActionDue,
          filter.due ?? '',
          [
            ['overdue', strings.assessmentDueOverdue],
            ['soon', strings.assessmentDueSoon],
            ['none', strings.assessmentDueNone],
          ],
          (value) => (value === 'overdue' || value === 'soon' || value === 'none' ? { ...filter, due: value } : without('due')),
        )}
      </div>
    </fieldset>
    <p class="count" role="status">${formatUiString(view.plan.length === 1 ? strings.assessmentActionsShownOfOne : strings.assessmentActionsShown, {
      count: shown.length,
      total: view.plan.length,
    })}</p>
    ${
      shown.length === 0
        ? html`<p class="empty">${view.plan.length ? strings.assessmentNoActionsMatch : strings.assessmentActionPlanEmpty}</p>`
        : scrollingTable(
            strings,
            strings.assessmentActionPlanSection,
            html`<table class="plan-table sortable" part="action-plan">
            <thead>
              <tr>
                ${column('due', strings.assessmentActionDue)} ${column('what', strings.assessmentActionWhat)} ${column('lead', strings.assessmentActionLead)}
                ${column('status', strings.assessmentActionStatus)} ${column('item', strings.assessmentActionItem)}
              </tr>
            </thead>
            <tbody>
              ${shown.map(
                (planned) => html`<tr data-action-id=${planned.action.id}>
                  ${dueCell(planned, strings, view.formatDay)}
                  <td class="long">${planned.action.what}</td>
                  <td>${planned.action.lead}</td>
                  <td>${actionStatusLabel(planned.action.status, strings)}</td>
                  <td>
                    ${planned.ambition ? html`${formatUiString(strings.ambitionLabel, { number: planned.ambition.number })}: ` : nothing}${planned.itemTitle}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`,
          )
    }
    <div class="buttons">
      <button type="button" class="secondary" data-action="export-action-plan" @click=${() => on.exportCsv(shown)}>${strings.assessmentExportActionPlan}</button>
      <button type="button" class="secondary" data-action="print-action-plan" @click=${on.print}>${strings.assessmentPrintActionPlan}</button>
    </div>
  </div>`;
}
