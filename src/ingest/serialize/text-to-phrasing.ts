/**
 * Plain notice text as phrasing content: text, with http(s) URLs as explicit links. Sätteri
 * auto-links URLs even when escaped and can swallow the Chinese after them, so a URL is cut at its
 * last ASCII character and written as a link node (see STACK-NOTES "MDX is code").
 */
import type { PhrasingContent } from 'mdast';

// Case-insensitive, as the GFM autolinks of the site's Markdown processor are: `HTTP://A.CN/页面`
// left as text came back as one link that took in the Chinese after it.
const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/gi;

/**
 * Splits text into text and link nodes; only http(s) URLs become links. Anything else that looks
 * like a link (`javascript:…`, `data:…`, `[a](b)`, `<a href>`) stays text, escaped by the writer.
 * @example textToPhrasing('见https://a.cn。') // [text '见', link 'https://a.cn', text '。']
 */
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
