// A rollup plugin that shrinks the static text of Lit's css``, html`` and svg``
// templates, which terser leaves alone (to it they are strings). The rules are
// deliberately conservative, so a template means exactly what it did:
// - css: comments go; whitespace next to { } ; , and after : goes (never before
//   a colon, where it is a descendant combinator: "a :hover"); other runs of
//   whitespace become one space (calc() needs its spaces around + and -).
// - html/svg: a run of whitespace that holds a line break becomes one space,
//   which is how HTML renders it anyway (no template uses <pre> or
//   white-space: pre).
import MagicString from 'magic-string';

const templateTags = new Set(['css', 'html', 'svg']);

/** @param {string} text one static part of a css`` template */
export function minifyCssPart(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}

/** @param {string} text one static part of an html`` or svg`` template */
export function minifyMarkupPart(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && templateTags.has(node.tag.name)) {
    yield node;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object') yield* taggedTemplates(value);
  }
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const output = new MagicString(code);
      for (const template of taggedTemplates(this.parse(code))) {
        const minify = template.tag.name === 'css' ? minifyCssPart : minifyMarkupPart;
        for (const part of template.quasi.quasis) {
          const raw = code.slice(part.start, part.end);
          const small = minify(raw);
          if (small !== raw) output.overwrite(part.start, part.end, small || ' ');
        }
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
