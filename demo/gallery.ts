// The gallery's own wiring: the theme switcher and the event logs. The
// elements themselves come from the CDN file's <script> tag in gallery.html;
// this module only imports types, so it adds nothing to what partners load.
import type { PeolcProvider } from '../src/index.js';
import { formatProblem, type ContentProblem } from '../src/content/validate.js';

const provider = document.getElementById('gallery-provider');
const form = document.getElementById('theme-form') as HTMLFormElement | null;

form?.addEventListener('submit', (event) => event.preventDefault());
form?.addEventListener('change', (event) => {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  if (control.name === 'theme') provider?.setAttribute('theme', control.value);
  if (control.name === 'color-scheme') {
    if (control.value === 'light') provider?.removeAttribute('color-scheme');
    else provider?.setAttribute('color-scheme', control.value);
  }
});

const wheelLog = document.getElementById('demo-wheel-log');
document.getElementById('demo-wheel')?.addEventListener('peolc-ambition-select', (event) => {
  if (wheelLog) wheelLog.textContent = `peolc-ambition-select: ${event.detail.number}. ${event.detail.title} (${event.detail.id})`;
});

const blocks = document.getElementById('blocks');
document.getElementById('blocks-ambition')?.addEventListener('change', (event) => {
  blocks?.setAttribute('ambition', (event.target as HTMLSelectElement).value);
});

// Each provider's outcome, from its events; and, should the provider have
// settled before this module ran, from its `loaded` promise.
for (const id of ['loading-provider', 'broken-provider']) {
  const source = document.getElementById(id) as PeolcProvider | null;
  const log = document.getElementById(`${id}-log`);
  if (!source || !log) continue;
  const showLoaded = (url: string, editionId?: string) => {
    log.textContent = `peolc-content-load: loaded edition ${editionId ? `"${editionId}" ` : ''}from ${url}`;
  };
  const showRefused = (url: string, problems: readonly ContentProblem[]) => {
    const list = problems.map((problem) => formatProblem(problem)).join('\n');
    log.textContent = `peolc-content-error: ${url} was refused, so the built-in edition is shown.\n${list}`;
  };
  let heard = false;
  source.addEventListener('peolc-content-load', (event) => {
    heard = true;
    showLoaded(event.detail.url, event.detail.edition.id);
  });
  source.addEventListener('peolc-content-error', (event) => {
    heard = true;
    showRefused(event.detail.url, event.detail.problems);
  });
  void customElements
    .whenDefined('peolc-provider')
    .then(() => source.loaded)
    .then((status) => {
      if (heard) return;
      if (status === 'loaded') showLoaded(String(source.src ?? ''));
      if (status === 'error') showRefused(String(source.src ?? ''), source.problems);
    });
}
