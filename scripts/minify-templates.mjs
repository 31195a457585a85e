// The one hand-written minifier left, for CSS only, because lightningcss (what
// @lit-labs/rollup-plugin-minify-html-literals minifies css`` with) rewrites values and cannot
// parse every template:
// - rollup.config.mjs gives it the css`` templates lightningcss refuses (an expression where a
//   selector goes, as in the wheel's `${wide} .wheel`), one static part at a time;
// - scripts/generate-sources.mjs minifies the generated theme rules with it, which
//   test/themes.test.ts compares with hostThemeCss() with only whitespace and comments removed.
// The rules are deliberately conservative, so a template means exactly what it did: comments go;
// whitespace next to { } ; , and after : goes (never before a colon, where it is a descendant
// combinator: "a :hover"); other runs of whitespace become one space (calc() needs its spaces
// around + and -).

/** @param {string} text CSS, or one static part of a css`` template */
export function minifyCssPart(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}
