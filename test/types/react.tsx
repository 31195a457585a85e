// Compiled by `npm run test:types`: the generated React 19 types accept the elements' real
// attributes and events, and reject misspelt ones.
/// <reference path="../../dist/types/react.d.ts" />
export const wheel = (
  <peolc-ambition-wheel
    selected="3"
    foundations
    detail="what-we-know"
    heading-level={3}
    onpeolc-ambition-select={(event) => event.detail.number.toFixed(0)}
  />
);
export const grid = <peolc-foundation-grid expanded highlight="6" onpeolc-foundation-toggle={(event) => event.detail.expanded} />;
export const term = <peolc-term term="palliative-care">palliative care</peolc-term>;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-ambition-wheel selcted="3" />;
// @ts-expect-error the event detail is typed
export const wrongDetail = <peolc-ambition-wheel onpeolc-ambition-select={(event) => event.detail.colour} />;
