/**
 * Which of an element's disclosures are open: everything follows `expanded`
 * as the page last set it, except what the reader (or `toggle()`) has opened
 * or closed since. The grid and the building-block cards share it, so
 * `expanded` and `toggle()` mean the same on each.
 */
export class OpenState {
  private openByDefault = false;
  private readonly changed = new Map<string, boolean>();

  /** Whether the disclosure with this id is open. */
  isOpen(id: string): boolean {
    return this.changed.get(id) ?? this.openByDefault;
  }

  /** Opens or closes one disclosure. */
  set(id: string, open: boolean): void {
    this.changed.set(id, open);
  }

  /** Opens or closes every disclosure, whatever the reader had opened. */
  setAll(open: boolean): void {
    this.openByDefault = open;
    this.changed.clear();
  }

  /** Whether every one of these is open (false for none). */
  allOpen(ids: readonly string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.isOpen(id));
  }
}
