/**
 * The custom-elements manifest, as the docs pages show it.
 *
 * `dist/custom-elements.json` is generated from the elements' JSDoc by
 * `npm run build`, so the descriptions and the tables of attributes,
 * properties, methods, events, slots, CSS parts and custom properties cannot
 * drift from the code. This file only fills the manifest in from the
 * project's other generated source, never by hand:
 *
 * - each custom property gets its default from the token table
 *   (`src/themes/tokens.ts`, which a test checks against every `var()` in the
 *   styles), and the element's own tokens that the JSDoc only mentions
 *   ("…through `--peolc-ambition-6-color`") are added from the same table;
 * - the default slot, which the manifest names `""`, is called `default`.
 *
 * It also replaces Storybook's mapping of the manifest to args tables
 * (`extractArgTypes`), which keys every row by its bare name, so the wheel's
 * `panel` CSS part would hide its `panel` attribute, lists
 * private fields, and leaves out methods.
 *
 * Hand-written rather than `@wc-toolkit/storybook-helpers`: tried on the
 * building-block stories (10.5.1), it listed the base class's protected
 * fields as properties, offered the type names as the options of
 * `heading-level` ("HeadingLevel", "`${HeadingLevel}`") and a text box for
 * `theme`, so every story would have needed the argTypes this file and
 * stories/story-helpers.ts already give.
 */
import rawManifest from '../dist/custom-elements.json';
import { elements } from '../src/registry.js';
import { tokens, type TokenGroup, type TokenInfo } from '../src/themes/index.js';

interface Typed {
  text: string;
}

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: Typed;
  [key: string]: unknown;
}

interface Member extends Item {
  kind?: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; optional?: boolean; type?: Typed }[];
  return?: { type?: Typed };
}

interface Attribute extends Item {
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  [key: string]: unknown;
}

interface Manifest {
  schemaVersion: string;
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** Which token group each tag reads its own properties from (its `tokenGroup` in the registry). */
const ownTokens = new Map<string, TokenGroup | undefined>(
  elements.map((element) => [element.tag, 'tokenGroup' in element ? element.tokenGroup : undefined]),
);

const tokenTable = tokens as readonly TokenInfo[];
const tokenByName = new Map<string, TokenInfo>(tokenTable.map((token) => [token.name, token]));

/** A token's default as the docs show it: `var(--shared, #value)` when it follows a shared one. */
const defaultOf = (token: TokenInfo) => (token.follows ? `var(${token.follows}, ${token.default})` : token.default);

function cssProperties(tag: string, listed: Item[]): Item[] {
  const withDefaults = listed.map((property) => {
    const token = tokenByName.get(property.name);
    return token && property.default === undefined ? { ...property, default: defaultOf(token) } : property;
  });
  const group = ownTokens.get(tag);
  const names = new Set(listed.map((property) => property.name));
  const missing = tokenTable
    .filter((token) => token.group === group && !names.has(token.name))
    .map((token) => ({ name: token.name, description: token.description, default: defaultOf(token) }));
  return [...withDefaults, ...missing];
}

function fillIn(declaration: Declaration): Declaration {
  if (!declaration.customElement || !declaration.tagName) return declaration;
  return {
    ...declaration,
    cssProperties: cssProperties(declaration.tagName, declaration.cssProperties ?? []),
    slots: declaration.slots?.map((slot) => (slot.name === '' ? { ...slot, name: 'default' } : slot)),
  };
}

const source = rawManifest as unknown as Manifest;

/** The manifest for `setCustomElementsManifest()`. */
export const manifest: Manifest = {
  ...source,
  modules: source.modules.map((module) => ({ ...module, declarations: module.declarations?.map(fillIn) })),
};

const declarations = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration] as const] : [])),
);

/** The element's description from its JSDoc, for the docs page. */
export function componentDescription(tag: unknown): string | undefined {
  return typeof tag === 'string' ? declarations.get(tag)?.description : undefined;
}

type Category = 'attributes' | 'properties' | 'methods' | 'events' | 'slots' | 'css shadow parts' | 'css custom properties';

interface ArgType {
  name: string;
  description?: string;
  type?: { name: string; required: boolean };
  control?: false;
  action?: string;
  table: {
    category?: Category;
    disable?: boolean;
    type?: { summary: string };
    defaultValue?: { summary: string };
  };
}

const isPublic = (member: Member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static;

const signature = (method: Member) =>
  `(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/** `peolc-ambition-select` → `onPeolcAmbitionSelect`, the arg the Actions panel logs the event through. */
const handlerName = (event: string) => `on${event.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}`;

/**
 * The args table of one tag, from the manifest. Rows are keyed by name, so
 * stories' args (named after attributes) fill the attribute rows; a name
 * already taken by an earlier category gets the category after it, e.g.
 * `panel (css shadow parts)`. No row has a control of its own: each
 * story gives the attributes its render sets theirs (an attribute a story
 * does not set would otherwise get a control that does nothing), and every
 * other row is documentation.
 */
export function extractArgTypes(tag: unknown): Record<string, ArgType> | null {
  const declaration = typeof tag === 'string' ? declarations.get(tag) : undefined;
  if (!declaration) return null;
  const rows: Record<string, ArgType> = {};
  const add = (category: Category, item: Item, type: string | undefined, extra: Partial<ArgType> = {}) => {
    const key = item.name in rows ? `${item.name} (${category})` : item.name;
    rows[key] = {
      name: item.name,
      description: item.description ?? '',
      ...(type ? { type: { name: type, required: false } } : {}),
      control: false,
      ...extra,
      table: {
        category,
        ...(type ? { type: { summary: type } } : {}),
        ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
      },
    };
  };
  const members = (declaration.members ?? []).filter(isPublic);
  const fieldOf = new Map(members.filter((member) => member.attribute).map((member) => [member.attribute, member]));
  for (const attribute of declaration.attributes ?? []) {
    const field = fieldOf.get(attribute.name);
    const property = field && field.name !== attribute.name ? ` Property: \`${field.name}\`.` : '';
    add('attributes', { ...attribute, description: `${attribute.description ?? field?.description ?? ''}${property}` }, attribute.type?.text);
  }
  for (const member of members) {
    if (member.kind === 'method') add('methods', member, signature(member));
    else if (!member.attribute)
      add('properties', { ...member, description: `${member.description ?? ''}${member.readonly ? ' Read-only.' : ''}` }, member.type?.text);
  }
  for (const event of declaration.events ?? []) {
    add('events', event, event.type?.text);
    rows[handlerName(event.name)] = { name: handlerName(event.name), action: event.name, table: { disable: true } };
  }
  for (const slot of declaration.slots ?? []) add('slots', slot, undefined);
  for (const part of declaration.cssParts ?? []) add('css shadow parts', part, `::part(${part.name})`);
  // The kind of value, from the token table: colour, length, number or shadow.
  for (const property of declaration.cssProperties ?? []) add('css custom properties', property, tokenByName.get(property.name)?.kind);
  return rows;
}
