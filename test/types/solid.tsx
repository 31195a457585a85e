/** @jsxImportSource solid-js */
/// <reference path="../../dist/types/solid.d.ts" />
export const wheel = <peolc-ambition-wheel selected="3" on:peolc-ambition-select={(event) => event.detail.title.trim()} />;
// @ts-expect-error a misspelt attribute is an error
export const misspelt = <peolc-building-blocks ambiton="3" />;
