/**
 * Old Word (.doc, an OLE compound file) → text through `word-extractor`, with `filterUnicode:
 * false` so full-width and CJK punctuation stay as written. Word's automatic numbering, which
 * word-extractor drops, is put back before each numbered paragraph (doc/word-paragraphs.ts). A
 * Word file saved with a password (a .docx too) is an OLE file holding an EncryptedPackage
 * stream: refused as encrypted.
 */
import { bilingual, IngestError } from '../errors.ts';
import type { NumberedParagraph } from './docx/numbering.ts';
import { readWordParagraphs } from './doc/word-paragraphs.ts';

/** "EncryptedPackage" in UTF-16LE, as an OLE directory entry names it. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** Text compared without white space and control characters (field marks, cell ends). */
const bare = (text: string) => text.replace(/[\s\u0000-\u001f]/g, '');

/**
 * Puts each numbered paragraph's label before its line. Lines and paragraphs are paired in order
 * by their text, so a paragraph word-extractor leaves out does not shift the labels.
 */
function labelLines(lines: string[], paragraphs: NumberedParagraph[]): string[] {
	let next = 0;
	const labelled = [...lines];
	for (const { text, label } of paragraphs) {
		const at = lines.findIndex((line, i) => i >= next && bare(line) === bare(text));
		if (at === -1) continue;
		next = at + 1;
		if (label !== '' && bare(text) !== '') labelled[at] = `${label}${lines[at]!.trimStart()}`;
	}
	return labelled;
}

/**
 * The text of an old Word file, one paragraph per line.
 * @param bytes The file exactly as received.
 * @param file Its name, for refusals.
 * @throws {IngestError} For a Word file with a password or a corrupt one.
 */
export async function readDoc(bytes: Uint8Array, file: string): Promise<string> {
	const buffer = Buffer.from(bytes);
	if (buffer.includes(ENCRYPTED)) {
		throw new IngestError(file, bilingual('Word 文件已加密（需要密码）：请提供未加密的文件或粘贴通知文本', 'encrypted Word file (needs a password): supply an unencrypted file or paste the text'));
	}
	try {
		const { body, paragraphs } = await readWordParagraphs(buffer);
		// Word ends paragraphs with \r and cells with \t; table rows become `cell：cell cell` lines.
		return labelLines(body.split(/\r\n?|\n/), paragraphs)
			.map((line) => line.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== ''))
			.map((cells) => (cells.length > 1 ? `${cells[0]!.replace(/[:：]$/, '')}：${cells.slice(1).join(' ')}` : (cells[0] ?? '')))
			.join('\n');
	} catch {
		throw new IngestError(file, bilingual('Word 文件（.doc）损坏或不完整：请重新下载原文件', 'corrupt or truncated Word file (.doc): download the file again'));
	}
}
