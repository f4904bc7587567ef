/**
 * Builds a notice's section tree (see src/schemas/section-tree.ts) from its classified lines:
 * header parts (masthead, 文号, title, salutation), the body as headings and paragraphs with
 * their numbering outline, the signature and closing lines, and the attachments.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { PartKind } from '../../schemas/section-tree.ts';
import { classifyLine, isHeadingLike, isOrgLine, type Line } from './classify-line.ts';
import { parseAttachmentLine, titleKey } from './attachment-list.ts';
import { isSalutation, type NoticeRange } from './split-notices.ts';
import { Outline } from './outline.ts';
import { isTitleLike, separatePage } from './page-lines.ts';
import type { Point } from './create-point-finder.ts';
import { DATE_LINE } from './patterns.ts';

/** Point of an offset in the logical text, from `createPointFinder`. */
type PointFinder = (offset: number) => Point;

/** Where a node sits, for unist positions: line numbers come from the logical text. */
function position(point: PointFinder, start: number, end: number): NonNullable<Root['position']> {
	return { start: point(start), end: point(end) };
}

function paragraphOf(point: PointFinder, lines: Line[], data: Paragraph['data']): Paragraph {
	const children: PhrasingContent[] = [];
	lines.forEach((line, n) => {
		if (n > 0) children.push({ type: 'break' });
		const t = line.text;
		const lead = t.length - t.trimStart().length;
		const value = t.trim();
		children.push({ type: 'text', value, position: position(point, line.start + lead, line.start + lead + value.length) });
	});
	const first = children.find((c) => c.type === 'text')!;
	const last = children.findLast((c) => c.type === 'text')!;
	const span = position(point, first.position!.start.offset!, last.position!.end.offset!);
	return { type: 'paragraph', children, position: span, ...(data ? { data } : {}) };
}

function part(point: PointFinder, lines: Line[], kind: PartKind, extra: Paragraph['data'] = {}): Paragraph {
	return paragraphOf(point, lines, { part: kind, ...extra });
}

/**
 * Turns the lines of one notice into its mdast tree.
 * @param point gives the point of an offset in the logical text the lines were cut from
 */
export function linesToTree(point: PointFinder, all: Line[], range: NoticeRange): Root {
	const { page, notice: lines } = separatePage(all.slice(range.start, range.end));
	const children: RootContent[] = [];
	let i = 0;
	let titled = false;
	// Header: masthead lines, 文号 and the title in any order (a web page puts the 文号 under the
	// title), then the salutation.
	for (; i < lines.length && i < 6; i++) {
		const line = lines[i]!;
		const next = lines[i + 1];
		// A joint masthead stacks the bodies' names above the line that ends in 文件.
		if (line.kind === 'masthead' || (!titled && isOrgLine(line.text) && next && (isTitleLike(next) || next.kind === 'masthead'))) {
			children.push(part(point, [line], 'masthead'));
		} else if (line.kind === 'docNumber') children.push(part(point, [line], 'docNumber'));
		else if (!titled && isTitleLike(line)) {
			children.push(part(point, [line], 'title'));
			titled = true;
		} else break;
	}
	const rest = lines.slice(i);
	const [salutation, ...body] = splitSalutation(rest[0]) ?? rest;
	if (salutation && isSalutation(salutation)) children.push(part(point, [salutation], 'salutation'));
	else if (salutation) body.unshift(salutation);
	bodyToNodes(point, body, children);
	const data = { page: page.map((l) => ({ text: l.text.trim(), start: l.start + l.text.length - l.text.trimStart().length })) };
	return { type: 'root', children, position: position(point, lines[0]?.start ?? 0, lines.at(-1)?.end ?? 0), data };
}

/** A salutation that a web page ran into the first paragraph: 各有关单位：为推进…。 */
const SALUTATION_HEAD = /^(各[^。；：:]{1,118}?[：:])\s*(?=\S)/;

/**
 * The salutation and the paragraph of a line holding both, or null. Only a line starting with 各
 * (各有关单位, 各区市场监管局…): a field label also ends in a colon and must stay whole.
 */
function splitSalutation(line: Line | undefined): [Line, Line] | null {
	const head = line && line.kind !== 'numbered' ? SALUTATION_HEAD.exec(line.text.trimStart()) : null;
	if (!line || !head) return null;
	const lead = line.text.length - line.text.trimStart().length;
	const at = lead + head[0].length;
	const rest = line.text.slice(at);
	const first = { ...line, text: head[1]!, start: line.start + lead, end: line.start + lead + head[1]!.length };
	return [first, { ...line, text: rest, start: line.start + at, ...classifyLine(rest) }];
}

/** The body, the end matter and the attachments, in document order. */
function bodyToNodes(point: PointFinder, lines: Line[], out: RootContent[]): void {
	const outline = new Outline();
	const listed = new Map<string, number | null>();
	let listSeen = false;
	let inList = false;
	let attachment: { no: number | null } | null = null;
	let expectTitle = false;
	const extra = (): Paragraph['data'] => (attachment ? { inAttachment: true, attachment: attachment.no } : {});
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const t = line.text.trim();
		// A bare 附件： over numbered lines opens the list (附件：/1.…/2.…), not attachment 1's text.
		const opensList = !listSeen && /^附\s*件\s*[：:]$/.test(t) && lines[i + 1]?.numbering?.style === 'arabic';
		if (line.kind === 'attachmentList' || opensList || (inList && line.kind === 'numbered' && line.numbering?.style === 'arabic')) {
			for (const item of parseAttachmentLine(t, 0, line.kind === 'attachmentList')) listed.set(titleKey(item.title), item.no);
			out.push(paragraphOf(point, [line], { listsAttachments: true, ...extra() }));
			listSeen = inList = true;
			continue;
		}
		inList = false;
		const signature = signatureAt(lines, i);
		if (signature >= 0) {
			const block = lines.slice(i, signature + 1);
			const printed = /印发?$/.test(lines[signature]!.text.trim());
			out.push(part(point, block, printed ? 'closing' : 'signature', extra()));
			i = signature;
			continue;
		}
		if (line.kind === 'closing') {
			out.push(part(point, [line], 'closing', extra()));
			continue;
		}
		if (line.kind === 'attachmentHeading') {
			const no = /\d+/.exec(t)?.[0];
			attachment = { no: no ? Number(no) : listed.size === 1 ? [...listed.values()][0]! : null };
			outline.reset();
			expectTitle = true;
			out.push(headingOf(point, line, 2, { kind: 'attachment', ...extra() }));
			continue;
		}
		const listedNo = listSeen && line.kind === 'text' ? listed.get(titleKey(t)) : undefined;
		if (listedNo !== undefined && !expectTitle) {
			// An attachment that starts with its title and no 附件 N label above it.
			attachment = { no: listedNo };
			outline.reset();
			out.push(part(point, [line], 'title', extra()));
			continue;
		}
		if (expectTitle && (line.kind === 'text' || line.kind === 'field') && !line.numbering) {
			expectTitle = false;
			out.push(part(point, [line], 'title', extra()));
			continue;
		}
		expectTitle = false;
		if (line.numbering) {
			const level = outline.levelOf(line.numbering.style);
			const data = { numbering: line.numbering.marker, level, ...extra() };
			if (isHeadingLike(line)) {
				out.push(headingOf(point, line, Math.min(6, level + 1 + (attachment ? 1 : 0)), { kind: 'section', ...data }));
			} else out.push(paragraphOf(point, [line], data));
			continue;
		}
		out.push(paragraphOf(point, [line], { ...extra() }));
	}
}

function headingOf(point: PointFinder, line: Line, depth: number, data: Heading['data']): Heading {
	const p = paragraphOf(point, [line], undefined);
	return { type: 'heading', depth: depth as Heading['depth'], children: p.children, position: p.position!, ...(data ? { data } : {}) };
}

/** A date at a line's end, in digits or Chinese numerals: 2023年6月15日, 二〇一一年十月八日. */
const DATE_AT_END = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[\d一二三四五六七八九十\s]{1,4}月[\d一二三四五六七八九十\s]{1,4}日$/;

/**
 * Whether a line is a signature on one line, the name then the date, with or without a space
 * (pdf-spaces drops it): 某部办公厅 2023年6月15日.
 */
export function isOneLineSignature(text: string): boolean {
	const t = text.trim();
	// DATE_AT_END is tried at every offset of a line: a line not ending in 日 has no date there.
	const date = t.endsWith('日') ? DATE_AT_END.exec(t) : null;
	return date !== null && date.index > 0 && isOrgLine(t.slice(0, date.index)) && DATE_LINE.test(date[0]);
}

/** If a signature (organisation lines, then a date line) starts at line i, the date line's index. */
function signatureAt(lines: Line[], i: number): number {
	if (isOneLineSignature(lines[i]!.text)) return i;
	let k = i;
	while (k < lines.length && k - i < 4 && lines[k]!.kind !== 'date' && isOrgLine(lines[k]!.text)) k++;
	return lines[k]?.kind === 'date' ? k : -1;
}
