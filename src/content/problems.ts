/**
 * What the provider needs of validation before the validator itself has
 * loaded (it loads only with a partner edition): the size limit and the
 * shape and wording of a problem.
 * @module
 */

/** One thing wrong with a supplied edition, and where it is. */
export interface ContentProblem {
  /** Where the problem is, e.g. `ambitions[2].buildingBlocks[4].summary`; empty for the whole value. */
  path: string;
  /** What is wrong, e.g. `expected a non-empty string, found a number`. */
  message: string;
}

/** The largest edition accepted, in bytes of JSON (1 MB). The 2015–2020 edition is about 90 KB. */
export const maxEditionBytes = 1024 * 1024;

/** A problem as one line: `ambitions[2].title: expected a non-empty string, found a number`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path || '(edition)'}: ${problem.message}`;
}
