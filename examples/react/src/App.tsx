// A React 19 app using peolc-elements from npm, as a partner's app would:
// the package's own exports, one element group per import, and the
// generated JSX types for typed attributes and events.
import { useState } from 'react';
import 'peolc-elements/ambition-wheel.js';
import 'peolc-elements/building-blocks.js';
import type { AmbitionSelectDetail } from 'peolc-elements';
import type {} from 'peolc-elements/types/react';

export function App() {
  // React owns the selection: the wheel reports the reader's choice, React
  // stores it, and React passes it back down to both elements.
  const [selected, setSelected] = useState<AmbitionSelectDetail | null>(null);
  const [count, setCount] = useState(0);

  return (
    <main>
      <p className="breadcrumb">
        <a href="../../demo/">peolc-elements</a> / React example
      </p>
      <h1>peolc-elements in a React 19 app</h1>
      <p>
        The wheel below is <code>&lt;peolc-ambition-wheel&gt;</code> from <code>peolc-elements</code>. Choosing an
        ambition fires <code>peolc-ambition-select</code>; React 19 listens with{' '}
        <code>onpeolc-ambition-select</code> and keeps the choice in its own state.
      </p>
      <section aria-labelledby="react-state-heading" className="state">
        <h2 id="react-state-heading">React state</h2>
        <p id="react-selection" role="status">
          {selected
            ? `Ambition ${selected.number}: ${selected.title} (id ${selected.id})`
            : 'No ambition chosen yet: choose one on the wheel.'}
        </p>
        <p>
          Selections handled by React: <span id="react-count">{count}</span>
        </p>
        {selected && (
          <button type="button" onClick={() => setSelected(null)}>
            Clear the selection
          </button>
        )}
      </section>
      <peolc-ambition-wheel
        id="react-wheel"
        selected={selected ? String(selected.number) : undefined}
        foundations
        onpeolc-ambition-select={(event) => {
          setSelected(event.detail);
          setCount((n) => n + 1);
        }}
      />
      {selected && (
        <section aria-labelledby="react-blocks-heading">
          <h2 id="react-blocks-heading">Building blocks for ambition {selected.number}</h2>
          <peolc-building-blocks id="react-blocks" ambition={String(selected.number)} heading-level={3} />
        </section>
      )}
    </main>
  );
}
