/**
 * PDF → text through pdf.js (the copy bundled in `unpdf`, the only one this process loads). The
 * CJK character maps in ./cmaps (Adobe-GB1 and Adobe-CNS1, from pdfjs-dist) let pdf.js map fonts
 * that are not embedded and carry no Unicode map (older notices set in STSong-Light with
 * UniGB-UCS2-H, or MSung-Light with UniCNS-UCS2-H); without them such a PDF gives no text at all.
 */
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import { bilingual, IngestError } from '../errors.ts';
import { MAX_PDF_PAGES } from './limits.ts';
import { checkStreams } from './pdf/check-streams.ts';
import { dropRunningLines } from './pdf/running-lines.ts';
import { itemsToLines, type PdfItem, type PdfLine } from './pdf/pdf-lines.ts';
import { pagesToText } from './pdf/join-wrapped.ts';

const CMAPS = fileURLToPath(new URL('./pdf/cmaps/', import.meta.url));

/** A text layer with fewer visible characters per page than this is a scan (an image of text). */
const MIN_CHARS_PER_PAGE = 10;

/** Why pdf.js could not open a file, by the name of its exception. */
function openRefusal(error: unknown): string {
	const name = (error as Error | undefined)?.name ?? '';
	if (name === 'PasswordException') {
		return bilingual('PDF 已加密（需要密码）：请提供未加密的文件或粘贴通知文本', 'encrypted PDF (needs a password): supply an unencrypted file or paste the text');
	}
	return bilingual('PDF 文件损坏或不完整：请重新下载原文件', 'corrupt or truncated PDF: download the file again');
}

/**
 * The text of a PDF, one paragraph per line, running headers and footers left out.
 * @param bytes The PDF exactly as received.
 * @param file Its name, for refusals.
 * @throws {IngestError} For an encrypted, corrupt or oversized PDF (too many pages, streams that
 * inflate too large), or a scan with no text layer.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<string> {
	checkStreams(bytes, file);
	let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy. Verbosity 0:
		// its warnings would add lines to the one-line refusal.
		pdf = await getDocumentProxy(bytes.slice(), { cMapUrl: CMAPS, cMapPacked: true, stopAtErrors: true, verbosity: 0 });
	} catch (error) {
		throw new IngestError(file, openRefusal(error));
	}
	try {
		if (pdf.numPages > MAX_PDF_PAGES) {
			throw new IngestError(file, bilingual(`PDF 页数过多（${pdf.numPages} 页，上限 ${MAX_PDF_PAGES} 页）：请确认选对了文件`, `too many PDF pages (${pdf.numPages}, limit ${MAX_PDF_PAGES}): check the file`));
		}
		const pages: PdfLine[][] = [];
		for (let number = 1; number <= pdf.numPages; number++) {
			const page = await pdf.getPage(number);
			const content = await page.getTextContent();
			const items: PdfItem[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				const [a, b, , d, x, y] = item.transform as number[];
				items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || Math.abs(d!) });
			}
			pages.push(itemsToLines(items));
		}
		const text = pagesToText(dropRunningLines(pages));
		if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * pdf.numPages) {
			throw new IngestError(
				file,
				bilingual(
					`PDF 没有文字层（${pdf.numPages} 页，像是扫描件）：请先做文字识别（OCR）或粘贴通知文本`,
					`PDF has no text layer (${pdf.numPages} page(s), looks scanned): run OCR on it or paste the notice text`,
				),
			);
		}
		return text;
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError(file, openRefusal(error));
	} finally {
		await pdf.cleanup();
	}
}
