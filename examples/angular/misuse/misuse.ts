// Deliberate misuse: `npm run typecheck:misuse` must FAIL, with exactly this
// error (scripts/test-frameworks.mjs checks the code and line). If it passes,
// strictTemplates is not typing `$event` from HTMLElementEventMap and the
// app's type-check proves nothing about the events.
//
// (A property binding such as [selected]="{ number: 3 }" is NOT a misuse
// Angular can see: under CUSTOM_ELEMENTS_SCHEMA property bindings on custom
// elements are not type-checked.)
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'peolc-elements/ambition-wheel.js';

@Component({
  selector: 'peolc-misuse',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- MISUSE detail: the select event's detail is { number, id, title }; there is no colour. -->
    <peolc-ambition-wheel (peolc-ambition-select)="log($event.detail.colour)"></peolc-ambition-wheel>
  `,
})
export class Misuse {
  protected log(value: unknown): void {
    console.log(value);
  }
}
