/**
 * Builds the site from test/fixtures/site (NOTICES_DIR) into a temporary folder and checks the
 * HTML that applicants get: headings, fact anchors, links both ways, and no script anywhere.
 * Regex over our own markup is enough here; there is no HTML parser among the dependencies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { naturalPairs } from '../../src/lib/compare-pairs.ts';
import { noticeHeading } from '../../src/lib/notice-heading.ts';
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

const fixtures = 'test/fixtures/site';
let out = '';

/** The record in an MDX file's frontmatter (one `key: <JSON>` per line). */
function readRecord(file: string): NoticeRecord {
	const [, frontmatter = ''] = readFileSync(file, 'utf8').split(/^---$/m);
	const lines = frontmatter.trim().split('\n');
	const entries = lines.map((line) => {
		const colon = line.indexOf(': ');
		return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown];
	});
	return NoticeSchema.parse(Object.fromEntries(entries));
}

const records = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => readRecord(join(fixtures, file)));
const record = (id: string) => records.find((r) => r.id === id) as NoticeRecord;
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const files = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'site-build-'));
	const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
		encoding: 'utf8',
		env: { ...process.env, NOTICES_DIR: `./${fixtures}`, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

afterAll(() => {
	if (out !== '') rmSync(out, { recursive: true, force: true });
});

describe('site build', () => {
	test('gives each notice a page whose only h1 is its heading', () => {
		for (const notice of records) {
			const html = page(`notices/${notice.id}`);
			expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
			expect(html).toContain(`<h1>${noticeHeading(notice)}</h1>`);
		}
		expect(page('notices/yubei-2023-municipal-pilot')).toContain(
			'<h1>重庆市渝北区标准化协调推进部门联席会议办公室通知（2023年度）</h1>',
		);
	});

	test('gives every card link an anchor in the text', () => {
		for (const notice of records) {
			const html = page(`notices/${notice.id}`);
			const targets = [...html.matchAll(/class="fact-link" href="#([^"]+)"/g)].map((m) => m[1]);
			expect(targets.length).toBeGreaterThan(0);
			for (const id of targets) expect(html).toContain(`<span id="${id}" class="fact-anchor"`);
		}
	});

	test('pre-renders every natural pair, links each notice to its pairs, and serves the picker its data', () => {
		const pairs = naturalPairs(records);
		expect(pairs.length).toBeGreaterThan(0);
		for (const { a, b } of pairs) {
			const html = page(`compare/${a}/${b}`);
			expect(html).toContain(`data-a="${a}" data-b="${b}"`);
			expect(html).toMatch(/<p class="cmp-summary">[^<]+<\/p>/);
			for (const id of [a, b]) expect(page(`notices/${id}`)).toContain(`href="/compare/${a}/${b}/"`);
		}
		const compared = readdirSync(join(out, 'compare'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
		expect(compared).toHaveLength(pairs.length + 1);
		for (const notice of records) {
			const doc = JSON.parse(readFileSync(join(out, 'data/compare', `${notice.id}.json`), 'utf8')) as { record: NoticeRecord; blocks: unknown[] };
			expect(doc.record).toEqual(notice);
			expect(doc.blocks.length).toBeGreaterThan(0);
		}
	});

	test('ships script only to the comparison and search pages, which read without it', () => {
		const all = files(out);
		const scripts = all.filter((file) => file.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		for (const file of scripts) expect(relative(out, file)).toMatch(/^(_astro\/[\w.-]+|pagefind\/pagefind(-worker)?)\.js$/);
		for (const file of all.filter((f) => f.endsWith('.html'))) {
			const scripted = /<script/i.test(readFileSync(file, 'utf8'));
			expect(scripted, relative(out, file)).toBe(/^(compare|search)\//.test(relative(out, file)));
		}
	});

	test('indexes the notice pages with Pagefind and the literal index, one doc per notice', () => {
		const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages['zh-cn']?.page_count).toBe(records.length);
		const manifest = JSON.parse(readFileSync(join(out, 'search/literal/manifest.json'), 'utf8')) as { docs: number; shards: Record<string, number> };
		expect(manifest.docs).toBe(records.length);
		for (const [kind, count] of Object.entries(manifest.shards)) {
			for (let i = 0; i < count; i++) expect(readFileSync(join(out, `search/literal/${kind}-${i}.bin`)).length).toBeGreaterThan(0);
		}
		const docs = JSON.parse(readFileSync(join(out, 'search/literal/docs.json'), 'utf8')) as { pages: string[]; values: Record<string, string[]> };
		expect(docs.pages).toHaveLength(records.length);
		expect(docs.values['region']).toEqual([...new Set(records.map((r) => r.jurisdiction.name))].sort());
	});

	test('keeps metadata and notes out of the indexed text, and declares filters without the build date', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toMatch(/<dl class="notice-meta" data-pagefind-ignore/);
		expect(html).toContain('data-pagefind-filter="截止日期:2026-05-20"');
		expect(html).toContain('data-pagefind-filter="地区:辽宁省"');
		expect(html).toContain('data-pagefind-sort="deadline:2026-05-20"');
		expect(html).not.toMatch(/申报中|已截止|data-status/);
	});

	test('shows escaped braces and tags in the text literally', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toContain('{1+1}');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	test('links an embedded notice and its carrier both ways', () => {
		const carrier = 'href="/notices/liaoning-2026-pilot-recommendation/"';
		const carried = 'href="/notices/national-2026-pilot-call/"';
		expect(page('notices/national-2026-pilot-call')).toContain(carrier);
		expect(page('notices/liaoning-2026-pilot-recommendation')).toContain(carried);
	});

	test('writes dates, yearly deadlines and periods in Chinese', () => {
		const html = page('notices/national-2026-pilot-call');
		expect(html).toContain('2026年4月9日');
		expect(html).toContain('每年11月30日');
		expect(html).toContain('2027年—2028年');
	});

	test('says 未载明 for an empty card', () => {
		const html = page('notices/yubei-2023-municipal-pilot');
		expect(html).toMatch(/<h3 id="card-quota">名额<\/h3><p class="card-empty">未载明<\/p>/);
	});

	test('dials only digits', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toContain('<a href="tel:0249631513515">024-96315-1-3515</a>');
		expect(html).toContain('<a href="mailto:lnbzchy@163.com">');
	});

	test('lists notices by jurisdiction, year and merged domain', () => {
		expect(page('jurisdictions/liaoning-sheng')).toContain('<h1>辽宁省</h1>');
		expect(page('years/2023')).toContain(record('yubei-2023-municipal-pilot').issuers[0]);
		const domain = page('domains/nongyenongcun');
		expect(domain).toContain('#domain-0">农业农村</a>');
		expect(domain).toContain('#domain-0">农业农村领域</a>');
		for (const index of ['jurisdictions', 'years', 'domains']) {
			expect(page(index)).toContain('<h1>');
		}
	});

	test('marks every page as Chinese with a main landmark and a skip link', () => {
		for (const file of files(out).filter((f) => f.endsWith('.html'))) {
			const html = readFileSync(file, 'utf8');
			expect(html).toContain('<html lang="zh-CN">');
			expect(html).toContain('<a class="skip-link" href="#main">');
			expect(html).toContain('<main id="main"');
		}
	});

	test('never skips a heading level', () => {
		for (const file of files(out).filter((f) => f.endsWith('.html'))) {
			const html = readFileSync(file, 'utf8');
			const levels = [...html.matchAll(/<h([1-6])[\s>]|aria-level="(\d)"/g)].map((m) =>
				Number(m[1] ?? m[2]),
			);
			levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
		}
	});
});
