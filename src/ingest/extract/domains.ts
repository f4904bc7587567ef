/**
 * 领域 and their focus lists. Notices name them in several ways, tried in this order:
 * 1. numbered items under a 领域/方向 heading, or headings that end in 领域 (一、农业农村领域),
 *    focus from their brackets or from the enumeration under them;
 * 2. field items `社会管理领域：城市数字治理、安全生产…` under a 领域/方向 context;
 * 3. clauses `服务业方面，重点围绕文化旅游、…等领域开展`;
 * 4. running text `围绕农业农村、消费品…等领域`, `在工业、农业…等领域开展` (each item a domain) or
 *    `聚焦5G、物联网…等新型基础设施领域` (one domain, items its focus);
 * 5. items of a scope section or of a 重点…： line (申报范围, 资助范围, 申报项目类别): see scope-domains.ts;
 * 6. when none of these, the desks of per-domain contacts (智慧农业领域：孟宪芸 27182054).
 * A programme the notice calls for is never one of its domains (programmes.ts runs first).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contextText, withoutNumbering, type Block } from './blocks.ts';
import { addAnchor, blocksOfFile, noticeOf, sentencesOf } from './context.ts';
import { cleanItems, splitEnumeration } from './enumeration.ts';
import { enumerationAfter, focusOf } from './focus.ts';
import { byLabelledLists, byParallelFields, byScopeSections, type FoundDomain as Found } from './scope-domains.ts';

const DOMAIN_CONTEXT = /领域|方向|重点项目|申报重点|征集范围/;
const ENDS_AS_DOMAIN = /(?:领域|领域专项|专项)$/;
/** A heading that names the list of domains rather than a domain: 一、重点领域, 申报领域. */
const CONTAINER = /^(?:重点|申报|征集|试点|主要|相关|适用|支持)(?:领域|方向|范围)$/;

/** A key that lets 农业农村 and 农业农村领域 meet. */
export function domainKey(name: string): string {
	return name.replace(/[\s“”"]/g, '').replace(/(?:领域专项|专项|领域|方面)$/, '');
}

function byHeadings(blocks: Block[]): Found[] {
	const out: Found[] = [];
	for (const block of blocks) {
		if (!block.node.data?.numbering) continue;
		const body = withoutNumbering(block);
		const short = body.text.length <= 40 && !/[。；：:]/.test(body.text);
		// contextText joins the texts of every block above: the cheap tests go first.
		const inContext = short && block.node.type === 'heading' && DOMAIN_CONTEXT.test(contextText(block));
		if (CONTAINER.test(body.text) || (!(short && ENDS_AS_DOMAIN.test(body.text)) && !inContext)) continue;
		const bracket = /^(.+?)[（(](.+)[）)]$/.exec(body.text);
		const name = bracket ? bracket[1]! : body.text;
		const focus = bracket
			? cleanItems(splitEnumeration({ text: bracket[2]!, start: 0 })).map((s) => s.text)
			: focusUnder(blocks, block);
		out.push({ name, focus, span: body });
	}
	return out;
}

/** The focus list in the paragraphs right under a domain heading. */
function focusUnder(blocks: Block[], heading: Block): string[] {
	for (let index = heading.index + 1; index < blocks.length; index++) {
		const block = blocks[index]!;
		if (!block.parents.includes(heading)) break;
		const focus = focusOf({ text: block.text, start: block.start });
		if (focus.length > 0) return focus.map((s) => s.text);
	}
	return [];
}

const FIELD_ITEM = /^([^：:，。]{2,30}?(?:领域|方面|方向|产业))[：:](.+)$/;
const VERB_PHRASE = /^(?:开展|建立|推动|推进|加强|完善|提升|促进|实施|探索|打造|培育)/;

function byFieldItems(blocks: Block[]): Found[] {
	const out: Found[] = [];
	for (const block of blocks) {
		const body = withoutNumbering(block);
		// FIELD_ITEM tries its lazy label at up to 30 lengths: a block without a colon has none.
		if (!body.text.includes('：') && !body.text.includes(':')) continue;
		const m = FIELD_ITEM.exec(body.text);
		if (!m || !DOMAIN_CONTEXT.test(contextText(block)) || /联系/.test(m[1]!)) continue;
		const listStart = body.start + m[1]!.length + 1;
		const parts = splitEnumeration({ text: m[2]!.replace(/[。；;]$/, ''), start: listStart }, '，；');
		const items = parts.flatMap((p) => (VERB_PHRASE.test(p.text) ? [p] : splitEnumeration(p)));
		out.push({ name: m[1]!, focus: cleanItems(items).map((s) => s.text), span: { text: m[1]!, start: body.start } });
	}
	return out;
}

const ASPECT = /^([\u4e00-\u9fff]{2,14}?)方面[，,]/;

function byAspectClauses(blocks: Block[]): Found[] {
	const out: Found[] = [];
	for (const block of blocks) {
		if (!block.text.includes('方面')) continue;
		for (const clause of sentencesOf({ text: block.text, start: block.start })) {
			const m = ASPECT.exec(clause.text);
			if (!m) continue;
			const focus = focusOf(clause);
			if (focus.length > 0) out.push({ name: m[1]!, focus: focus.map((s) => s.text), span: clause });
		}
	}
	return out;
}

function byRunningText(blocks: Block[]): Found[] {
	const out: Found[] = [];
	for (const block of blocks) {
		if (!block.text.includes('围绕') && !block.text.includes('聚焦') && !block.text.includes('等领域开展')) continue;
		for (const m of block.text.matchAll(/(?:围绕|聚焦|在)/g)) {
			const list = enumerationAfter(block.text, m.index + m[0].length);
			if (!list || !list.etc || !/^[\u4e00-\u9fff]{0,10}领域/.test(list.after)) continue;
			// 在 opens a list of domains only where the call happens there (决定在工业、农业等领域开展
			// 试点); 重点在…等领域开展 under a domain heading lists that domain's focus.
			if (m[0] === '在' && (!/^领域开展/.test(list.after) || block.text.slice(m.index - 2, m.index) === '重点')) continue;
			const named = /^([\u4e00-\u9fff]{0,10})领域/.exec(list.after)![1]!;
			const items = cleanItems(splitEnumeration({ text: list.text, start: block.start + list.start }));
			if (items.length < 2) continue;
			if (named && !/^(?:重点|相关|有关|各|新兴产业|等)$/.test(named)) {
				const at = block.start + list.start + list.text.length + 1;
				out.push({ name: `${named}领域`, focus: items.map((s) => s.text), span: { text: `${named}领域`, start: at } });
			} else items.forEach((item) => out.push({ name: item.text, focus: [], span: item }));
		}
	}
	return out;
}

const DESK = /^([^：:，。]{2,20}?领域)(?:[（(](?:包括)?(.+?)[）)])?[：:]\s*[\u4e00-\u9fff]{2,4}/;

function byContactDesks(blocks: Block[]): Found[] {
	return blocks.flatMap((block) => {
		const m = DESK.exec(block.text);
		// 重点支持以下领域：… introduces a list; a desk is named for one field.
		if (!m || /重点|以下/.test(m[1]!)) return [];
		const focus = m[2] ? cleanItems(splitEnumeration({ text: m[2], start: 0 })).map((s) => s.text) : [];
		return [{ name: m[1]!, focus, span: { text: m[1]!, start: block.start } }];
	});
}

/** The unified plugin that fills `domains`. */
export function remarkNoticeDomains() {
	return (_tree: Root, file: VFile) => {
		const blocks = blocksOfFile(file);
		const found: Found[] = [];
		const seen = new Set((noticeOf(file).programmes ?? []).map(domainKey));
		const add = (list: Found[]) => {
			for (const d of list) {
				const key = domainKey(d.name);
				if (!key || seen.has(key)) continue;
				seen.add(key);
				found.push(d);
			}
		};
		const structured = [...byHeadings(blocks), ...byFieldItems(blocks), ...byAspectClauses(blocks)];
		add(structured);
		const usedBlocks = new Set(structured.map((d) => d.span.start));
		add(byScopeSections(blocks, usedBlocks));
		add(byLabelledLists(blocks, usedBlocks));
		add(byParallelFields(blocks, usedBlocks));
		add(byRunningText(blocks.filter((b) => !usedBlocks.has(b.start))));
		if (found.length === 0) add(byContactDesks(blocks));
		noticeOf(file).domains = found.map((d, i) => {
			addAnchor(file, 'domain', i, d.span.start, d.span.start + d.span.text.length);
			// remarkNoticeDomainCanonical, next, matches it against the taxonomy.
			return { name: d.name, focus: d.focus, canonical: [], others: [] };
		});
	};
}
