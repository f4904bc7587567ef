/**
 * A saved web page → the notice's text: the article body as @mozilla/readability finds it, on a
 * linkedom document (no browser: scripts never run and nothing is fetched), one paragraph per
 * line. The title is the body's own heading, not the page's <title> (which adds the site's
 * name); attachment links become a bare 附件： line with one numbered line per file.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from '../decode/index.ts';
import { htmlToText, type DomNode } from './html/html-to-text.ts';

/** Links to these are a notice's attachments. */
const ATTACHMENT = /\.(?:docx?|wps|pdf|xlsx?|et|zip|rar|7z|ofd)(?:[?#]|$)/i;

/** The page's attachment links: their texts, without a file extension, in page order, once each. */
function attachmentTitles(document: Document): string[] {
	const titles = [...document.querySelectorAll('a[href]')]
		.filter((a) => ATTACHMENT.test(a.getAttribute('href') ?? ''))
		.map((a) => (a.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim().replace(ATTACHMENT, '').replace(/^附件\s*\d*\s*[:：.、]?\s*/, ''))
		.filter((title) => title !== '');
	return [...new Set(titles)];
}

/** The body's heading: the first <h1>, else <h2>, that holds Chinese text. */
function bodyTitle(document: Document): string | undefined {
	for (const tag of ['h1', 'h2']) {
		for (const heading of document.querySelectorAll(tag)) {
			const text = (heading.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
			if (/[\u4e00-\u9fff]/.test(text)) return text;
		}
	}
	return undefined;
}

/** The article text with its title first and an attachment list for the links it names as lines. */
function withTitleAndAttachments(text: string, title: string | undefined, attachments: string[]): string {
	let lines = text.split('\n').filter((line) => line !== '');
	if (title !== undefined && !lines.slice(0, 3).some((line) => line.replace(/\s/g, '') === title.replace(/\s/g, ''))) lines.unshift(title);
	// Readability keeps the link texts as lines; drop them so the list below says them once.
	const linked = new Set(attachments);
	lines = lines.filter((line) => !linked.has(line.replace(ATTACHMENT, '').replace(/^附件\s*\d*\s*[:：.、]?\s*/, '').trim()) && !/^附件\s*[:：]?$/.test(line));
	if (attachments.length > 0) lines.push('附件：', ...attachments.map((title, i) => `${i + 1}.${title}`));
	return `${lines.join('\n')}\n`;
}

/**
 * The text of a saved notice page.
 * @param bytes The page as saved (UTF-8 or GB18030, as the text decoders read).
 * @param file Its name, for refusals.
 */
export async function readHtml(bytes: Uint8Array, file: string): Promise<string> {
	const { document } = parseHTML(decodeText(bytes, file));
	const title = bodyTitle(document as unknown as Document);
	const attachments = attachmentTitles(document as unknown as Document);
	const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
	const content = article?.content ? (parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode) : (document.body as unknown as DomNode);
	return withTitleAndAttachments(htmlToText(content), title, attachments);
}
