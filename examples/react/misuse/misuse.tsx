// Deliberate misuse: `npm run typecheck:misuse` must FAIL, with exactly these
// errors (scripts/test-frameworks.mjs checks the codes and lines). If it
// passes, the JSX types accept anything and the app's type-check proves nothing.
import 'peolc-elements/ambition-wheel.js';
import type {} from 'peolc-elements/types/react';

export function Misuse() {
  return (
    <peolc-ambition-wheel
      // MISUSE detail: the select event's detail is { number, id, title }; there is no colour.
      onpeolc-ambition-select={(event) => console.log(event.detail.colour)}
      // MISUSE selected: an ambition is a number or an id, not an object.
      selected={{ number: 3 }}
    />
  );
}
