import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment } from '../../model/assessment/assessment.js';
import { AssessmentStore, pageStorage, type SaveResult, type UnreadableAssessment } from '../../model/assessment/store.js';

/** Where a session keeps its assessments: this browser's storage, nowhere (`storage="none"`), or nowhere because the browser refuses. */
export type StorageMode = 'local' | 'none' | 'unavailable';

/** What another tab did to the assessment this one shows. */
export type ElsewhereChange = { kind: 'changed'; assessment: Assessment } | { kind: 'deleted'; assessment: Assessment };

/**
 * The assessments one `<peolc-self-assessment>` works on, and their
 * storage: the page's copy is the truth, and every change is written at once
 * (`AssessmentStore`), so what the element calls saved is on the device.
 * Changes other tabs make arrive through the store's subscription and are
 * taken in, so this tab's next write starts from them.
 */
export class AssessmentSession implements ReactiveController {
  /** Every assessment, oldest first. */
  assessments: Assessment[] = [];
  /** Stored data that could not be read, kept aside. */
  unreadable: UnreadableAssessment[] = [];
  /** The assessment shown. */
  currentId: string | undefined;
  mode: StorageMode = 'none';
  /** The last write's result; a failure stays until a write succeeds. */
  lastSave: SaveResult | undefined;
  /** Called when another tab changed or deleted the assessment shown. */
  onElsewhere?: (change: ElsewhereChange) => void;

  private store: AssessmentStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private opened: { key: string; storage: string } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get current(): Assessment | undefined {
    return this.assessments.find((assessment) => assessment.id === this.currentId) ?? this.assessments.at(-1);
  }

  /** Loads the assessments of `storageKey` (again only when the key or the storage changed). */
  open(storageKey: string, storage: 'local' | 'none'): void {
    if (this.opened?.key === storageKey && this.opened.storage === storage) return;
    this.opened = { key: storageKey, storage };
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.lastSave = undefined;
    const browserStorage = storage === 'local' ? pageStorage() : null;
    this.mode = storage === 'none' ? 'none' : browserStorage ? 'local' : 'unavailable';
    this.store = browserStorage ? new AssessmentStore(storageKey, browserStorage) : undefined;
    const listed = this.store?.list() ?? { assessments: [], unreadable: [] };
    this.assessments = listed.assessments;
    this.unreadable = listed.unreadable;
    this.currentId = this.assessments.at(-1)?.id;
    if (this.store && this.host instanceof HTMLElement && this.host.isConnected) this.listen();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.store && !this.unsubscribe) this.listen();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Writes an assessment (new or changed): in the page at once, then on the device. */
  save(assessment: Assessment, options: { touch?: boolean } = {}): SaveResult | undefined {
    if (options.touch !== false) assessment.updated = new Date().toISOString();
    const index = this.assessments.findIndex((candidate) => candidate.id === assessment.id);
    if (index === -1) this.assessments.push(assessment);
    else this.assessments[index] = assessment;
    return this.write(() => this.store!.save(assessment));
  }

  /** Deletes an assessment from the page and the device. */
  remove(id: string): SaveResult | undefined {
    this.assessments = this.assessments.filter((assessment) => assessment.id !== id);
    if (this.currentId === id) this.currentId = this.assessments.at(-1)?.id;
    return this.write(() => this.store!.remove(id));
  }

  /** Deletes data kept aside, once the reader chose to. */
  discardUnreadable(key: string): SaveResult | undefined {
    const result = this.write(() => this.store!.discardUnreadable(key));
    if (!result || result.ok) this.unreadable = this.unreadable.filter((entry) => entry.key !== key);
    return result;
  }

  private write(run: () => SaveResult): SaveResult | undefined {
    const result = this.store ? run() : undefined;
    this.lastSave = result;
    this.host.requestUpdate();
    return result;
  }

  private listen(): void {
    this.unsubscribe = this.store!.subscribe(({ id, assessment }) => {
      const index = this.assessments.findIndex((candidate) => candidate.id === id);
      const shown = this.current?.id === id;
      if (assessment) {
        if (index === -1) this.assessments.push(assessment);
        else this.assessments[index] = assessment;
        if (shown) this.onElsewhere?.({ kind: 'changed', assessment });
      } else if (index !== -1) {
        // Kept on this page, where the reader may keep it: deleting elsewhere never loses what this tab shows.
        if (shown) this.onElsewhere?.({ kind: 'deleted', assessment: this.assessments[index]! });
        else this.assessments.splice(index, 1);
      }
      this.host.requestUpdate();
    });
  }
}
