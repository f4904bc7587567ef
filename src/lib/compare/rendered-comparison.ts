/**
 * A pre-rendered comparison page's content: the comparison as HTML and its one-line summary (the
 * page's description).
 */
import { compareNotices } from '../../compare/index.ts';
import { renderComparison } from '../../compare/render/comparison.ts';
import { toHtml } from '../../compare/render/html.ts';
import type { CompareDoc, DomainTaxonomy } from '../../compare/types.ts';

/** What the page shows of a comparison. */
export interface RenderedComparison {
	html: string;
	summary: string;
}

/**
 * Compare and render two notices.
 * @param a The reference notice (older, or the higher-level call).
 * @param b The notice compared with it.
 * @param taxonomy The canonical domains.
 */
export function renderedComparison(a: CompareDoc, b: CompareDoc, taxonomy: DomainTaxonomy): RenderedComparison {
	// A build may take its time: a generous timeout keeps every build's output the same.
	const comparison = compareNotices(a, b, taxonomy, { timeout: 5000 });
	return { html: toHtml(renderComparison(comparison)), summary: comparison.summary };
}
