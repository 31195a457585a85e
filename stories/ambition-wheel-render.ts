/**
 * Stories only: renders `<peolc-ambition-wheel>` from story args, for the
 * wheel's stories and those of `<peolc-ambition>` that follow a wheel.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ambitions2015to2020 } from '../src/content/index.js';
import { optional, type Handler, type ThemeAttributeArgs } from './story-helpers.js';

/**
 * Arguments of these stories, named after the attributes they set. An empty
 * string, `false` or `undefined` leaves the attribute off.
 */
export interface WheelArgs extends ThemeAttributeArgs {
  selected?: string;
  label?: string;
  'href-template'?: string;
  'show-foundations'?: boolean;
  panel?: boolean;
  parts?: string;
  'heading-level'?: string;
  /** Filled by Storybook from the manifest's `peolc-ambition-select` event. */
  onPeolcAmbitionSelect?: Handler;
}

export const renderWheel = (args: WheelArgs, id?: string) => html`
  <peolc-ambition-wheel
    id=${ifDefined(id)}
    selected=${optional(args.selected)}
    label=${optional(args.label)}
    href-template=${optional(args['href-template'])}
    ?show-foundations=${args['show-foundations'] ?? false}
    ?panel=${args.panel ?? false}
    parts=${optional(args.parts)}
    heading-level=${optional(args['heading-level'])}
    theme=${optional(args.theme)}
    color-scheme=${optional(args['color-scheme'])}
    @peolc-ambition-select=${args.onPeolcAmbitionSelect}
  ></peolc-ambition-wheel>
`;

/** The ambitions, for the `selected` control: "3: Maximising comfort and wellbeing". */
export const ambitionOptions = ['', ...ambitions2015to2020.ambitions.map((ambition) => String(ambition.number))];
export const ambitionLabels: Record<string, string> = Object.fromEntries([
  ['', '(none)'],
  ...ambitions2015to2020.ambitions.map((ambition) => [String(ambition.number), `${ambition.number}: ${ambition.title}`]),
]);
