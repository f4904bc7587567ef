/**
 * Enumerations in running text: 围绕A、B、C等领域, 重点支持A、B和C试点. Splits on 、 (and on ，；
 * when asked) outside brackets and quotes, so 高端装备制造（数控机床、一体化压铸） stays one item.
 */
import { hasCode } from '../../text/chars.ts';
import type { Span } from './context.ts';

const OPEN = '（(《“「【〔';
const CLOSE = '）)》”」】〕';

/**
 * Splits a list at top-level separators.
 * @example splitEnumeration({ text: 'A、B（x、y）', start: 0 }).map((s) => s.text) // ['A', 'B（x、y）']
 */
export function splitEnumeration(span: Span, separators = '、'): Span[] {
	const out: Span[] = [];
	let depth = 0;
	let from = 0;
	const push = (to: number) => {
		const raw = span.text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		if (text) out.push({ text, start: span.start + from + lead });
	};
	for (let i = 0; i < span.text.length; i++) {
		const c = span.text.charCodeAt(i);
		if (hasCode(OPEN, c)) depth++;
		else if (hasCode(CLOSE, c)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && hasCode(separators, c)) {
			push(i);
			from = i + 1;
		}
	}
	push(span.text.length);
	return out;
}

/**
 * Cleans one enumerated item: drops a trailing 等, 等领域, 试点 or 领域 that belongs to the
 * sentence, and splits a last item joined by 以及/和 when both sides are whole phrases.
 */
export function cleanItems(items: Span[]): Span[] {
	const out: Span[] = [];
	items.forEach((item, n) => {
		let text = item.text.replace(/^(?:以及|及|和|或)/, '');
		const start = item.start + (item.text.length - text.length);
		text = text.replace(/(?:等)+(?:[\u4e00-\u9fff]{0,6}(?:领域|方面|试点|工作|产业|服务试点))?$/, '').replace(/(?:试点|方面)$/, '');
		if (n === items.length - 1) {
			const join = /^(.{4,}?)(?:以及|和)(.{4,})$/.exec(text);
			if (join && !/[（(]/.test(join[1]!)) {
				out.push({ text: join[1]!, start });
				out.push({ text: join[2]!, start: start + text.length - join[2]!.length });
				return;
			}
		}
		if (text.length >= 2) out.push({ text, start });
	});
	return out;
}
