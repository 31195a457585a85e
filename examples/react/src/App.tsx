// A React 19 app using peolc-elements as a partner's app would: installed from
// npm (here, the packed tarball), one element group per import, typed JSX from
// `peolc-elements/types/react`, and the values a React developer writes
// naturally: numbers, booleans, arrays, and `undefined` to clear a prop.
import { useState } from 'react';
import 'peolc-elements/ambition-wheel.js';
import 'peolc-elements/building-blocks.js';
import 'peolc-elements/foundation-grid.js';
import type { AmbitionSelectDetail } from 'peolc-elements';
import type {} from 'peolc-elements/types/react';
import { RefWheel } from './RefWheel.js';

export function App() {
  // React owns the selection: the wheel reports the reader's choice, React
  // stores it, and passes it back down to the wheel and the cards.
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [last, setLast] = useState<AmbitionSelectDetail | undefined>(undefined);
  const [count, setCount] = useState(0);
  const [panel, setPanel] = useState(true);

  return (
    <main>
      <p className="breadcrumb">
        <a href="../../demo/">peolc-elements</a> / React example
      </p>
      <h1 id="framework">peolc-elements in React 19</h1>
      <section aria-labelledby="state-heading" className="state">
        <h2 id="state-heading">React state</h2>
        <p id="selected-state" role="status">
          {selected === undefined ? 'Selected ambition: none' : `Selected ambition: ${selected}`}
        </p>
        <p id="last-event">{last ? `Last event: ${last.number} ${last.id} "${last.title}"` : 'Last event: none'}</p>
        <p>
          Selections handled by React: <span id="event-count">{count}</span>
        </p>
        <p className="buttons">
          <button type="button" id="pick-5" onClick={() => setSelected(5)}>
            Pick 5
          </button>
          <button type="button" id="clear" onClick={() => setSelected(undefined)}>
            Clear the selection
          </button>
          <button type="button" id="toggle-panel" aria-pressed={panel} onClick={() => setPanel((on) => !on)}>
            Show the panel
          </button>
        </p>
      </section>

      <peolc-ambition-wheel
        id="wheel"
        selected={selected}
        panel={panel}
        parts={['what-we-know']}
        show-foundations={true}
        heading-level={3}
        onpeolc-ambition-select={(event) => {
          setSelected(event.detail.number);
          setLast(event.detail);
          setCount((n) => n + 1);
        }}
      />

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Building blocks</h2>
        <peolc-building-blocks id="cards" ambition={selected} heading-level={3} />
      </section>

      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">Three of the foundations</h2>
        <peolc-foundation-grid id="grid" foundations={[1, 3, 6]} highlight={6} heading-level={3} hide-intro={true} />
      </section>

      <RefWheel />
    </main>
  );
}
