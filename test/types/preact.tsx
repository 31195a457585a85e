/** @jsxImportSource preact */
// Compiled by `npm run test:types`: the Preact types (peolc-elements/types/preact).
import { useRef, useState } from 'preact/hooks';
import type {} from 'peolc-elements/types/preact';
import type { PeolcAmbitionWheel } from 'peolc-elements';

export function Natural() {
  const [selected, setSelected] = useState<number | null>(null);
  const wheel = useRef<PeolcAmbitionWheel>(null);
  return (
    <div>
      <peolc-ambition-wheel
        ref={wheel}
        class="wheel"
        selected={selected}
        panel
        parts={['what-we-know']}
        showFoundations
        heading-level={3}
        onpeolc-ambition-select={(event) => setSelected(event.detail.number)}
      />
      <peolc-foundation-grid foundations={[1, 3, 6]} highlight={6} onpeolc-foundation-toggle={(event) => event.detail.expanded} />
      <peolc-glossary terms={['end-of-life']} query={undefined} />
      <peolc-term term="grief" open onpeolc-term-toggle={(event) => event.detail.open}>
        grief
      </peolc-term>
      <peolc-provider src={new URL('https://example.org/edition.json')} strings={{ readMore: 'Read the full text' }} />
    </div>
  );
}

// @ts-expect-error selected is a number or an id, not an object
export const objectSelected = <peolc-ambition-wheel selected={{}} />;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-glossary trems="grief" />;
// @ts-expect-error the event detail is typed: it has no colour
export const wrongDetail = <peolc-ambition-wheel onpeolc-ambition-select={(event) => event.detail.colour} />;
// @ts-expect-error the grid's foundations are a list, not a flag
export const gridFlag = <peolc-foundation-grid foundations={true} />;
