/**
 * DOCX → text: mammoth turns the document into HTML (headings, paragraphs, tables), which is
 * read like a saved page's body (html/html-to-text.ts); the numbers of Word's automatic numbering,
 * which mammoth drops, are put back before each numbered paragraph (docx/numbering.ts).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { bilingual, IngestError } from '../errors.ts';
import { numberParagraphs, type NumberedParagraph } from './docx/numbering.ts';
import { checkEntries, zipEntries, zipEntry } from './docx/zip-entries.ts';
import { htmlToText, type DomNode } from './html/html-to-text.ts';

interface MammothNode {
	type: string;
	value?: string;
	children?: MammothNode[];
	numbering?: unknown;
}

/** The plain text of a mammoth element, as document.xml's <w:t> runs spell it. */
/** mammoth's document transforms, which its type declarations leave out. */
const { transforms } = mammoth as unknown as { transforms: { paragraph(fn: (p: MammothNode) => unknown): (element: unknown) => unknown } };

const textOf = (node: MammothNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * A transform giving each numbered paragraph its label as text. mammoth's paragraphs and those of
 * document.xml are paired in order by their text, so a paragraph mammoth skips (a deleted one) or
 * reads from elsewhere (a text box) does not shift the labels.
 */
function labelParagraphs(paragraphs: NumberedParagraph[]) {
	let next = 0;
	return transforms.paragraph((paragraph: MammothNode) => {
		const text = textOf(paragraph);
		const at = paragraphs.findIndex((p, i) => i >= next && p.text === text);
		if (at === -1) return paragraph;
		next = at + 1;
		const { label } = paragraphs[at]!;
		if (label === '') return paragraph;
		const run = { type: 'run', children: [{ type: 'text', value: label }] };
		return { ...paragraph, numbering: null, children: [run, ...(paragraph.children ?? [])] };
	});
}

const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : '');

/**
 * The text of a Word (.docx) file, one paragraph per line, a table row per line.
 * @param bytes The file exactly as received (a zip).
 * @param file Its name, for refusals.
 * @throws {IngestError} For a zip that is not a Word file, a corrupt one, one that unpacks too large.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
	const entries = zipEntries(bytes, file);
	// Before mammoth: its zip reader inflates an entry whole whatever size the entry claims.
	checkEntries(bytes, entries, file);
	const documentXml = decode(zipEntry(bytes, entries, 'word/document.xml', file));
	if (documentXml === '') {
		throw new IngestError(file, bilingual('压缩包里没有 Word 正文（word/document.xml）：不是 .docx 文件', 'a zip without word/document.xml: not a Word (.docx) file'));
	}
	const part = (name: string) => decode(zipEntry(bytes, entries, `word/${name}.xml`, file));
	const numbering = numberParagraphs(documentXml, part('numbering'), part('styles'));
	let html: string;
	try {
		({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: labelParagraphs(numbering), ignoreEmptyParagraphs: true }));
	} catch {
		throw new IngestError(file, bilingual('Word 文件（.docx）损坏或不完整：请重新下载原文件', 'corrupt or truncated Word file (.docx): download the file again'));
	}
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return htmlToText(document.body as unknown as DomNode);
}
