// An Angular 21 app using peolc-elements as a partner's app would: installed
// from npm (here, the packed tarball), one element group per import,
// CUSTOM_ELEMENTS_SCHEMA for the peolc-* tags, and the values an Angular
// developer writes naturally in property bindings: numbers, booleans, arrays,
// and `null` to clear a property.
//
// Under CUSTOM_ELEMENTS_SCHEMA Angular does not type-check property bindings
// on custom elements, but with strictTemplates it does type `$event` of an
// event binding through HTMLElementTagNameMap and HTMLElementEventMap, which
// the package's entry points extend: `$event.detail` is { number, id, title }.
import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'peolc-elements/ambition-wheel.js';
import 'peolc-elements/building-blocks.js';
import 'peolc-elements/foundation-grid.js';
import type { AmbitionSelectDetail } from 'peolc-elements';

@Component({
  selector: 'peolc-example-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
})
export class App {
  // Angular owns the selection: the wheel reports the reader's choice, a
  // signal stores it, and the bindings pass it back to the wheel and the cards.
  protected readonly selected = signal<number | null>(null);
  protected readonly last = signal<AmbitionSelectDetail | null>(null);
  protected readonly count = signal(0);
  protected readonly panel = signal(true);

  protected onSelect(event: HTMLElementEventMap['peolc-ambition-select']): void {
    this.selected.set(event.detail.number);
    this.last.set(event.detail);
    this.count.update((n) => n + 1);
  }
}
