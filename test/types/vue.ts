/// <reference path="../../dist/types/vue.d.ts" />
import type { GlobalComponents } from 'vue';

type WheelProps = InstanceType<GlobalComponents['peolc-ambition-wheel']>['$props'];
export const props: WheelProps = { selected: '3', foundations: true, onPeolcAmbitionSelect: (event) => event.detail.number };
// @ts-expect-error a misspelt attribute is an error
export const misspelt: WheelProps = { selcted: '3' };
