/**
 * The picker's Web Worker: compares two notices and renders the result off the main thread, so a
 * long comparison never blocks the page. It receives the two documents and the taxonomy, and
 * posts back the comparison's HTML (escaped by toHtml) or a one-line error.
 */
import { compareNotices } from './index.ts';
import { renderComparison } from './render/comparison.ts';
import { toHtml } from './render/html.ts';
import type { CompareDoc, DomainEntry } from './types.ts';

/** What the page sends. */
export interface CompareRequest {
	/** Echoed in the response, so answers to superseded requests can be told apart. */
	id: number;
	a: CompareDoc;
	b: CompareDoc;
	taxonomy: DomainEntry[];
}

/** What the worker answers. */
export type CompareResponse = { id: number } & ({ ok: true; html: string; ms: number } | { ok: false; error: string });

addEventListener('message', (event: MessageEvent<CompareRequest>) => {
	const started = performance.now();
	const { id, a, b, taxonomy } = event.data;
	let response: CompareResponse;
	try {
		const html = toHtml(renderComparison(compareNotices(a, b, taxonomy)));
		response = { id, ok: true, html, ms: performance.now() - started };
	} catch (error) {
		response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	postMessage(response);
});
