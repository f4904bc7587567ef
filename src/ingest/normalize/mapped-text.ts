// INTERIM (replaced by the normalize branch): minimal mapped text for development.
export interface MappedText { text: string; sources: Int32Array }
export function createMappedText(source: string): MappedText {
	const sources = new Int32Array(source.length + 1);
	for (let i = 0; i <= source.length; i++) sources[i] = i;
	return { text: source, sources };
}
export function replaceMapped(
	m: MappedText,
	regex: RegExp,
	replacer: (match: string, ...groups: string[]) => string,
): MappedText {
	let text = '';
	const out: number[] = [];
	let last = 0;
	for (const match of m.text.matchAll(regex)) {
		const at = match.index;
		for (let i = last; i < at; i++) out.push(m.sources[i]!);
		text += m.text.slice(last, at);
		const rep = replacer(match[0], ...(match.slice(1) as string[]));
		for (let i = 0; i < rep.length; i++) out.push(m.sources[at]!);
		text += rep;
		last = at + match[0].length;
	}
	for (let i = last; i < m.text.length; i++) out.push(m.sources[i]!);
	text += m.text.slice(last);
	out.push(m.sources[m.text.length]!);
	return { text, sources: Int32Array.from(out) };
}
export function toSourceOffset(m: MappedText, offset: number): number {
	return m.sources[Math.max(0, Math.min(offset, m.text.length))]!;
}
