/**
 * Fixtures for the read stage, made from texts we write or the seeds (no third-party files): a
 * text as a printed PDF (Debian's Chromium), as a DOCX (the `docx` package, with Word numbering
 * and a contact table) and as a saved web page (navigation, breadcrumbs, 发布时间, footer,
 * attachment links).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A text as a plain HTML rendering for printing: one paragraph per line, blank lines kept. */
export function printHtml(text: string): string {
	const body = text.split('\n').map((line) => (line.trim() === '' ? '<p>&nbsp;</p>' : `<p>${escape(line)}</p>`)).join('');
	return `<!doctype html><html><head><meta charset="utf-8"><style>p{margin:0 0 .3em}body{font-size:14pt}</style></head><body>${body}</body></html>`;
}

/**
 * Prints an HTML page to PDF with headless Chromium, which adds its own header (date, title) and
 * footer (address, page numbers) unless told not to.
 */
export function printPdf(html: string, { headerFooter = true } = {}): Uint8Array {
	const dir = mkdtempSync(join(tmpdir(), 'print-'));
	writeFileSync(join(dir, 'page.html'), html);
	const pdf = join(dir, 'page.pdf');
	const flags = ['--headless', '--no-sandbox', '--disable-gpu', ...(headerFooter ? [] : ['--no-pdf-header-footer']), `--print-to-pdf=${pdf}`];
	execFileSync(CHROMIUM, [...flags, `file://${join(dir, 'page.html')}`], { stdio: 'ignore', timeout: 60_000 });
	return new Uint8Array(readFileSync(pdf));
}

/** The numbering shapes the segmenter knows, each a Word numbering level. */
const LEVELS = [
	{ pattern: /^[一二三四五六七八九十]+、/, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
	{ pattern: /^（[一二三四五六七八九十]+）/, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
	{ pattern: /^\d+\.(?!\d)/, format: LevelFormat.DECIMAL, text: '%3.' },
] as const;

/** The value of a typed number: 一、 → 1, （十二） → 12, 3. → 3. */
function numberOf(label: string): number {
	const digits = label.replace(/\D/g, '');
	if (digits !== '') return Number(digits);
	const chinese = label.replace(/[^一二三四五六七八九十]/g, '');
	const unit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
	const ten = chinese.indexOf('十');
	return ten === -1 ? unit(chinese[0]) : (ten === 0 ? 1 : unit(chinese[0])) * 10 + unit(chinese[ten + 1]);
}

const CONTACT = /^(联系人|联系电话|电话|邮箱|地址)[：:](.+)$/;

/**
 * A text as a DOCX: lines numbered 一、 （一） 1. become Word-numbered paragraphs without the
 * typed number (as Word users write them), contact lines (联系人：…) become a two-column table.
 */
export async function textToDocx(text: string): Promise<Uint8Array> {
	const children: (Paragraph | Table)[] = [];
	let rows: TableRow[] = [];
	let counters: number[] = [];
	let instance = 0;
	const flush = () => {
		if (rows.length > 0) children.push(new Table({ rows }));
		rows = [];
	};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '') continue;
		const contact = CONTACT.exec(line);
		if (contact) {
			const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
			rows.push(new TableRow({ children: [cell(contact[1]!), cell(contact[2]!.trim())] }));
			continue;
		}
		flush();
		const level = LEVELS.findIndex((l) => l.pattern.test(line));
		const typed = level === -1 ? 0 : numberOf(LEVELS[level]!.pattern.exec(line)![0]);
		// Word numbers on from the last item of a level: a list starting again at 1 is a new
		// instance (numId), and a number Word would not give is left typed.
		if (level !== -1 && typed === 1 && (counters[level] ?? 0) !== 0) (instance++, (counters = []));
		if (level === -1 || typed !== (counters[level] ?? 0) + 1) {
			children.push(new Paragraph({ children: [new TextRun(line)] }));
			continue;
		}
		counters[level] = typed;
		counters.length = level + 1;
		children.push(new Paragraph({ children: [new TextRun(line.replace(LEVELS[level]!.pattern, ''))], numbering: { reference: 'notice', level, instance } }));
	}
	flush();
	const levels = LEVELS.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.LEFT }));
	const doc = new Document({ numbering: { config: [{ reference: 'notice', levels }] }, sections: [{ children }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A text as a saved bureau page: site navigation, breadcrumbs, a 发布时间 line, the text as the
 * article, a footer; a line 附件：TITLE becomes a bare 附件： line and a link to TITLE.docx.
 */
export function textToPage(text: string, title: string): string {
	const article = text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const attachment = /^附件[：:]\s*(.+)$/.exec(line.trim());
			if (attachment) return `<p>附件：</p><p><a href="/files/a1.docx">${escape(attachment[1]!)}.docx</a></p>`;
			return `<p>${escape(line.trim())}</p>`;
		})
		.join('\n');
	return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}_通知公告_某市市场监督管理局</title>
<script>document.title = 'changed';</script></head><body>
<header><nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/tzgg/">通知公告</a> <a href="/hdjl/">互动交流</a></nav></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<main><article><h1>${escape(title)}</h1><div class="info">发布时间：2025-05-20 来源：本局 浏览次数：321</div>
<div class="content">${article}</div></article></main>
<footer><p>主办单位：某市市场监督管理局 地址：某市某路1号 备案号：某ICP备00000000号</p><p><a href="/sitemap/">网站地图</a> <a href="/contact/">联系我们</a></p></footer>
</body></html>`;
}
