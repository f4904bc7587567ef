/**
 * Splits a text node around the facts found in it: each fact becomes an MDX `<Fact>` element
 * around its sentence, facts inside facts nest, facts on the same span share one element, and a
 * fact that crosses another's end is cut at it (ids stay unique in the page).
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Anchor } from '../types.ts';
import { laminarSpans, type FactSpan } from './laminar-spans.ts';
import { textToPhrasing } from './text-to-phrasing.ts';

type Span = FactSpan<Anchor>;

function factElement(span: Span, children: PhrasingContent[]): MdxJsxTextElement {
	const kinds = [...new Set(span.anchors.map((a) => a.kind))];
	return {
		type: 'mdxJsxTextElement',
		name: 'Fact',
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'ids', value: span.anchors.map((a) => a.id).join(' ') },
			{ type: 'mdxJsxAttribute', name: 'kind', value: kinds.join(' ') },
		],
		children,
	};
}

/** Groups anchors with the same span, clipped to `[from, to)`; nested, outer spans first. */
function spansOf(anchors: Anchor[], from: number, to: number): Span[] {
	const byRange = new Map<string, Span>();
	for (const a of anchors) {
		const start = Math.max(a.start, from);
		const end = Math.min(a.end, to);
		if (end <= start) continue;
		const key = `${start}:${end}`;
		const span = byRange.get(key) ?? { start, end, anchors: [] };
		span.anchors.push(a);
		byRange.set(key, span);
	}
	return laminarSpans([...byRange.values()]);
}

function render(text: string, offset: number, spans: Span[]): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let at = offset;
	let i = 0;
	while (i < spans.length) {
		const outer = spans[i]!;
		out.push(...textToPhrasing(text.slice(at - offset, outer.start - offset)));
		let j = i + 1;
		while (j < spans.length && spans[j]!.end <= outer.end) j++;
		const inner = text.slice(outer.start - offset, outer.end - offset);
		out.push(factElement(outer, render(inner, outer.start, spans.slice(i + 1, j))));
		at = outer.end;
		i = j;
	}
	out.push(...textToPhrasing(text.slice(at - offset)));
	return out;
}

/**
 * Turns `text` (at `offset` in the logical text) into phrasing content with its facts marked.
 * @example factsToPhrasing('于6月15日前报送。', 0, [{ id: 'deadline-0', kind: 'deadline', start: 0, end: 9 }])
 */
export function factsToPhrasing(text: string, offset: number, anchors: Anchor[]): PhrasingContent[] {
	return render(text, offset, spansOf(anchors, offset, offset + text.length));
}
