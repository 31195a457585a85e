import type { EditionMetadata } from './types.js';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The publication month in words, e.g. "2015-09" -> "September 2015".
 * Fixed English month names, so the text is the same in every browser locale.
 */
export function formatPublished(published: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(published);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : published;
}

/**
 * A citation for an edition, built from its metadata, e.g.
 * "National Palliative and End of Life Care Partnership (2015). Ambitions for
 * Palliative and End of Life Care: A national framework for local action
 * 2015-2020. September 2015. www.endoflifecareambitions.org.uk".
 */
export function formatCitation(metadata: EditionMetadata): string {
  const year = metadata.published.slice(0, 4);
  return `${metadata.publisher} (${year}). ${metadata.title}. ${formatPublished(metadata.published)}. ${metadata.url}`;
}
