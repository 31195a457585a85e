// Wires the demo page: shows the events each provider fires.
import '../src/index.js';
import './edition-outline.js';
import { formatProblem, type ContentProblem } from '../src/content/validate.js';

for (const provider of document.querySelectorAll('peolc-provider')) {
  const log = document.getElementById(`${provider.id}-log`);
  if (!log) continue;
  provider.addEventListener('peolc-content-load', (event) => {
    log.textContent = `peolc-content-load: loaded edition "${event.detail.edition.id}" from ${event.detail.url}`;
  });
  provider.addEventListener('peolc-content-error', (event) => {
    const problems = event.detail.problems.map((problem: ContentProblem) => formatProblem(problem)).join('\n');
    log.textContent = `peolc-content-error: ${event.detail.url} was refused, so the built-in edition is shown.\n${problems}`;
  });
}

const wheelLog = document.getElementById('demo-wheel-log');
document.getElementById('demo-wheel')?.addEventListener('peolc-ambition-select', (event) => {
  if (wheelLog) wheelLog.textContent = `peolc-ambition-select: ${event.detail.number}. ${event.detail.title} (${event.detail.id})`;
});

const blocks = document.getElementById('blocks');
document.getElementById('blocks-ambition')?.addEventListener('change', (event) => {
  blocks?.setAttribute('ambition', (event.target as HTMLSelectElement).value);
});
