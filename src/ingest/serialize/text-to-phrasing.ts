/**
 * Plain notice text as phrasing content: text, with http(s) URLs as explicit links. Sätteri
 * auto-links URLs even when escaped and can swallow the Chinese after them, so a URL is cut at its
 * last ASCII character and written as a link node (see STACK-NOTES "MDX is code").
 */
import type { PhrasingContent } from 'mdast';

const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;

/** Splits text into text and link nodes; only http(s) URLs become links. */
export function textToPhrasing(text: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const m of text.matchAll(URL)) {
		const url = m[0].replace(/[.,;:!?)\]'*]+$/, '');
		if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
		out.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
		last = m.index + url.length;
	}
	if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
	return out;
}
