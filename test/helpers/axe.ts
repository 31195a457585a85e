/**
 * Runs axe with the WCAG 2.2 AA rule tags (as GOV.UK and NHS.UK Frontend do)
 * and fails with every violation listed. @open-wc/testing's accessible()
 * cannot choose the tags, so this loads axe itself.
 */
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';

export const wcag22aaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectAxeClean(element: Element): Promise<void> {
  const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
  const results = await axe.run(element, { runOnly: { type: 'tag', values: wcag22aaTags }, resultTypes: ['violations'] });
  const lines = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  ]);
  if (lines.length > 0) throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
}
