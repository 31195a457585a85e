import { css } from 'lit';

/**
 * What the self-assessment's no-JS fallback shows too (the heading, the
 * introduction and a notice), so the pre-upgrade stylesheet
 * (dist/peolc-elements.css) carries these alone, not the form's styles.
 */
export const selfAssessmentBaseStyles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--peolc-self-assessment-accent-color, var(--peolc-accent-color, #005eb8));
    --_border: var(--peolc-self-assessment-border-color, var(--peolc-border-color, #4c6272));
    --_divider: var(--peolc-self-assessment-divider-color, var(--peolc-divider-color, #d8dde0));
    --_field: var(--peolc-self-assessment-field-background-color, var(--peolc-surface-color, #ffffff));
    --_error: var(--peolc-self-assessment-error-color, #d5281b);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  .heading {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.75em;
  }
  .intro {
    max-width: 40em;
  }
  .hint,
  .description {
    font-size: 0.9375em;
    margin: 0 0 0.25em;
  }

  .notice,
  .question {
    margin-block: 0.75em;
    padding: 0.75em 1em;
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_field);
    max-width: 48em;
  }
  .notice.problem,
  .question {
    border-inline-start-color: var(--_error);
  }
  .notice > :last-child,
  .question > :last-child {
    margin-block-end: 0;
  }
  .notice ul {
    margin-block: 0 0.75em;
  }
`;

/**
 * `<peolc-self-assessment>`'s styles: the parts' list beside the part shown
 * in wide containers (above it in narrow ones), GOV.UK-like fields with
 * large targets, cards for the items, and the board report's tables, which
 * are all that prints. Sizes are in `em`, so they follow the host page's
 * text size; errors and notices say what they are in words, and their
 * coloured edge only repeats it.
 */
export const selfAssessmentStyles = css`
  /* Buttons and fields */
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    background: var(--_field);
    border: 0.125em solid var(--_border);
    border-radius: 0;
    cursor: pointer;
    text-align: start;
  }
  button.primary {
    color: var(--peolc-on-accent-color, #ffffff);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 700;
  }
  button.warning {
    font-weight: 700;
    border-color: var(--_error);
    border-inline-start-width: 0.375em;
  }
  button.link-button {
    min-height: 2.75em;
    padding: 0.25em 0;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block: 0 1em;
    max-width: 40em;
  }
  .field > label,
  legend {
    font-weight: 700;
  }
  input[type='text'],
  input[type='date'],
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    background: var(--_field);
    border: 0.125em solid var(--_border);
    border-radius: 0;
  }
  input.date,
  select {
    justify-self: start;
    width: auto;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  .has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3125em solid var(--_error);
  }
  .error {
    margin: 0;
    font-weight: 700;
  }
  [aria-invalid='true'] {
    border-width: 0.1875em;
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  fieldset {
    min-width: 0;
    margin: 0 0 1em;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
  }

  /* The assessments on this device */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1.5em;
    padding-block: 0.75em;
    border-block: 0.0625em solid var(--_divider);
  }
  .toolbar .field {
    margin: 0;
  }
  .toolbar .buttons {
    margin: 0;
  }
  .toolbar .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .saved {
    margin-block: 0.75em;
  }
  .empty {
    margin-block: 1em;
  }

  /* The parts and the part shown */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em 2em;
    margin-block-start: 1em;
  }
  .sections .parts-toggle {
    display: none;
  }
  @container (max-width: 51.99em) {
    .sections .parts-toggle {
      display: block;
      width: 100%;
      margin-block-end: 0.5em;
      font-weight: 700;
      background: var(--_field);
      border: 0.125em solid var(--_border);
    }
    .parts-toggle::before {
      content: '▸ ' / '';
    }
    .open .parts-toggle::before {
      content: '▾ ' / '';
    }
    .sections:not(.open) ol {
      display: none;
    }
  }
  @container (min-width: 52em) {
    .layout {
      grid-template-columns: 16em minmax(0, 1fr);
    }
    .sections {
      position: sticky;
      top: 0;
      align-self: start;
    }
  }
  /* Grid items shrink to their track: a wide table scrolls inside its box instead of widening the page. */
  .section,
  .sections {
    min-width: 0;
  }
  .sections ol {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 0.0625em solid var(--_divider);
  }
  .sections button {
    display: grid;
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    background: none;
    border: 0;
    border-inline-start: 0.25em solid transparent;
  }
  .sections button[aria-current='step'] {
    font-weight: 700;
    border-inline-start-color: var(--_accent);
  }
  .sections button:hover .section-title {
    text-decoration: underline;
  }
  .rated-count {
    font-size: 0.875em;
    font-weight: 400;
  }
  .section-heading:focus {
    outline: none;
  }
  .section-heading:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .statement {
    max-width: 40em;
    font-size: 1.125em;
    font-style: italic;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-start: 1.5em;
  }

  /* An item's card */
  .item {
    margin-block: 0 1.5em;
    padding: 1em;
    background: var(--_field);
    border: 0.0625em solid var(--_divider);
    border-block-start: 0.25em solid var(--_accent);
  }
  .item .heading {
    font-size: 1.25em;
  }
  .summary {
    max-width: 40em;
  }
  .full-text {
    margin-block: 0 1em;
  }
  .full-text summary {
    min-height: 2.75em;
    padding-block: 0.5em;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .full-text p {
    max-width: 40em;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    column-gap: 0.625em;
    align-items: start;
  }
  .choice label {
    min-height: 1.5em;
    font-weight: 700;
    cursor: pointer;
  }
  .choice .description {
    grid-column: 2;
    margin: 0;
  }
  .or {
    margin: 0;
    padding-inline-start: 2.125em;
  }
  .not-rated {
    margin: 0.5em 0 0;
    font-style: italic;
  }
  .links ul {
    margin-block: 0 1em;
  }
  .links a,
  .report a {
    color: var(--_accent);
  }
  .links-label {
    margin: 0;
    font-weight: 700;
  }
  .action-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action > fieldset {
    padding: 0.75em;
    border: 0.0625em solid var(--_divider);
  }
  /* Narrow containers (a phone, or 200 % text) give the words the width: cards keep only their top edge. */
  @container (max-width: 30em) {
    .item {
      padding-inline: 0;
      border-inline: 0;
      border-block-end: 0;
      background: none;
    }
    .action > fieldset {
      padding-inline: 0;
      border-inline: 0;
    }
    .links ul {
      padding-inline-start: 1em;
    }
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .pair .field {
    flex: 1 1 12em;
    min-width: 0;
  }

  /* The board report */
  .report .heading {
    margin-block: 1.5em 0.5em;
    font-size: 1.125em;
  }
  .report [part='report-title'] {
    margin-block-start: 1em;
    font-size: 1.375em;
  }
  .section-heading .heading {
    font-size: 1.5em;
  }
  .meta {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: 0 0 1em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .meta dt {
    font-weight: 700;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    min-width: 0;
    margin: 0;
    white-space: pre-line;
  }
  .table-box {
    max-width: 100%;
    margin-block: 0 1.5em;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 0.0625em solid var(--_divider);
  }
  thead th {
    border-block-end: 0.125em solid var(--_border);
  }
  td.long {
    min-width: 14em;
    white-space: pre-line;
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1em;
  }
  .overdue {
    display: block;
  }
  th.sort-column {
    padding: 0;
  }
  button.sort {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    font-weight: 700;
    background: none;
    border: 0;
  }
  th[aria-sort] button.sort {
    text-decoration: underline;
  }
  .filters .field {
    flex: 1 1 10em;
  }
  .count {
    font-weight: 700;
  }
  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    .sections button[aria-current='step'] {
      border-inline-start-color: Highlight;
    }
  }

  /* Printed: the board report only, whatever part is on screen. */
  @media print {
    .intro,
    .toolbar,
    .messages,
    .alerts,
    .notice,
    .question,
    .saved,
    .sections,
    .pager,
    .section > :not(.report, .action-plan-view),
    .layout.print-elsewhere,
    .section-heading {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .layout {
      display: block;
    }
    .table-box {
      overflow: visible;
    }
    table {
      font-size: 0.875em;
    }
    tr,
    th {
      break-inside: avoid;
    }
    .report-group {
      break-before: auto;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
