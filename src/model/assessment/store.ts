/**
 * Where self-assessments are kept on the device (issue 15): `localStorage`,
 * under `peolc-assessment:<storage-key>:<assessment id>`.
 *
 * Why `localStorage` and not IndexedDB: a write is synchronous, so when
 * `save()` returns, the data is written and the element may say "Saved";
 * other tabs get a `storage` event for each change, so two tabs on one
 * assessment stay in step without a channel of our own; and its 5 MB per
 * site holds a hundred full assessments. IndexedDB's writes finish later and
 * tell no other tab.
 *
 * Nothing is ever thrown away: stored data that cannot be read (corrupt, or
 * not an assessment) is moved aside under
 * `peolc-assessment-unreadable:<storage-key>:<id>` with its raw text, and
 * data from a newer version of the library is left where it is, for that
 * version; both are listed as `unreadable`, so the element can say so and
 * offer the raw text for export. Nothing here makes a network request.
 * @module
 */
import type { ContentProblem } from '../../content/problems.js';
import { checkAssessment, type Assessment } from './assessment.js';

const prefix = 'peolc-assessment:';
const asidePrefix = 'peolc-assessment-unreadable:';

/** Stored data that could not be read as an assessment, with its raw text to export. */
export interface UnreadableAssessment {
  /** The storage key it is under now. */
  key: string;
  raw: string;
  problems: ContentProblem[];
  /** Set when it comes from a newer version of the library (and so was left in place). */
  newer?: number;
}

/** What a write did. */
export type SaveResult =
  | { ok: true }
  /** `unavailable`: no storage (private browsing, blocked); `full`: over the quota; `failed`: anything else. Nothing is lost from the page either way. */
  | { ok: false; reason: 'unavailable' | 'full' | 'failed'; message: string };

/** A change another tab made: the assessment as it is now, or undefined when it was deleted. */
export interface StoreChange {
  id: string;
  assessment: Assessment | undefined;
}

// Told on this page after each write, as other tabs are told by a storage event.
const pageWriteEvent = 'peolc-assessment-store-write';
interface PageWrite {
  store: AssessmentStore;
  key: string;
  value: string | null;
}

/** The page's localStorage, or null where it cannot be used (blocked, sandboxed, or full to the last byte). */
export function pageStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = `${prefix}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** One embed's assessments on this device. */
export class AssessmentStore {
  private readonly keyPrefix: string;
  private readonly asidePrefix: string;

  /**
   * @param storageKey separates several embeds on one site (the element's `storage-key`).
   * @param storage where to keep them: the page's localStorage by default, or null for none.
   */
  constructor(
    storageKey: string,
    private readonly storage: Storage | null = pageStorage(),
  ) {
    this.keyPrefix = `${prefix}${storageKey}:`;
    this.asidePrefix = `${asidePrefix}${storageKey}:`;
  }

  /** Whether anything can be kept: false in private browsing or where storage is blocked. */
  get available(): boolean {
    return this.storage !== null;
  }

  /** Every stored assessment, oldest first, and every stored piece of data that is not one (moved aside, never dropped). */
  list(): { assessments: Assessment[]; unreadable: UnreadableAssessment[] } {
    const assessments: Assessment[] = [];
    const unreadable: UnreadableAssessment[] = [];
    const storage = this.storage;
    if (!storage) return { assessments, unreadable };
    for (const key of this.keys(this.keyPrefix)) {
      const raw = storage.getItem(key) ?? '';
      const checked = checkAssessment(raw);
      if (checked.valid) {
        assessments.push(checked.assessment);
      } else if (checked.newer !== undefined) {
        unreadable.push({ key, raw, problems: checked.problems, newer: checked.newer });
      } else {
        unreadable.push({ key: this.moveAside(key, raw), raw, problems: checked.problems });
      }
    }
    for (const key of this.keys(this.asidePrefix)) {
      if (unreadable.some((entry) => entry.key === key)) continue;
      const raw = storage.getItem(key) ?? '';
      unreadable.push({ key, raw, problems: checkAssessment(raw).problems });
    }
    assessments.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    return { assessments, unreadable };
  }

  /** Writes an assessment at once; when this returns ok, it is on the device. */
  save(assessment: Assessment): SaveResult {
    const key = this.keyPrefix + assessment.id;
    const value = JSON.stringify(assessment);
    return this.write(() => this.storage!.setItem(key, value), { key, value });
  }

  /** Deletes an assessment (the element asks first, and can put it back with `save()`). */
  remove(id: string): SaveResult {
    const key = this.keyPrefix + id;
    return this.write(() => this.storage!.removeItem(key), { key, value: null });
  }

  /** Deletes data kept aside, once the reader has exported it or chosen to start afresh. */
  discardUnreadable(key: string): SaveResult {
    if (!key.startsWith(this.asidePrefix) && !key.startsWith(this.keyPrefix)) {
      return { ok: false, reason: 'failed', message: `"${key}" is not this store's` };
    }
    return this.write(() => this.storage!.removeItem(key));
  }

  /**
   * Calls `listener` for each change another tab makes to this store's
   * assessments, and each another store on this page makes (a second embed
   * with the same `storage-key`: browsers tell only other tabs). Returns the
   * unsubscribe.
   */
  subscribe(listener: (change: StoreChange) => void): () => void {
    const heard = (key: string | null, value: string | null) => {
      if (!key?.startsWith(this.keyPrefix)) return;
      const id = key.slice(this.keyPrefix.length);
      if (value === null) return listener({ id, assessment: undefined });
      const checked = checkAssessment(value);
      // What another tab wrote and this one cannot read stays stored; this tab shows what it has.
      if (checked.valid) listener({ id, assessment: checked.assessment });
    };
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === this.storage) heard(event.key, event.newValue);
    };
    const onPage = (event: Event) => {
      const { store, key, value } = (event as CustomEvent<PageWrite>).detail;
      if (store !== this && store.storage === this.storage) heard(key, value);
    };
    addEventListener('storage', onStorage);
    addEventListener(pageWriteEvent, onPage);
    return () => {
      removeEventListener('storage', onStorage);
      removeEventListener(pageWriteEvent, onPage);
    };
  }

  private keys(start: string): string[] {
    const storage = this.storage!;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(start)) keys.push(key);
    }
    return keys;
  }

  /** Moves unreadable data aside under a key of its own; where that cannot be written, it stays where it is. */
  private moveAside(key: string, raw: string): string {
    const aside = `${this.asidePrefix}${key.slice(this.keyPrefix.length)}-${Date.now().toString(36)}`;
    try {
      this.storage!.setItem(aside, raw);
      this.storage!.removeItem(key);
      return aside;
    } catch {
      return key;
    }
  }

  private write(run: () => void, written?: { key: string; value: string | null }): SaveResult {
    if (!this.storage)
      return {
        ok: false,
        reason: 'unavailable',
        message: 'This browser is not keeping data for this site (private browsing, or storage is blocked).',
      };
    try {
      run();
      if (written) dispatchEvent(new CustomEvent<PageWrite>(pageWriteEvent, { detail: { store: this, ...written } }));
      return { ok: true };
    } catch (error) {
      const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
      return full
        ? { ok: false, reason: 'full', message: 'This browser’s storage for this site is full.' }
        : { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
