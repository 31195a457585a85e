/**
 * Files the self-assessment writes and reads, all inside the browser: an
 * export is a `Blob` saved through a link's `download` (no request leaves
 * the page), and an import is read with `File.text()`.
 * @module
 */

/** Media types of the exports. */
export const fileTypes = { csv: 'text/csv;charset=utf-8', json: 'application/json' } as const;

/** Offers `text` to the reader as a file called `name` (the browser saves it, or asks where). */
export function saveFile(name: string, text: string, type: string, inside: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // Firefox follows a download link only when it is in the document.
  inside.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the click's download has started; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from an assessment's title and a day: "east-of-england-2026-12-01.csv". */
export function fileName(title: string, day: string, extension: 'csv' | 'json'): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'self-assessment';
  return `${base}${day ? `-${day}` : ''}.${extension}`;
}
