/**
 * Word's automatic numbering, restored: mammoth drops the numbers Word draws from
 * word/numbering.xml ((一), 1., （1）), and the segmenter needs them to find sections. This reads
 * the definitions and each paragraph's `<w:numPr>` and gives every numbered paragraph its label.
 * A paragraph numbered by its style (Heading 1 → 一、), or by a style that style is `basedOn`, is
 * numbered too (style-numbering.ts).
 */
import { numberingRef, styleNumbering } from './style-numbering.ts';

/** One level of a list: its number format, label text (`（%2）`) and first number. */
export interface Level {
	format: string;
	text: string;
	start: number;
	/** The style this level is linked to (`<w:pStyle>` in the level): its paragraphs' level. */
	pStyle?: string | undefined;
}

/** One paragraph of document.xml in order: its plain text and its label ('' when unnumbered). */
export interface NumberedParagraph {
	text: string;
	label: string;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

const unescapeXml = (text: string) =>
	text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, name: string) => {
		const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.startsWith('#x') || name.startsWith('#X') ? `0x${name.slice(2)}` : name.slice(1)));
		return named[name.toLowerCase()] ?? '';
	});

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCount(n: number): string {
	if (n < 10) return DIGITS[n]!;
	if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
	if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
	const rest = n % 100;
	return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseCount(rest)}` : chineseCount(rest)}`;
}

const roman = (n: number) =>
	[[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']].reduce(
		(acc, [value, letters]) => {
			while (acc.n >= (value as number)) (acc.s += letters as string), (acc.n -= value as number);
			return acc;
		},
		{ n, s: '' },
	).s;

/** One counter value in a level's number format. */
function formatNumber(n: number, format: string): string {
	switch (format) {
		case 'chineseCounting':
		case 'chineseCountingThousand':
		case 'chineseLegalSimplified':
			return chineseCount(n);
		case 'ideographTraditional':
			return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!;
		case 'decimalEnclosedCircle':
		case 'decimalEnclosedCircleChinese':
			return n <= 20 ? String.fromCodePoint(0x245f + n) : String(n);
		case 'decimalFullWidth':
			return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
		case 'upperLetter':
			return String.fromCodePoint(64 + (((n - 1) % 26) + 1));
		case 'lowerLetter':
			return String.fromCodePoint(96 + (((n - 1) % 26) + 1));
		case 'upperRoman':
			return roman(n);
		case 'lowerRoman':
			return roman(n).toLowerCase();
		default:
			return String(n);
	}
}

/** numId → its levels, from numbering.xml (abstract definitions through their <w:num>). */
function parseDefinitions(xml: string): Map<string, Map<number, Level>> {
	const abstracts = new Map<string, Map<number, Level>>();
	for (const [, id, body] of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
		const levels = new Map<number, Level>();
		for (const [, ilvl, level] of body!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
			const format = attr(level!, 'numFmt') ?? 'decimal';
			levels.set(Number(ilvl), { format, text: unescapeXml(attr(level!, 'lvlText') ?? ''), start: Number(attr(level!, 'start') ?? 1), pStyle: attr(level!, 'pStyle') });
		}
		abstracts.set(id!, levels);
	}
	const nums = new Map<string, Map<number, Level>>();
	for (const [, id, body] of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
		const levels = abstracts.get(attr(body!, 'abstractNumId') ?? '');
		if (levels) nums.set(id!, levels);
	}
	return nums;
}

/**
 * A labeler for one document's numbered paragraphs in order: each list (`numId`) counts on from
 * its last paragraph, a deeper level restarting under a shallower one.
 * @example const label = listLabeler(); label('3', levels, 0) // '一、', then label('3', levels, 1) // '（一）'
 */
export function listLabeler(): (numId: string | undefined, levels: Map<number, Level> | undefined, ilvl: number) => string {
	const counters = new Map<string, number[]>();
	return (numId, levels, ilvl) => {
		const level = levels?.get(ilvl);
		if (numId === undefined || !levels || !level || level.format === 'bullet' || level.format === 'none') return '';
		const counter = counters.get(numId) ?? [];
		counter[ilvl] = counter[ilvl] === undefined ? level.start : counter[ilvl] + 1;
		counter.length = ilvl + 1;
		counters.set(numId, counter);
		return level.text.replace(/%(\d)/g, (_, n: string) => {
			const at = Number(n) - 1;
			return formatNumber(counter[at] ?? levels.get(at)?.start ?? 1, levels.get(at)?.format ?? 'decimal');
		});
	};
}

/**
 * The paragraphs of document.xml with the labels Word would draw before them.
 * @param documentXml word/document.xml.
 * @param numberingXml word/numbering.xml, or '' when the file has none.
 * @param stylesXml word/styles.xml, for paragraphs numbered by their style.
 * @example numberParagraphs('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总则</w:t></w:r></w:p>', numberingXml)
 * // [{ text: '总则', label: '一、' }] when level 0 of num 1 is chineseCounting with lvlText '%1、'
 */
export function numberParagraphs(documentXml: string, numberingXml: string, stylesXml = ''): NumberedParagraph[] {
	const nums = parseDefinitions(numberingXml);
	const styleOf = styleNumbering(stylesXml);
	const label = listLabeler();
	const out: NumberedParagraph[] = [];
	for (const [paragraph] of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)) {
		const text = unescapeXml([...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
		// The paragraph's own <w:numPr>, each property else its style's (headings are often numbered
		// that way); a level linked to the style gives the level the style leaves out.
		const own = numberingRef(paragraph);
		const style = styleOf(attr(paragraph, 'pStyle'));
		const numId = own.numId ?? style.numId;
		const levels = numId && numId !== '0' ? nums.get(numId) : undefined;
		const linked = levels && [...levels].find(([, l]) => l.pStyle !== undefined && style.styles.includes(l.pStyle))?.[0];
		const ilvl = own.ilvl ?? style.ilvl ?? linked ?? 0;
		out.push({ text, label: label(numId, levels, ilvl) });
	}
	return out;
}
