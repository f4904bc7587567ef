/**
 * Title, 发文机关 and 文号 from the notice's header parts; the issuers fall back to the title's
 * prefix (…办公室关于…) and to the signature.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { DOC_NUMBER, ORG_SUFFIX } from '../segment/patterns.ts';
import { blocksOfFile, noticeOf } from './context.ts';
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

const TITLE_ISSUER = new RegExp(`^([^《》“”]{2,60}?${ORG_SUFFIX})关于`);

/** The unified plugin that fills `title`, `issuers` and `docNumber`. */
export function remarkNoticeHeader() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		const notice = noticeOf(file);
		const title = byPart(blocks, 'title')[0]?.text.replace(/\s+/g, '') ?? null;
		notice.title = title;
		const doc = byPart(blocks, 'docNumber')[0]?.text ?? labelledDocNumber(blocks);
		notice.docNumber = doc ? formatDocNumber(DOC_NUMBER.exec(doc)?.[1] ?? doc) : null;
		const masthead = byPart(blocks, 'masthead').flatMap((b) => splitIssuers(b.text));
		const fromTitle = title ? TITLE_ISSUER.exec(title)?.[1] : undefined;
		const signature = byPart(blocks, 'signature')
			.flatMap((b) => b.text.split('\n').slice(0, -1))
			.filter((line) => !/[（(](?:代章|盖章)[）)]/.test(line));
		notice.issuers = masthead.length > 0 ? masthead : fromTitle ? splitIssuers(fromTitle) : signature;
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
