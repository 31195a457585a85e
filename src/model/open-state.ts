/**
 * Which of an element's disclosures are open, and whether all of them are:
 * everything follows `expanded` as the page last set it, except what the
 * reader (or `toggle()`) has opened or closed since. The grid and the
 * building-block cards share it, so `expanded` and `toggle()` mean the same
 * on each.
 */
export class OpenState {
  private openByDefault = false;
  private allShownOpen = false;
  private readonly changed = new Map<string, boolean>();

  /** The element's `expanded`: true exactly when every disclosure shown was open at the last `follow()`. */
  get expanded(): boolean {
    return this.allShownOpen;
  }

  /** Whether the disclosure with this id is open. */
  isOpen(id: string): boolean {
    return this.changed.get(id) ?? this.openByDefault;
  }

  /** Opens or closes one disclosure. */
  set(id: string, open: boolean): void {
    this.changed.set(id, open);
  }

  /** Opens or closes every disclosure, whatever the reader had opened (the page set `expanded`). */
  setAll(open: boolean): void {
    this.openByDefault = open;
    this.allShownOpen = open;
    this.changed.clear();
  }

  /**
   * Brings `expanded` in step with the disclosures shown (`ids`; `allOpen`
   * when every one is open whatever its state, as in full mode). Returns the
   * old value when it changed, so the element can reflect it; else undefined.
   */
  follow(ids: readonly string[], allOpen = false): boolean | undefined {
    const now = allOpen || (ids.length > 0 && ids.every((id) => this.isOpen(id)));
    if (now === this.allShownOpen) return undefined;
    this.allShownOpen = now;
    return !now;
  }
}
