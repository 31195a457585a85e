/** Helpers the self-assessment's test files share: placing the element, and driving it as a reader does. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/self-assessment.js';
import type { PeolcSelfAssessment } from '../../src/self-assessment.js';

export const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

let keyNumber = 0;
/** A storage key of its own for each test, so tests never see each other's assessments. */
export const freshKey = (prefix = 'test') => `${prefix}-${Date.now().toString(36)}-${keyNumber++}`;

/** A self-assessment with its own storage key (and `attributes`), rendered in a box 60em wide. */
export async function assessmentElement(attributes = '', key = freshKey()): Promise<PeolcSelfAssessment> {
  const box = await fixture<HTMLDivElement>(html`<div style="max-width: 60em"></div>`);
  box.innerHTML = `<peolc-self-assessment storage-key="${key}" ${attributes}></peolc-self-assessment>`;
  const element = box.querySelector('peolc-self-assessment')!;
  await element.updateComplete;
  return element;
}

export const root = (element: Element) => element.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector);

/** Clicks a control and waits for the element to update. */
export async function click(element: PeolcSelfAssessment, target: HTMLElement | null | undefined): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await element.updateComplete;
}

/** Types into a field as a reader does: focus, then real key presses. */
export async function typeInto(element: PeolcSelfAssessment, selector: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(element, selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}
