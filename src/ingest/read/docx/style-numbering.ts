/**
 * The numbering a paragraph takes from its style. Word numbers headings through styles (Heading 1
 * → 一、), and a style inherits what it does not set from the style it is `basedOn`: a
 * paragraph styled 标题 2, based on a numbered 标题 1 with only the level changed, is numbered at
 * that level of 标题 1's list (ECMA-376 Part 1 §17.7.2, style inheritance; §17.3.1.19, numPr).
 * numId and ilvl are inherited each on its own; numId 0 turns numbering off (§17.9.18).
 */

/** What a paragraph or style says of its numbering; a property it leaves out is undefined. */
export interface NumberingRef {
	numId?: string | undefined;
	ilvl?: number | undefined;
}

interface Style extends NumberingRef {
	basedOn: string | undefined;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

/**
 * The numId and ilvl in a paragraph's or style's `<w:numPr>`, each undefined when not set.
 * @example numberingRef('<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>') // { numId: undefined, ilvl: 1 }
 */
export function numberingRef(xml: string): NumberingRef {
	const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(xml)?.[1] ?? '';
	const ilvl = attr(numPr, 'ilvl');
	return { numId: attr(numPr, 'numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

/**
 * A resolver from a paragraph's style id (none: the default paragraph style) to the numbering it
 * inherits through the style's `basedOn` chain.
 * @param stylesXml word/styles.xml, or ''.
 * @example styleNumbering(stylesXml)('Heading2') // { numId: '3', ilvl: 1 }: ilvl from Heading2, numId from Heading1
 */
export function styleNumbering(stylesXml: string): (styleId: string | undefined) => NumberingRef & { styles: string[] } {
	const styles = new Map<string, Style>();
	let defaultStyle: string | undefined;
	for (const [, attributes, body] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
		const id = /w:styleId="([^"]*)"/.exec(attributes!)?.[1];
		// Character, table and numbering styles carry no paragraph numbering.
		if (id === undefined || /w:type="(character|table|numbering)"/.test(attributes!)) continue;
		if (/w:default="(1|true|on)"/.test(attributes!)) defaultStyle ??= id;
		styles.set(id, { ...numberingRef(body!), basedOn: attr(body!, 'basedOn') });
	}
	return (styleId) => {
		const resolved: NumberingRef & { styles: string[] } = { styles: [] };
		// A chain that loops (A based on B based on A) is read once round.
		for (let id = styleId ?? defaultStyle; id !== undefined && !resolved.styles.includes(id); ) {
			const style = styles.get(id);
			if (!style) break;
			resolved.styles.push(id);
			resolved.numId ??= style.numId;
			resolved.ilvl ??= style.ilvl;
			id = style.basedOn;
		}
		return resolved;
	};
}
