/**
 * Fragments read directly from Pagefind's files, as pagefind.js 1.6's `loadFragment` gives them:
 * the doc table names the bundle and file, a group is fetched once, the text loses its word
 * separators, raw_content keeps them with < and > escaped, and urls go under the site's base.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { DocTable } from '../../src/search/doc-table.ts';
import { Fragments } from '../../src/search/query/fragments.ts';

const stored = (url: string, content: string) => ({ url, content, word_count: 2, filters: {}, meta: { title: `标题${url}` }, anchors: [{ element: 'h2', id: 'x', text: '二、申报条件', location: 1 }] });
const pagefindFile = (data: unknown) => new Uint8Array(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(data)}`)));

const table = {
	pages: ['zh-cn_a', 'zh-cn_b', 'zh-cn_c'],
	bundles: [0, 1, 1],
	files: ['zh-cn_a', 'zh-cn_g', 'zh-cn_g'],
} as Pick<DocTable, 'pages' | 'bundles' | 'files'> as DocTable;

const files: Record<string, Uint8Array> = {
	'pagefind/fragment/zh-cn_a.pf_fragment': pagefindFile(stored('/notices/a/', '申报\u200B条件<b>')),
	'pagefind/part-1/fragment/zh-cn_g.pf_fragment': pagefindFile({ 'zh-cn_b': stored('/notices/b/', '截止'), 'zh-cn_c': stored('/notices/c/', '联系人') }),
};

function fragmentsAt(base: string) {
	const fetched: string[] = [];
	const fragments = new Fragments(table, ['pagefind/', 'pagefind/part-1/'], base, async (path) => {
		fetched.push(path);
		const bytes = files[path];
		if (bytes === undefined) throw new Error(`404 ${path}`);
		return bytes;
	});
	return { fragments, fetched };
}

describe('Fragments', () => {
	test('returns a page of its own file as Pagefind does: text without separators, raw text escaped', async () => {
		const { fragments } = fragmentsAt('/');
		const fragment = await fragments.of(0);
		expect(fragment).toMatchObject({ url: '/notices/a/', content: '申报条件<b>', raw_content: '申报\u200B条件&lt;b&gt;', meta: { title: '标题/notices/a/' } });
		expect(fragment.anchors).toEqual([{ element: 'h2', id: 'x', text: '二、申报条件', location: 1 }]);
	});

	test('reads pages of a fragment group from one fetch of its bundle', async () => {
		const { fragments, fetched } = fragmentsAt('/');
		expect((await Promise.all([fragments.of(1), fragments.of(2)])).map((f) => [f.url, f.content])).toEqual([
			['/notices/b/', '截止'],
			['/notices/c/', '联系人'],
		]);
		expect(fetched).toEqual(['pagefind/part-1/fragment/zh-cn_g.pf_fragment']);
	});

	test('puts urls under the site base', async () => {
		expect((await fragmentsAt('/pilot/').fragments.of(2)).url).toBe('/pilot/notices/c/');
	});

	test('accepts a file the server already inflated, and retries a failed fetch', async () => {
		let fail = true;
		const inflated = new TextEncoder().encode(`pagefind_dcd${JSON.stringify(stored('/notices/a/', '申报'))}`);
		const fragments = new Fragments(table, ['pagefind/'], '/', async () => {
			if (fail) throw new Error('offline');
			return inflated;
		});
		await expect(fragments.of(0)).rejects.toThrow('offline');
		fail = false;
		expect((await fragments.of(0)).content).toBe('申报');
	});
});
