/**
 * Title, 发文机关 and 文号 from the notice's header parts. The issuers come from the masthead, else
 * the title's prefix (…办公室关于…), the signature, the body naming itself (…决定, 我部), the web
 * page's 发文部门 line, and last a well-known 文号 prefix (SOURCES.md: issuers come from the title,
 * signature or a 发布部门 line, or from the body naming itself). The 文号 falls back to the page's.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { DOC_NUMBER, ORG_SUFFIX } from '../segment/patterns.ts';
import { blocksOfFile, noticeOf } from './context.ts';
import { docNumberIssuer } from './doc-number-issuer.ts';
import { pageFactsOf } from './page-facts.ts';
import { selfNamedIssuers } from './self-named.ts';
import type { Block } from './blocks.ts';

const byPart = (blocks: Block[], part: string) =>
	blocks.filter((b) => b.node.type === 'paragraph' && b.node.data?.part === part && !b.node.data.inAttachment);

/**
 * Writes a 文号 in its canonical form (GB/T 9704-2012 §7.2.4: year in 〔〕, no spaces, no 第).
 * @example formatDocNumber('国标委发[2026] 第23号') // '国标委发〔2026〕23号'
 */
export function formatDocNumber(raw: string): string {
	return raw
		.replace(/\s+/g, '')
		.replace(/[\[［(（【]((?:19|20)\d{2})[\]］)）】]/, '〔$1〕')
		.replace(/〕第/, '〕');
}

/** Splits a masthead or a title prefix into issuing bodies: 甲局 乙委员会, 甲局、乙委. */
export function splitIssuers(text: string): string[] {
	return text
		.replace(/文件$/, '')
		.split(/[\s、，,]+/)
		.map((s) => s.trim())
		.filter((s) => s.length >= 2);
}

// Not from 关于 on: 关于转发市市场监管委关于… names the forwarded notice's issuer, not its own.
const TITLE_ISSUER = new RegExp(`^(?!关于)([^《》“”]{2,60}?${ORG_SUFFIX})关于`);

/** A signature line's date, written after the name on the same line: 某部办公厅 2023年6月15日. */
const TRAILING_DATE = /\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.*$|\s*\d{4}[.\/-]\d{1,2}[.\/-]\d{1,2}$/;

/** The issuing bodies a signature names: every line but the date, a date after a name cut off. */
function signatureIssuers(blocks: Block[]): string[] {
	return byPart(blocks, 'signature')
		.flatMap((b) => b.text.split('\n'))
		.map((line) => line.replace(TRAILING_DATE, ''))
		.filter((line) => line !== '' && !/[（(](?:代章|盖章)[）)]/.test(line))
		.flatMap(splitIssuers)
		.flatMap((name) => name.split(JOINED_NAMES));
}

/**
 * Where two bodies' names meet in a joint signature whose spaces pdf-spaces dropped
 * (省质监局省财政厅): a name's last word, then the next name's place. A name does not hold this
 * inside it (辽宁省市场…: 宁 ends no name).
 */
const JOINED_NAMES = /(?<=局|厅|委员会|委|办公室|政府)(?=省|市|县|区|国家)/;

/** The first non-empty list of issuers, from the most to the least direct source. */
function firstOf(...sources: Array<() => string[]>): string[] {
	for (const source of sources) {
		const found = source();
		if (found.length > 0) return found;
	}
	return [];
}

/** The unified plugin that fills `title`, `issuers` and `docNumber`. */
export function remarkNoticeHeader() {
	return (tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		const notice = noticeOf(file);
		const page = pageFactsOf(tree);
		const title = byPart(blocks, 'title')[0]?.text.replace(/\s+/g, '') ?? null;
		notice.title = title;
		const doc = byPart(blocks, 'docNumber')[0]?.text ?? labelledDocNumber(blocks) ?? page.docNumber;
		notice.docNumber = doc ? formatDocNumber(DOC_NUMBER.exec(doc)?.[1] ?? doc) : null;
		// A body that cites the title as a document (详见《…的通知》) relays that notice: the title is
		// the page's, naming the relayed notice's issuer, not this text's.
		const relayed = title !== null && blocks.some((b) => b.text.includes(`《${title}》`));
		const fromTitle = title && !relayed ? TITLE_ISSUER.exec(title)?.[1] : undefined;
		const fromDocNumber = docNumberIssuer(notice.docNumber);
		notice.issuers = firstOf(
			() => byPart(blocks, 'masthead').flatMap((b) => splitIssuers(b.text)),
			() => (fromTitle ? splitIssuers(fromTitle) : []),
			() => signatureIssuers(blocks),
			() => selfNamedIssuers(blocks),
			() => (page.issuer ? [page.issuer] : []),
			() => (fromDocNumber ? [fromDocNumber] : []),
		);
	};
}

/** A 文号 written as a field (文号：…), as web pages give it. */
function labelledDocNumber(blocks: Block[]): string | null {
	for (const block of blocks.slice(0, 12)) {
		const m = /^(?:发文字号|文号)[：:]\s*(.+)$/.exec(block.text);
		if (m && DOC_NUMBER.test(m[1]!)) return m[1]!;
	}
	return null;
}
