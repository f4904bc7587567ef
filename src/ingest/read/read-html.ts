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
		.map((a) => titleOf((a.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim()))
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

/** A bare 附件： line; 附件 alone is an attachment's own heading (its text follows), not a list. */
const BARE_ATTACHMENT = /^附件\s*[:：]$/;

/** A link text as an attachment title: no 附件1： before it, no file extension after it. */
const titleOf = (text: string) => text.replace(ATTACHMENT, '').replace(/^附件\s*\d*\s*[:：.、]?\s*/, '').trim();

/**
 * Attachment titles as a notice writes them: `附件：TITLE` for one; `附件：1.A`, `2.B` for more.
 * (A bare 附件： line above the list would read as the start of an attachment's own text.)
 */
function attachmentList(titles: string[]): string[] {
	// Link texts that carry their number (1.申报书) keep it; others are numbered when several.
	const numbered = titles.length <= 1 || titles.every((title) => /^\d+\s*[.．、]/.test(title));
	return titles.map((title, i) => `${i === 0 ? '附件：' : ''}${numbered ? '' : `${i + 1}.`}${title}`);
}

/**
 * The article's lines with its title first and its attachment links as a list: link lines under a
 * bare 附件： line become numbered items there; links the article does not show are listed at the end.
 */
function withTitleAndAttachments(text: string, title: string | undefined, attachments: string[]): string {
	const lines = text.split('\n').filter((line) => line !== '');
	// The article usually repeats its title, perhaps over two lines below the red head; only a
	// body that does not is given the page's heading.
	const head = lines.slice(0, 10).join('').replace(/\s/g, '');
	if (title !== undefined && !head.includes(title.replace(/\s/g, ''))) lines.unshift(title);
	const linked = new Set(attachments);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const listed: string[] = [];
		if (BARE_ATTACHMENT.test(lines[i]!)) while (i + 1 < lines.length && linked.has(titleOf(lines[i + 1]!))) listed.push(titleOf(lines[++i]!));
		out.push(...(listed.length > 0 ? attachmentList(listed) : [lines[i]!]));
	}
	const shown = out.join('\n');
	out.push(...attachmentList(attachments.filter((a) => !shown.includes(a))));
	return `${out.join('\n')}\n`;
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
