/**
 * Old Word (.doc, an OLE compound file) → text through `word-extractor`, with `filterUnicode:
 * false` so full-width and CJK punctuation stay as written. Word's own numbering is kept as the
 * file stores it: .doc numbering is not restored (see README). A Word file saved with a password
 * (a .docx too) is an OLE file holding an EncryptedPackage stream: refused as encrypted.
 */
import WordExtractor from 'word-extractor';
import { bilingual, IngestError } from '../errors.ts';

/** "EncryptedPackage" in UTF-16LE, as an OLE directory entry names it. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

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
		const document = await new WordExtractor().extract(buffer);
		// Word ends paragraphs with \r and cells with \t; table rows become `cell：cell cell` lines.
		return document
			.getBody({ filterUnicode: false })
			.split(/\r\n?|\n/)
			.map((line) => line.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== ''))
			.map((cells) => (cells.length > 1 ? `${cells[0]!.replace(/[:：]$/, '')}：${cells.slice(1).join(' ')}` : (cells[0] ?? '')))
			.join('\n');
	} catch {
		throw new IngestError(file, bilingual('Word 文件（.doc）损坏或不完整：请重新下载原文件', 'corrupt or truncated Word file (.doc): download the file again'));
	}
}
