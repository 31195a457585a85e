// The other way to hear a custom event in React: a ref and addEventListener.
//
// React 19's `onpeolc-ambition-select` prop is the simple way, and it is what
// App.tsx uses. But server-rendered React (Next.js, Remix) does not attach
// custom element listeners while it hydrates (react issue #35446), so a click
// before React's first re-render is lost. A listener added in an effect is
// attached as soon as the component mounts, hydrated or not.
import { useEffect, useRef, useState } from 'react';
import type { PeolcAmbitionWheel } from 'peolc-elements';

export function RefWheel() {
  const wheel = useRef<PeolcAmbitionWheel>(null);
  const [chosen, setChosen] = useState<string>('none');

  useEffect(() => {
    const element = wheel.current;
    if (!element) return;
    // Typed through HTMLElementEventMap: event.detail is { number, id, title }.
    const onSelect = (event: HTMLElementEventMap['peolc-ambition-select']) => {
      setChosen(`${event.detail.number} (${event.detail.id})`);
    };
    element.addEventListener('peolc-ambition-select', onSelect);
    return () => element.removeEventListener('peolc-ambition-select', onSelect);
  }, []);

  return (
    <section aria-labelledby="ref-heading">
      <h2 id="ref-heading">A wheel heard through a ref</h2>
      <p id="ref-state" role="status">
        Heard through addEventListener: {chosen}
      </p>
      <peolc-ambition-wheel id="ref-wheel" ref={wheel} label="Six ambitions (heard through a ref)" />
    </section>
  );
}
