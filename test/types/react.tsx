// Compiled by `npm run test:types`: the React 19 types (peolc-elements/types/react) accept the
// values a React developer writes, and reject misuse. Each @ts-expect-error must meet an error.
import { useRef, useState } from 'react';
import type {} from 'peolc-elements/types/react';
import type { PeolcAmbitionWheel, PeolcProvider } from 'peolc-elements';

export function Natural({ query, edition }: { query?: string; edition: object }) {
  const [selected, setSelected] = useState<number | null>(null);
  const wheel = useRef<PeolcAmbitionWheel>(null);
  const provider = useRef<PeolcProvider | null>(null);
  return (
    <peolc-provider
      ref={provider}
      src={new URL('/our-edition.json', 'https://example.org/')}
      strings={{ readMore: 'Read the full text' }}
      timeout={5000}
      theme="nhs"
      onpeolc-content-load={(event) => event.detail.edition.id}
      onpeolc-content-error={(event) => event.detail.problems.length}
    >
      <peolc-ambition-wheel
        id="wheel"
        ref={wheel}
        className="wheel"
        style={{ maxWidth: '40em' }}
        selected={selected}
        panel={true}
        parts={['what-we-know', 'building-blocks']}
        show-foundations
        heading-level={3}
        href-template="/ambitions/{id}"
        color-scheme="auto"
        onClick={(event) => event.currentTarget.selected}
        onpeolc-ambition-select={(event) => {
          event.preventDefault();
          setSelected(event.detail.number);
          return event.target.selectedAmbition?.title;
        }}
      />
      <peolc-ambition-wheel selected="maximising-comfort-and-wellbeing" parts="what-we-know" panel showFoundations={false} headingLevel="4" />
      <peolc-ambition-wheel selected={undefined} panel={undefined} parts={null} />
      <peolc-ambition for="wheel" parts={['what-we-know']} heading-level={3} />
      <peolc-ambition ambition={selected ?? 2} />
      <peolc-foundation-grid
        foundations={[1, 3, 6]}
        highlight={6}
        columns={2}
        expanded
        hide-intro
        onpeolc-foundation-toggle={(event) => event.detail.expanded}
      />
      <peolc-foundation-grid foundations="1,3,6" highlight="shared-records" columns="3" />
      <peolc-foundation-grid foundations={3} highlight={null} />
      <peolc-building-blocks
        ambition={3}
        mode="full"
        expanded={false}
        onpeolc-building-block-toggle={(event) => event.detail.ambition + event.detail.id}
      />
      <peolc-building-block block="honest-conversations" ambition="3" expanded />
      <peolc-glossary
        terms={['end-of-life', 'palliative-care']}
        query={query}
        label="Glossary"
        onpeolc-glossary-search={(event) => event.detail.count}
      />
      <peolc-glossary terms="end-of-life, palliative-care" />
      <peolc-term term="palliative-care" open={false} onpeolc-term-toggle={(event) => event.detail.open && event.detail.id}>
        palliative care
      </peolc-term>
      <peolc-provider edition={edition} src="/edition.json" strings='{"readMore": "Read the full text"}' timeout="8000" />
    </peolc-provider>
  );
}

// @ts-expect-error selected is a number or an id, not an object
export const objectSelected = <peolc-ambition-wheel selected={{}} />;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-ambition-wheel selcted={3} />;
// @ts-expect-error the event detail is typed: it has no colour
export const wrongDetail = <peolc-ambition-wheel onpeolc-ambition-select={(event) => event.detail.colour} />;
// @ts-expect-error the wheel's band is show-foundations; foundations is not the wheel's
export const oldFlag = <peolc-ambition-wheel foundations />;
// @ts-expect-error detail became panel and parts
export const oldDetail = <peolc-ambition-wheel detail="what-we-know" />;
// @ts-expect-error parts are what-we-know and building-blocks
export const unknownPart = <peolc-ambition parts={['what-we-know', 'history']} />;
// @ts-expect-error panel is a flag
export const panelNumber = <peolc-ambition-wheel panel={1} />;
// @ts-expect-error heading levels are 2 to 6
export const headingSeven = <peolc-foundation-grid heading-level={7} />;
// @ts-expect-error the grid's foundations are a list, not a flag
export const gridFlag = <peolc-foundation-grid foundations={true} />;
// @ts-expect-error columns are 1 to 4
export const fiveColumns = <peolc-foundation-grid columns={5} />;
// @ts-expect-error mode is summary or full
export const shortMode = <peolc-building-block mode="short" />;
// @ts-expect-error the strings are the interface strings by name
export const unknownString = <peolc-provider strings={{ readMoar: 'Read on' }} />;
// @ts-expect-error src is a web address, not a number
export const numericSrc = <peolc-provider src={42} />;
// @ts-expect-error status is read-only
export const readOnlyStatus = <peolc-provider status="loaded" />;
// @ts-expect-error theme is one of the ready themes
export const unknownTheme = <peolc-term term="grief" theme="purple" />;
// @ts-expect-error a foundation toggle tells expanded, not open
export const toggleDetail = <peolc-foundation-grid onpeolc-foundation-toggle={(event) => event.detail.open} />;
// @ts-expect-error open is the term's, not the wheel's
export const foreignProp = <peolc-ambition-wheel open />;
