/**
 * Links built from a partner's `href-template`, shared by the wheel and its
 * no-JS fallback. Lit-free, so the fallback generator runs in Node too.
 */

// Schemes that run code or smuggle content; control characters and spaces are ignored by browsers in schemes.
const unsafeUrl =
  /^[\s\u0000-\u001f]*(?:j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t|data|vbscript)[\s\u0000-\u001f]*:/i;

/** The template when it is safe to use as a link: never a script or data URL. */
export function safeLinkTemplate(value: string | null | undefined): string | undefined {
  const template = value?.trim();
  return template && !unsafeUrl.test(template) ? template : undefined;
}

/** Fills `{id}` and `{number}` in a link template for one ambition. */
export function ambitionHref(template: string, ambition: { id: string; number: number }): string {
  return template.replaceAll('{id}', encodeURIComponent(ambition.id)).replaceAll('{number}', String(ambition.number));
}
