/**
 * What changed since an earlier assessment (issue 16's history), as the
 * board report shows and prints it: how many items of each ambition
 * improved, stayed the same, declined or changed otherwise, then each item
 * with its rating then and now, in words.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatUiString } from '../../context/ui-strings.js';
import type { Assessment } from '../../model/assessment/assessment.js';
import { changeLabel, ratingChanges, type Comparison } from '../../model/assessment/compare.js';
import { ratingWords } from '../../model/assessment/labels.js';
import { nextLevel, type HeadingLevel } from '../../model/lookup.js';
import { heading } from '../shared/heading.js';
import type { AssessmentStrings } from './assessment-form.js';
import { scrollingTable } from './assessment-report.js';

export interface ComparisonView {
  strings: AssessmentStrings;
  current: Assessment;
  previous: Assessment;
  /** The earlier assessment's title, or the words for an untitled one. */
  previousTitle: string;
  comparison: Comparison;
  level: HeadingLevel;
}

export function renderComparison(view: ComparisonView): TemplateResult {
  const { strings, comparison } = view;
  const title = formatUiString(strings.assessmentCompareHeading, { title: view.previousTitle });
  const groupTitle = (ambition: number | undefined, name: string) =>
    ambition ? formatUiString(strings.buildingBlocksForAmbition, { number: ambition, title: name }) : strings.assessmentFoundationsSection;
  return html`<section class="report-group comparison" part="comparison" aria-labelledby="report-comparison">
    ${heading(view.level, title, { id: 'report-comparison' })}
    ${comparison.comparable ? nothing : html`<p>${strings.assessmentCompareNotComparable}</p>`}
    ${scrollingTable(
      strings,
      title,
      html`<table class="comparison-table">
        <thead>
          <tr>
            <th scope="col">${strings.assessmentSummaryGroup}</th>
            ${ratingChanges.map((change) => html`<th scope="col">${changeLabel(change, strings)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${comparison.groups.map(
            (group) => html`<tr>
              <th scope="row">${groupTitle(group.ambition, group.title)}</th>
              ${ratingChanges.map((change) => html`<td>${group.counts[change]}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${heading(nextLevel(view.level), strings.assessmentCompareItemsHeading, { id: 'report-comparison-items' })}
    ${scrollingTable(
      strings,
      strings.assessmentCompareItemsHeading,
      html`<table class="comparison-items">
        <thead>
          <tr>
            <th scope="col">${strings.assessmentItemColumn}</th>
            <th scope="col">${strings.assessmentCompareThen}</th>
            <th scope="col">${strings.assessmentCompareNow}</th>
            <th scope="col">${strings.assessmentCompareChange}</th>
          </tr>
        </thead>
        <tbody>
          ${comparison.items.map(
            (entry) => html`<tr data-change=${entry.change}>
              <th scope="row">
                ${entry.item.ambition ? `${formatUiString(strings.ambitionLabel, { number: entry.item.ambition.number })}: ` : ''}${entry.item.title}
              </th>
              <td>${ratingWords(view.previous.scale, entry.before, strings)}</td>
              <td>${ratingWords(view.current.scale, entry.after, strings)}</td>
              <td><strong>${changeLabel(entry.change, strings)}</strong></td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  </section>`;
}
