/** @jsxImportSource solid-js */
// Compiled by `npm run test:types`: the Solid types (peolc-elements/types/solid). Plain props
// and `prop:` set properties, `attr:` and `bool:` set attributes, `on:` listens to an event.
import { createSignal } from 'solid-js';
import type {} from 'peolc-elements/types/solid';
import type { PeolcAmbitionWheel } from 'peolc-elements';

export function Natural() {
  const [selected, setSelected] = createSignal<number | null>(null);
  let wheel: PeolcAmbitionWheel | undefined;
  return (
    <div>
      <peolc-ambition-wheel
        ref={wheel}
        class="wheel"
        classList={{ wide: true }}
        selected={selected()}
        panel
        parts={['what-we-know']}
        heading-level={3}
        on:peolc-ambition-select={(event) => setSelected(event.detail.number)}
      />
      <peolc-ambition-wheel prop:selected={3} bool:show-foundations={true} attr:heading-level="3" prop:parts="what-we-know" />
      <peolc-foundation-grid prop:foundations={[1, 3, 6]} highlight={6} on:peolc-foundation-toggle={(event) => event.detail.expanded} />
      <peolc-term term="grief" prop:open={true} on:peolc-term-toggle={(event) => event.detail.open}>
        grief
      </peolc-term>
      <peolc-provider prop:src={new URL('https://example.org/edition.json')} prop:strings={{ readMore: 'Read the full text' }} />
    </div>
  );
}

// @ts-expect-error selected is a number or an id, not an object
export const objectSelected = <peolc-ambition-wheel prop:selected={{}} />;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-building-blocks ambiton="3" />;
// @ts-expect-error the event detail is typed: it has no colour
export const wrongDetail = <peolc-ambition-wheel on:peolc-ambition-select={(event) => event.detail.colour} />;
// @ts-expect-error the strings are the interface strings by name
export const unknownString = <peolc-provider prop:strings={{ readMoar: 'Read on' }} />;
