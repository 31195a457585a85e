/**
 * `<peolc-self-assessment>` when things go wrong, and what leaves the page:
 * storage refused, storage full, stored data it cannot read (corrupt, or
 * from a newer version), another tab changing or deleting the assessment
 * shown, files imported (good, broken, hostile, too big) and exported, and
 * no network request through any of it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ambitions2015to2020 as edition } from '../../src/content/index.js';
import '../../src/self-assessment.js';
import type { Assessment, PeolcSelfAssessment } from '../../src/self-assessment.js';
import { localDay } from '../../src/model/assessment/action-plan.js';
import { createAssessment, emptyEntry } from '../../src/model/assessment/assessment.js';
import { presetScales } from '../../src/model/assessment/scales.js';
import { expectAxeClean } from '../helpers/axe.js';
import { $, assessmentElement, click, freshKey, normalise, root, typeInto } from '../helpers/self-assessment.js';

const firstBlock = edition.ambitions[0]!.buildingBlocks[0]!;
const firstKey = `building-block:${firstBlock.id}`;

const storageName = (key: string, id: string) => `peolc-assessment:${key}:${id}`;
const namesUnder = (prefix: string) => Object.keys(localStorage).filter((name) => name.startsWith(prefix));

const message = (element: Element, name: string) => $(element, `[data-message="${name}"]`);
const byAction = (element: Element, action: string) => $<HTMLButtonElement>(element, `[data-action="${action}"]`);
const buttonNamed = (element: Element, name: string) =>
  [...root(element).querySelectorAll('button')].find((button) => normalise(button.textContent) === name);

/** An assessment with a title and one rating, as stored. */
function storedAssessment(title: string, rating = 'planning'): Assessment {
  const assessment = createAssessment({ editionId: edition.id, scale: presetScales.default, title });
  assessment.entries[firstKey] = { ...emptyEntry(), rating, evidence: 'Audit report' };
  return assessment;
}

/** Runs `run` with Storage.prototype.setItem throwing `error`. */
async function withSetItemThrowing<T>(error: () => Error, run: () => Promise<T>): Promise<T> {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw error();
  };
  try {
    return await run();
  } finally {
    Storage.prototype.setItem = setItem;
  }
}

/** Every file the element offers for download while `run` runs: its name and text (the click is stopped, so nothing is saved). */
async function downloads(
  element: PeolcSelfAssessment,
  run: () => Promise<void> | void,
): Promise<{ name: string; type: string; text: string; bom: boolean }[]> {
  const links: HTMLAnchorElement[] = [];
  const stop = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault();
      links.push(target);
    }
  };
  root(element).addEventListener('click', stop, true);
  try {
    await run();
  } finally {
    root(element).removeEventListener('click', stop, true);
  }
  return Promise.all(
    links.map(async (link) => {
      const blob = await (await fetch(link.href)).blob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // TextDecoder drops a byte-order mark; the bytes keep it.
      return { name: link.download, type: blob.type, text: await blob.text(), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
    }),
  );
}

/** Chooses a file in the import box, as a reader does, and waits for the element to answer. */
async function importFile(element: PeolcSelfAssessment, file: File): Promise<void> {
  const input = $<HTMLInputElement>(element, '#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => $(element, `#import-result[data-file="${CSS.escape(file.name)}"]`), `the import of ${file.name} was not answered`);
  await element.updateComplete;
}

describe('<peolc-self-assessment>: when the browser keeps nothing', () => {
  it('says so from the start, keeps working on the page, and still exports', async () => {
    const key = freshKey('storage');
    const element = await withSetItemThrowing(
      () => new DOMException('The operation is insecure.', 'SecurityError'),
      () => assessmentElement('', key),
    );
    expect(normalise(message(element, 'storage-unavailable')?.textContent)).to.include('This browser is not letting this page keep your answers');
    await click(element, byAction(element, 'new'));
    await typeInto(element, '#about-title', 'Private window');
    expect(element.value!.title).to.equal('Private window');
    expect($(element, '[part="status"]')).to.equal(null);
    expect(element.exportCsv()).to.include('Ambition,Ambition title');
    await expectAxeClean(element);
  });

  it('with storage="none", writes nothing and says it is a demonstration', async () => {
    const key = freshKey('storage');
    const element = await assessmentElement('storage="none"', key);
    const events: boolean[] = [];
    element.addEventListener('peolc-assessment-change', (event) => events.push(event.detail.saved));
    await click(element, byAction(element, 'new'));
    await typeInto(element, '#about-title', 'Demo');
    expect(namesUnder(`peolc-assessment:${key}:`)).to.deep.equal([]);
    expect(events.every((saved) => saved === false)).to.equal(true);
    expect(normalise(message(element, 'storage-none')?.textContent)).to.include('This demonstration does not keep your answers');
  });
});

describe('<peolc-self-assessment>: when storage is full', () => {
  it('says the last change was not saved, keeps it on the page, offers export, asks before leaving, and recovers', async () => {
    const key = freshKey('storage');
    const element = await assessmentElement('', key);
    await click(element, byAction(element, 'new'));
    await typeInto(element, '#about-title', 'Full');
    await withSetItemThrowing(
      () => new DOMException('Quota exceeded', 'QuotaExceededError'),
      async () => {
        await typeInto(element, '#about-title', ' disk');
      },
    );
    const alert = message(element, 'save-full')!;
    expect(alert.closest('[role="alert"]')).to.not.equal(null);
    expect(normalise(alert.textContent)).to.include('storage for this site is full');
    expect(element.value!.title).to.equal('Full disk');
    const [stored] = namesUnder(`peolc-assessment:${key}:`).map((name) => JSON.parse(localStorage.getItem(name)!) as Assessment);
    expect(stored!.title).to.not.equal('Full disk');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented, 'the browser asks before leaving').to.equal(true);
    const files = await downloads(element, () => click(element, alert.querySelector<HTMLElement>('[data-action="export-json"]')));
    expect(files).to.have.length(1);
    expect((JSON.parse(files[0]!.text) as Assessment).title).to.equal('Full disk');
    await expectAxeClean(element);

    await typeInto(element, '#about-title', '!');
    expect(message(element, 'save-full')).to.equal(null);
    const again = namesUnder(`peolc-assessment:${key}:`).map((name) => JSON.parse(localStorage.getItem(name)!) as Assessment);
    expect(again[0]!.title).to.equal('Full disk!');
    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented).to.equal(false);
  });
});

describe('<peolc-self-assessment>: stored data it cannot read', () => {
  it('keeps corrupt data aside, says so, downloads it as it is, and removes it only when asked twice', async () => {
    const key = freshKey('storage');
    const raw = '{"schemaVersion":1,"id":"assessment-broken","title":"half wri';
    localStorage.setItem(storageName(key, 'assessment-broken'), raw);
    const element = await assessmentElement('', key);
    const notice = message(element, 'unreadable')!;
    expect(normalise(notice.textContent)).to.include('could not be read, so it has been kept aside');
    expect(namesUnder(`peolc-assessment:${key}:`)).to.deep.equal([]);
    const aside = namesUnder(`peolc-assessment-unreadable:${key}:`);
    expect(aside).to.have.length(1);
    expect(localStorage.getItem(aside[0]!)).to.equal(raw);
    await expectAxeClean(element);

    const files = await downloads(element, () => click(element, buttonNamed(element, 'Download it as it is')));
    expect(files.map((file) => file.text)).to.deep.equal([raw]);

    await click(element, buttonNamed(element, 'Remove it'));
    expect(localStorage.getItem(aside[0]!), 'not removed at the first click').to.equal(raw);
    await click(element, buttonNamed(element, 'Yes, remove it'));
    expect(localStorage.getItem(aside[0]!)).to.equal(null);
    expect(message(element, 'unreadable')).to.equal(null);
  });

  it('leaves data from a newer version where it is, and offers it as it is', async () => {
    const key = freshKey('storage');
    const raw = JSON.stringify({ ...storedAssessment('Next year’s tool'), schemaVersion: 2 });
    localStorage.setItem(storageName(key, 'assessment-newer'), raw);
    const element = await assessmentElement('', key);
    expect(normalise(message(element, 'unreadable')!.textContent)).to.include('saved by a newer version');
    expect(localStorage.getItem(storageName(key, 'assessment-newer'))).to.equal(raw);
    expect(buttonNamed(element, 'Remove it')).to.equal(undefined);
    const files = await downloads(element, () => click(element, buttonNamed(element, 'Download it as it is')));
    expect(files[0]!.text).to.equal(raw);
  });
});

describe('<peolc-self-assessment>: another tab', () => {
  /** What another tab does: writes localStorage, and this tab hears a storage event. */
  function otherTabWrites(name: string, value: string | null): void {
    const oldValue = localStorage.getItem(name);
    if (value === null) localStorage.removeItem(name);
    else localStorage.setItem(name, value);
    window.dispatchEvent(new StorageEvent('storage', { key: name, oldValue, newValue: value, storageArea: localStorage, url: location.href }));
  }

  it('takes in a change another tab made, says so, and builds on it', async () => {
    const key = freshKey('storage');
    const assessment = storedAssessment('Shared');
    localStorage.setItem(storageName(key, assessment.id), JSON.stringify(assessment));
    const element = await assessmentElement('', key);
    otherTabWrites(storageName(key, assessment.id), JSON.stringify({ ...assessment, organisation: 'Written in the other tab' }));
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#about-organisation')!.value).to.equal('Written in the other tab');
    expect(normalise(message(element, 'elsewhere-changed')!.textContent)).to.include('changed in another tab or window');
    await typeInto(element, '#about-title', ' 2026');
    const stored = JSON.parse(localStorage.getItem(storageName(key, assessment.id))!) as Assessment;
    expect(stored).to.include({ title: 'Shared 2026', organisation: 'Written in the other tab' });
  });

  it('keeps two embeds with one storage-key on one page in step, and those with different keys apart', async () => {
    const key = freshKey('storage');
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = `<peolc-self-assessment storage-key="${key}"></peolc-self-assessment><peolc-self-assessment storage-key="${key}"></peolc-self-assessment><peolc-self-assessment storage-key="${key}-other"></peolc-self-assessment>`;
    const [first, second, other] = [...box.querySelectorAll('peolc-self-assessment')];
    await Promise.all([first, second, other].map((element) => element!.updateComplete));
    await click(first!, byAction(first!, 'new'));
    await typeInto(first!, '#about-title', 'One page');
    await second!.updateComplete;
    expect(second!.value?.title).to.equal('One page');
    expect(normalise(message(second!, 'elsewhere-changed')!.textContent)).to.include('another copy of this tool on the page');
    expect(other!.value).to.equal(null);
    await typeInto(second!, '#about-title', ', two embeds');
    await first!.updateComplete;
    expect(first!.value!.title).to.equal('One page, two embeds');
  });

  it('keeps on the page an assessment another tab deleted, and saves it again when asked', async () => {
    const key = freshKey('storage');
    const assessment = storedAssessment('Deleted elsewhere');
    localStorage.setItem(storageName(key, assessment.id), JSON.stringify(assessment));
    const element = await assessmentElement('', key);
    otherTabWrites(storageName(key, assessment.id), null);
    await element.updateComplete;
    expect(normalise(message(element, 'elsewhere-deleted')!.textContent)).to.include('“Deleted elsewhere” was deleted in another tab');
    expect(element.value!.title).to.equal('Deleted elsewhere');
    await expectAxeClean(element);
    await click(element, buttonNamed(element, 'Keep it'));
    expect((JSON.parse(localStorage.getItem(storageName(key, assessment.id))!) as Assessment).title).to.equal('Deleted elsewhere');
    expect(message(element, 'elsewhere-deleted')).to.equal(null);
  });
});

describe('<peolc-self-assessment>: export and import', () => {
  it('exports CSV for Excel and JSON that imports again as a new assessment, nothing overwritten', async () => {
    const key = freshKey('storage');
    const assessment = storedAssessment('Round trip');
    assessment.entries[firstKey]!.evidence = '=SUM(A1:A9) and “quotes”, commas';
    localStorage.setItem(storageName(key, assessment.id), JSON.stringify(assessment));
    const element = await assessmentElement('', key);
    await click(element, $(element, '.sections button[data-section="report"]'));
    const files = await downloads(element, async () => {
      await click(element, byAction(element, 'export-csv'));
      await click(element, byAction(element, 'export-json'));
    });
    const today = localDay(new Date());
    expect(files.map((file) => file.name)).to.deep.equal([`round-trip-${today}.csv`, `round-trip-${today}.json`]);
    const [csv, json] = files;
    expect(csv!.type).to.equal('text/csv;charset=utf-8');
    expect(csv!.bom, 'a byte-order mark').to.equal(true);
    expect(csv!.text.startsWith('Ambition,Ambition title,Item,Rating')).to.equal(true);
    expect(csv!.text).to.include(`1,${edition.ambitions[0]!.title},${firstBlock.title},Planning,"'=SUM(A1:A9) and “quotes”, commas"`);

    await importFile(element, new File([json!.text], 'round-trip.json', { type: 'application/json' }));
    const preview = message(element, 'import-preview')!;
    expect(normalise(preview.textContent)).to.include('Import “Round trip”?').and.include('You already have this assessment here');
    expect(root(element).activeElement).to.equal(preview);
    await expectAxeClean(element);
    await click(element, byAction(element, 'confirm-import'));
    const stored = namesUnder(`peolc-assessment:${key}:`).map((name) => JSON.parse(localStorage.getItem(name)!) as Assessment);
    expect(stored).to.have.length(2);
    expect(new Set(stored.map((entry) => entry.id)).size).to.equal(2);
    expect(stored.map((entry) => entry.entries[firstKey]!.evidence)).to.deep.equal([
      assessment.entries[firstKey]!.evidence,
      assessment.entries[firstKey]!.evidence,
    ]);
    expect(element.value!.id).to.not.equal(assessment.id);
  });

  it('refuses a broken file with its problems, and never runs markup in a hostile one', async () => {
    const key = freshKey('storage');
    const element = await assessmentElement('', key);
    await importFile(element, new File(['not json at all'], 'notes.txt'));
    expect(normalise(message(element, 'import-problems')!.textContent)).to.include('“notes.txt” cannot be imported');
    await expectAxeClean(element);

    const wrong = { ...storedAssessment('Wrong'), entries: { [firstKey]: { ...emptyEntry(), rating: 'brilliant' } } };
    await importFile(element, new File([JSON.stringify(wrong)], 'wrong.json'));
    const problems = normalise(message(element, 'import-problems')!.textContent);
    expect(problems).to.include(`entries["${firstKey}"].rating`).and.include('"brilliant" is not a level');

    const hostile = storedAssessment('<img src=x onerror="window.peolcPwned=1">');
    hostile.entries[firstKey]!.evidence = '<script>window.peolcPwned=1</script> javascript:alert(1)';
    await importFile(element, new File([JSON.stringify(hostile)], 'hostile.json'));
    await click(element, byAction(element, 'confirm-import'));
    await click(element, $(element, '.sections button[data-section="report"]'));
    expect(root(element).querySelector('img, script')).to.equal(null);
    expect(normalise($(element, '[part="report-title"]')!.textContent)).to.equal('<img src=x onerror="window.peolcPwned=1">');
    expect([...root(element).querySelectorAll('a')].map((link) => link.href).filter((href) => href.startsWith('javascript'))).to.deep.equal([]);
    expect((window as unknown as { peolcPwned?: number }).peolcPwned).to.equal(undefined);
  });

  it('refuses a file over 1 MB before reading it, and one from a newer version', async () => {
    const element = await assessmentElement('', freshKey('storage'));
    await importFile(element, new File(['x'.repeat(1_048_577)], 'big.json'));
    expect(normalise(message(element, 'import-problems')!.textContent)).to.include('larger than 1 MB');
    await importFile(element, new File([JSON.stringify({ ...storedAssessment('Newer'), schemaVersion: 3 })], 'newer.json'));
    expect(normalise(message(element, 'import-problems')!.textContent)).to.include('from a newer version of peolc-elements');
  });
});

describe('<peolc-self-assessment>: nothing leaves the browser', () => {
  it('makes no request through a whole session: start, type, rate, add an action, report, export, import, delete', async () => {
    const requests: string[] = [];
    const originals = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      beacon: navigator.sendBeacon,
      WebSocket: window.WebSocket,
      EventSource: window.EventSource,
    };
    window.fetch = (input: RequestInfo | URL) => {
      const address = String(input instanceof Request ? input.url : input);
      if (!address.startsWith('blob:')) requests.push(`fetch ${address}`);
      return originals.fetch.call(window, input);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests.push(`xhr ${String(args[1])}`);
      return (originals.open as (...rest: unknown[]) => void).apply(this, args);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => {
      requests.push(`beacon ${String(url)}`);
      return false;
    };
    window.WebSocket = class extends originals.WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        requests.push(`websocket ${String(url)}`);
        super(url, protocols);
      }
    };
    window.EventSource = class extends originals.EventSource {
      constructor(url: string | URL, options?: EventSourceInit) {
        requests.push(`eventsource ${String(url)}`);
        super(url, options);
      }
    };
    const resourcesBefore = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    try {
      const element = await assessmentElement('', freshKey('storage'));
      await click(element, byAction(element, 'new'));
      await typeInto(element, '#about-title', 'Nothing leaves');
      await click(element, $(element, '.sections button[data-section="ambition-1"]'));
      await click(element, $(element, `[data-item="${firstKey}"] input[type="radio"]`));
      await typeInto(element, `#building-block-${firstBlock.id}-evidence`, 'See https://example.org/evidence.png');
      await click(element, $(element, `[data-add-action="${firstKey}"]`));
      await sendKeys({ type: 'Train the team' });
      await click(element, $(element, '.sections button[data-section="report"]'));
      const files = await downloads(element, async () => {
        await click(element, byAction(element, 'export-csv'));
        await click(element, byAction(element, 'export-json'));
      });
      await importFile(element, new File([files[1]!.text], 'again.json'));
      await click(element, byAction(element, 'confirm-import'));
      await click(element, byAction(element, 'delete'));
      await click(element, byAction(element, 'confirm-delete'));
      await element.updateComplete;
    } finally {
      Object.assign(window, { fetch: originals.fetch, WebSocket: originals.WebSocket, EventSource: originals.EventSource });
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
    }
    const newResources = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !resourcesBefore.has(name) && !name.startsWith('blob:'));
    expect(requests).to.deep.equal([]);
    expect(newResources).to.deep.equal([]);
  });
});
