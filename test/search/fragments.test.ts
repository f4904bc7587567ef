/**
 * Fragments read by notice number, as pagefind.js 1.6's `loadFragment` gives them: a notice's file
 * is fetched once, the text loses its word separators, words keeps them as stored,
 * and urls go under the site's base.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { Fragments } from '../../src/search/query/fragments.ts';

const stored = (url: string, content: string) => ({ url, content, word_count: 2, filters: {}, meta: { title: `标题${url}` }, anchors: [{ element: 'h2', id: 'x', text: '二、申报条件', location: 1 }] });
const pagefindFile = (data: unknown) => new Uint8Array(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(data)}`)));

const files: Record<string, Uint8Array> = {
	'search/fragments/0.pf_fragment': pagefindFile(stored('/notices/a/', '申报\u200B条件<b>')),
	'search/fragments/1.pf_fragment': pagefindFile(stored('/notices/b/', '截止')),
	'search/fragments/2.pf_fragment': pagefindFile(stored('/notices/c/', '联系人')),
	'search/fragments/3.pf_fragment': pagefindFile({ 'zh-cn_d': stored('/notices/d/', '分组') }),
};

function fragmentsAt(base: string) {
	const fetched: string[] = [];
	const fragments = new Fragments(base, async (path) => {
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
		expect(fragment).toMatchObject({ url: '/notices/a/', content: '申报条件<b>', words: '申报\u200B条件<b>', meta: { title: '标题/notices/a/' } });
		expect(fragment.anchors).toEqual([{ element: 'h2', id: 'x', text: '二、申报条件', location: 1 }]);
	});

	test("fetches each notice's file by its number, once however often it is shown", async () => {
		const { fragments, fetched } = fragmentsAt('/');
		expect((await Promise.all([fragments.of(1), fragments.of(2), fragments.of(1)])).map((f) => [f.url, f.content])).toEqual([
			['/notices/b/', '截止'],
			['/notices/c/', '联系人'],
			['/notices/b/', '截止'],
		]);
		expect(fetched).toEqual(['search/fragments/1.pf_fragment', 'search/fragments/2.pf_fragment']);
	});

	test('throws, naming the file, on a file that is not one fragment', async () => {
		await expect(fragmentsAt('/').fragments.of(3)).rejects.toThrow(/search\/fragments\/3\.pf_fragment.*url and content/u);
	});

	test('puts urls under the site base', async () => {
		expect((await fragmentsAt('/pilot/').fragments.of(2)).url).toBe('/pilot/notices/c/');
	});

	test('accepts a file the server already inflated, and retries a failed fetch', async () => {
		let fail = true;
		const inflated = new TextEncoder().encode(`pagefind_dcd${JSON.stringify(stored('/notices/a/', '申报'))}`);
		const fragments = new Fragments('/', async () => {
			if (fail) throw new Error('offline');
			return inflated;
		});
		await expect(fragments.of(0)).rejects.toThrow('offline');
		fail = false;
		expect((await fragments.of(0)).content).toBe('申报');
	});
});
