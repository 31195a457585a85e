/**
 * The interface text of `<peolc-progress-wheel>` and of the progress picture
 * (`renderProgressPicture()`), loaded with them alone: a page without them
 * does not carry it. Part of `defaultUiStrings`, so a provider replaces these
 * as it does the others. The levels' words are the assessment's own scale's.
 */
export const progressUiStrings = {
  /** The element's heading. */
  progressHeading: 'Our progress',
  /** Default accessible name of the picture. */
  progressLabel: 'Progress on the six ambitions',
  /** The picture's short description, pointing to the table. */
  progressPictureDescription:
    'Each ambition’s segment is split into bands from the centre outward, one for each level of the scale, lowest first; each band’s depth is how many items have that level. The same numbers are in the table below.',
  /** Shown when no assessment is set (and in the no-JS fallback without one). */
  progressNoAssessment: 'No assessment is set, so there is no progress to show.',
  /** The no-JS fallback of an element with `src`: the file loads only with script. */
  progressNeedsScript: 'The progress picture needs JavaScript, which is off or has not loaded.',
  /** Shown when `value` is not an assessment. */
  progressInvalid: 'The progress cannot be shown: the assessment given has problems.',
  /** Shown while `src` loads. */
  progressLoading: 'Loading the assessment…',
  /** Shown when `src` could not be loaded or is not an assessment. */
  progressLoadFailed: 'The progress cannot be shown: the assessment file could not be loaded or has problems.',
  /** Under the heading: title, organisation and date, e.g. "East of England 2026 — East of England network, 30 November 2026". */
  progressAbout: '{title} — {details}',
  /** One ambition's words, e.g. "Ambition 3: Maximising comfort and wellbeing — 4 of 7 Established, 2 Partly in place, 1 not rated". */
  progressAmbitionLine: '{name} — {counts}',
  /** The first count of a line, e.g. "4 of 7 Established". */
  progressCountOfTotal: '{count} of {total} {level}',
  /** A further count, e.g. "2 Partly in place". */
  progressCount: '{count} {level}',
  /** Items not rated yet, e.g. "1 not rated". */
  progressNotRatedCount: '{count} not rated',
  /** Items not applicable, e.g. "1 not applicable". */
  progressNotApplicableCount: '{count} not applicable',
  /** A group with nothing rated, e.g. "none of 7 rated yet". */
  progressNoneRated: 'none of {total} rated yet',
  /** A group with no items. */
  progressNoItems: 'no items',
  /** Heading of the legend. */
  progressLegend: 'Key',
  /** The legend's and the table's entry for items not yet rated. */
  progressNotRated: 'Not rated',
  /** The table's column of items not applicable. */
  progressNotApplicable: 'Not applicable',
  /** The table's column of totals. */
  progressTotal: 'Total',
  /** The table's first column. */
  progressGroup: 'Part of the framework',
  /** The table's caption, e.g. "Ratings by ambition, on the Red, amber, green scale". */
  progressTableCaption: 'Ratings by ambition, on the {scale} scale',
  /** Accessible name of the foundations' tiles. */
  progressFoundationsLabel: 'Progress on the foundations',
  /** The foundations' group title. */
  progressFoundations: 'Foundations',
};

/** The progress picture's strings. */
export type ProgressUiStrings = Record<keyof typeof progressUiStrings, string>;
