/**
 * Precision and recall of search over the built site (dist/, which `npm test` builds before the
 * tests): for every query, the notices the literal index returns are exactly the notices whose own
 * text (title and full text, read from content/notices/*.mdx as the page shows it, never from
 * the built page) contains every term of the query. Labels the site adds (card headings such as
 * 申报要点, 截止日期, 名额) must not make a notice match (issue 15).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { gfm } from 'micromark-extension-gfm';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { beforeAll, describe, expect, test } from 'vitest';
import { foldText } from '../../src/search/fold-text.ts';
import { fragmentFile, type SearchManifest } from '../../src/search/literal-format.ts';
import { matchQuery } from '../../src/search/match-query.ts';
import { inflateShard } from '../../src/search/query/inflate-shard.ts';
import { LiteralIndex } from '../../src/search/query/literal-index.ts';
import { parseDocTable } from '../../src/search/query/parse-doc-table.ts';
import { noticeIds, readNotice } from '../helpers/read-notice.ts';

const DIST = join(import.meta.dirname, '../../dist');
const LITERAL = join(DIST, 'search/literal');
const NOTICES = join(import.meta.dirname, '../../content/notices');

/**
 * A notice's own text as its page shows it: its title, then each block of its MDX body on a line
 * of its own. A paragraph made only of facts (`<Fact>…</Fact><Fact>…</Fact>` alone on a line) is
 * read by MDX as block elements, one per fact, and the page shows a space between them; so do the
 * blocks here. (The page's text, not the comparator's blocks: this checks what a reader searches.)
 */
const ownText = (id: string) => {
	const mdx = readFileSync(join(NOTICES, `${id}.mdx`), 'utf8');
	const body = mdx
		.slice(mdx.indexOf('\n---\n', 3) + 5)
		.replace(/^<Fact\b.*<\/Fact>$/gmu, (line) => line.replaceAll('</Fact><Fact', '</Fact>\n\n<Fact'));
	const tree = fromMarkdown(body, { extensions: [mdxJsx(), gfm()], mdastExtensions: [mdxJsxFromMarkdown(), gfmFromMarkdown()] });
	return [readNotice(id).title ?? '', ...tree.children.flatMap(blockTexts)].join('\n');
};

/** The visible text of each heading or paragraph in a node, JSX wrappers unwrapped. */
function blockTexts(node: Nodes): string[] {
	if (node.type === 'heading' || node.type === 'paragraph') return [visible(node).trim()];
	return 'children' in node ? node.children.flatMap((child) => blockTexts(child as Nodes)) : [];
}

function visible(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'break') return '\n';
	return 'children' in node ? node.children.map((child) => visible(child as Nodes)).join('') : '';
}

const texts = new Map(noticeIds.map((id) => [id, foldText(ownText(id))]));

/** The ground truth: notices containing every whitespace-separated term, folded as documented. */
const expected = (query: string) => {
	const terms = foldText(query).split(/\s+/u).filter(Boolean);
	return noticeIds.filter((id) => terms.every((term) => texts.get(id)?.includes(term)));
};

let index: LiteralIndex;
let idOfDoc: string[];

beforeAll(async () => {
	const manifest = JSON.parse(readFileSync(join(LITERAL, 'manifest.json'), 'utf8')) as SearchManifest;
	const table = parseDocTable(await inflateShard(readFileSync(join(LITERAL, 'docs.bin')), 'docs.bin'));
	index = new LiteralIndex(manifest, async (file) => readFileSync(join(LITERAL, file)));
	// Notice d's page, from the fragment the build wrote under its number.
	idOfDoc = await Promise.all(
		Array.from({ length: table.count }, async (_, doc) => {
			const bytes = await inflateShard(readFileSync(join(DIST, fragmentFile(doc))), fragmentFile(doc), 'pagefind_dcd');
			return (JSON.parse(new TextDecoder().decode(bytes)) as { url: string }).url.split('/')[2] ?? '';
		}),
	);
});

const found = async (query: string) => [...(await matchQuery(index, query)).phrase.keys()].map((doc) => idOfDoc[doc] ?? '').sort();

// Written by hand: what each query is there for.
const QUERIES: [query: string, why: string][] = [
	['申报条件', 'a section heading in some notices and, before issue 15, a card heading on every page'],
	['申报要点', 'a site label only'],
	['下载截止日期日历', 'a link the page adds'],
	['最多2个', "a card's quota label"],
	['重点方向', "the domains card's label"],
	['通知全文', 'the heading over the full text'],
	['未载明', 'what an empty card says'],
	['截止日期', 'a card label that some notices also write'],
	['名额', 'a card label that some notices also write'],
	['联系人', 'a word in most notices'],
	['标準化試點', 'traditional characters, folded as the index is'],
	['標準化', 'traditional characters'],
	['〔2026〕', 'a 文号 year in its own brackets'],
	['[2026]', 'the same in ASCII brackets'],
	['［2023］', 'full-width square brackets'],
	['２０２６年', 'full-width digits'],
	['ＬＮＢＺＣＨＹ', 'full-width capitals of an e-mail address'],
	['围绕农业农村', 'text running into a highlighted fact'],
	['（二）请省', 'a list number before a fact'],
	['8月15日', 'a date'],
	['5月20日', 'a date in one notice'],
	['沈阳', 'a place'],
	['渝北区', 'a district'],
	['智慧农业', 'a domain named in the text'],
	['国家标准化试点', 'a long frequent phrase'],
	['信用中国', 'a phrase in quotes'],
	['024-96315-1-3515', 'a phone number'],
	['sacinfo', 'part of a URL'],
	['申报 条件', 'two terms, both required'],
	['智慧农业 上海', 'two terms in one notice'],
	['没有这个词语的通知', 'nothing'],
];

/** Substrings cut from each notice's own text at fixed pseudo-random places: recall anywhere. */
function cutQueries(perNotice: number): string[] {
	let seed = 15;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
	return noticeIds.flatMap((id) => {
		const text = ownText(id);
		return Array.from({ length: perNotice }, () => {
			const length = 2 + (next() % 7);
			const start = next() % (text.length - length);
			return text.slice(start, start + length);
		}).filter((query) => !/\s/u.test(query) && foldText(query).length >= 2);
	});
}

describe('search precision and recall (dist/)', () => {
	test('the hand-written queries cover notices found, not found and site labels', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(30);
		expect(expected('申报要点')).toEqual([]);
		expect(expected('没有这个词语的通知')).toEqual([]);
		expect(expected('申报条件').length).toBeGreaterThan(0);
		expect(expected('申报条件').length).toBeLessThan(noticeIds.length);
		expect(expected('標準化')).toEqual(noticeIds);
	});

	test.each(QUERIES)('%s (%s): exactly the notices whose text contains it', async (query) => {
		expect(await found(query)).toEqual(expected(query));
	});

	test('every substring cut from a notice finds exactly the notices containing it', async () => {
		const queries = cutQueries(20);
		expect(queries.length).toBeGreaterThan(60);
		for (const query of queries) expect(await found(query), query).toEqual(expected(query));
	});
});
