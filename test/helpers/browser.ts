/** Helpers for what only some browsers can do, and for reading text as assistive technology does. */
import { executeServerCommand } from '@web/test-runner-commands';

/** Media emulation goes over the DevTools protocol, which only Chromium speaks here. */
export const isChromium = navigator.userAgent.includes('Chrome');

/** Emulates CSS media features in Chromium (see web-test-runner.config.mjs); `{}` resets them. */
export const emulateMediaFeatures = (features: Record<string, string>) => executeServerCommand('emulate-media-features', features);

/** The role and accessible name Chromium's accessibility tree gives an element (see web-test-runner.config.mjs). */
export async function accessibleNode(element: Element): Promise<{ role: string; name: string }> {
  (window as unknown as { peolcAccessibleTarget?: Element }).peolcAccessibleTarget = element;
  return (await executeServerCommand('accessible-node')) as { role: string; name: string };
}

/** Text as assistive technology reads it: without aria-hidden parts, with visually hidden text. */
export function spokenText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
