/** @jsxImportSource preact */
/// <reference path="../../dist/types/preact.d.ts" />
export const wheel = <peolc-ambition-wheel selected="3" onpeolc-ambition-select={(event) => event.detail.id.toUpperCase()} />;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-glossary trems="nice" />;
