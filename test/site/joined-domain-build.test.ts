/**
 * A domain item that joins two fields is found under each (issue 13: pages stay as they were
 * before ingest wrote canonical ids). Built from two ingested notices: Shanghai 2023, whose
 * 科技创新领域、制造业领域 names 高新技术 and 制造业, and Tianjin 2025, whose 高技术领域 is 高新技术.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useFixtureBuild, type FixtureContent } from '../helpers/build-site.ts';

const SHANGHAI = 'shanghai-2023-municipal-pilot-call';
const TIANJIN = 'tianjin-2025-municipal-pilot-recommendation';
const JOINED = `<a href="/notices/${SHANGHAI}/#domain-2">科技创新领域、制造业领域</a>`;

/** The two notices as ingest wrote them (record and blocks), serving no sources. */
async function content(dir: string): Promise<FixtureContent> {
	const [notices, sources] = [join(dir, 'notices'), join(dir, 'sources')];
	mkdirSync(notices);
	mkdirSync(sources);
	for (const id of [SHANGHAI, TIANJIN]) {
		for (const ext of ['mdx', 'blocks.json']) cpSync(join('content/notices', `${id}.${ext}`), join(notices, `${id}.${ext}`));
	}
	return Promise.resolve({ notices, sources });
}

const site = useFixtureBuild(content);
const page = (path: string) => site.read(`${path}/index.html`);
/** A table row's HTML, by the domain page its heading links to. */
const row = (html: string, slug: string) => new RegExp(`<tr[^>]*>\\s*<th scope="row"><a href="/domains/${slug}/">.*?</tr>`, 'su').exec(html)?.[0] ?? '';

describe('domain pages', () => {
	test('list Shanghai 2023 under 高新技术 and under 制造业, by its joined wording', () => {
		expect(page('domains/high-tech/2023')).toContain(JOINED);
		expect(page('domains/high-tech/2025')).toContain(`<a href="/notices/${TIANJIN}/#domain-2">高技术领域</a>`);
		expect(page('domains/manufacturing')).toContain('<h1>制造业</h1>');
		expect(page('domains/manufacturing')).toContain('href="/domains/manufacturing/2023/"');
		expect(page('domains/manufacturing/2023')).toContain(JOINED);
		expect(page('domains')).toContain('href="/domains/manufacturing/"');
	});
});

describe('domain matrices', () => {
	test('count Shanghai 2023 in the 2023 column of both rows of 领域 × 年度', () => {
		const html = page('matrix/domains');
		expect(row(html, 'high-tech')).toContain('<a href="/domains/high-tech/2023/">1个地区</a>');
		expect(row(html, 'manufacturing')).toContain('<a href="/domains/manufacturing/2023/">1个地区</a>');
		expect(row(html, 'manufacturing')).not.toContain('/domains/manufacturing/2025/');
	});

	test('tick Shanghai 2023 in both rows of the 2023 notice matrix, linked to its item', () => {
		const html = page('matrix/2023');
		for (const slug of ['high-tech', 'manufacturing']) {
			expect(row(html, slug)).toContain(`<a class="matrix-present" href="/notices/${SHANGHAI}/#domain-2" title="科技创新领域、制造业领域">`);
		}
	});
});

describe('search filters', () => {
	test('give Shanghai 2023 both 领域 values of its joined item', () => {
		const html = page(`notices/${SHANGHAI}`);
		expect(html).toContain('data-pagefind-filter="领域:高新技术"');
		expect(html).toContain('data-pagefind-filter="领域:制造业"');
	});
});

describe('a joined item with a field the taxonomy lacks', () => {
	const PARTLY = `<a href="/notices/${SHANGHAI}/#domain-4">生态绿色领域、长三角一体化领域</a>`;

	test('lists Shanghai 2023 under 生态环境 (its 生态绿色) and under 长三角一体化', () => {
		const slug = /href="\/domains\/([^/"]+)\/"[^>]*>长三角一体化</u.exec(page('domains'))?.[1];
		expect(slug).toBeDefined();
		expect(page(`domains/${slug}`)).toContain('<h1>长三角一体化</h1>');
		expect(page(`domains/${slug}/2023`)).toContain(PARTLY);
		expect(page('domains/ecology/2023')).toContain(PARTLY);
	});

	test('gives Shanghai 2023 both 领域 values', () => {
		const html = page(`notices/${SHANGHAI}`);
		expect(html).toContain('data-pagefind-filter="领域:生态环境"');
		expect(html).toContain('data-pagefind-filter="领域:长三角一体化"');
	});
});
