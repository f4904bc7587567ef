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
import { naturalPairs } from '../../src/lib/compare/compare-pairs.ts';
import { noticeHeading } from '../../src/lib/notices/notice-heading.ts';
import { placeLabel } from '../../src/lib/places/place-key.ts';
import { HOME_LATEST_NOTICES } from '../../src/lib/listing/page-sizes.ts';
import { compareNotices } from '../../src/lib/notices/sort-notices.ts';
import { inflateShard } from '../../src/search/query/inflate-shard.ts';
import { parseDocTable } from '../../src/search/query/parse-doc-table.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
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
		// Its own cache: the main build (npm test) may run beside it with other notices.
		env: { ...process.env, NOTICES_DIR: `./${fixtures}`, ASTRO_CACHE_DIR: `${out}-cache`, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

afterAll(() => {
	if (out !== '') {
		rmSync(out, { recursive: true, force: true });
		rmSync(`${out}-cache`, { recursive: true, force: true });
	}
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

	test('pre-renders every natural pair of a small corpus, links each notice to its pairs, and serves the picker its data', () => {
		const pairs = naturalPairs(records);
		expect(pairs.length).toBeGreaterThan(0);
		// At most ALL_PAIRS_LIMIT notices: every pair has its page, whatever its reasons.
		expect(pairs.filter((p) => !p.prerendered)).toEqual([]);
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

	test('names both documents in a comparison’s header: 文号, issuing body and date of side a and side b', () => {
		const [pair] = naturalPairs(records);
		const html = page(`compare/${pair!.a}/${pair!.b}`);
		for (const [side, id] of [['a', pair!.a], ['b', pair!.b]] as const) {
			const notice = record(id);
			const header = new RegExp(`<div class="cmp-side cmp-side-${side}">(.*?)</div>`, 'su').exec(html)?.[1] ?? '';
			const date = /^(\d+)-0?(\d+)-0?(\d+)$/u.exec(notice.issuedOn ?? '');
			expect(header).toContain(`<dt>文号</dt><dd>${notice.docNumber ?? '未载明'}</dd>`);
			expect(header).toContain(`<dt>发文机关</dt><dd>${notice.issuers.join('、')}</dd>`);
			expect(header).toContain(`<dt>成文日期</dt><dd>${date ? `${date[1]}年${date[2]}月${date[3]}日` : '未载明'}</dd>`);
		}
	});

	test('ships script only to the comparison, search, matrix, notice and deadline pages, which read without it', () => {
		const all = files(out);
		// Notice pages count days left and remember checklist ticks; the timeline marks past dates.
		const enhanced = (path: string) =>
			['compare/', 'notices/', 'search/', 'deadlines/'].some((dir) => path.startsWith(dir)) ||
			/^matrix\/\d{4}\//.test(path);
		// A JSON data block is not a script.
		const scripts = (html: string) => html.match(/<script(?![^>]*application\/json)/gi) ?? [];
		for (const file of all.filter((f) => f.endsWith('.js'))) {
			expect(relative(out, file)).toMatch(/^(_astro\/[\w.-]+|pagefind\/pagefind(-worker)?)\.js$/);
		}
		for (const file of all.filter((f) => f.endsWith('.html'))) {
			const path = relative(out, file);
			expect(scripts(readFileSync(file, 'utf8')).length > 0, path).toBe(enhanced(path));
		}
	});

	test('indexes the notice pages with Pagefind and the literal index, one doc per notice', async () => {
		const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages['zh-cn']?.page_count).toBe(records.length);
		const manifest = JSON.parse(readFileSync(join(out, 'search/literal/manifest.json'), 'utf8')) as { docs: number; shards: Record<string, number> };
		expect(manifest.docs).toBe(records.length);
		for (const [kind, count] of Object.entries(manifest.shards)) {
			for (let i = 0; i < count; i++) expect(readFileSync(join(out, `search/literal/${kind}-${i}.bin`)).length).toBeGreaterThan(0);
		}
		const docs = parseDocTable(await inflateShard(readFileSync(join(out, 'search/literal/docs.bin')), 'docs.bin'));
		expect(docs.count).toBe(records.length);
		expect(docs.deadlines).toHaveLength(records.length);
		// Each notice's fragment under its number, for the search page; nothing past the last.
		expect(readdirSync(join(out, 'search/fragments')).sort()).toEqual(records.map((_, doc) => `${doc}.pf_fragment`).sort());
		expect(docs.values['region']).toEqual([...new Set(records.map((r) => placeLabel(r.jurisdiction)))].sort());
	});

	test('keeps metadata and notes out of the indexed text, and declares filters without the build date', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toMatch(/<dl class="notice-meta" data-pagefind-ignore/);
		expect(html).toContain('data-pagefind-filter="截止日期:2026-05-20"');
		expect(html).toContain('data-pagefind-filter="地区:辽宁省"');
		expect(html).toContain('data-pagefind-sort="deadline:2026-05-20"');
		// No status decided at build time (templates for the browser, like 已截止 in a data-*, are fine).
		expect(html).not.toMatch(/>\s*(?:申报中|已截止)\s*<|data-status=/);
	});

	test('shows escaped braces and tags in the text literally', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toContain('{1+1}');
		// Text, not markup: `<` escaped (`>` needs no escape in HTML text).
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
		expect(html).not.toContain('<script>alert');
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

	test('says what each deadline is for, and the submit deadline first', () => {
		const html = page('notices/national-2026-pilot-call');
		const kinds = [...html.matchAll(/<span class="deadline-kind" data-kind="(\w+)">([^<]+)<\/span>/g)].map((m) => [m[1], m[2]]);
		expect(kinds).toEqual([
			['submit', '申报截止'],
			['report', '年度报告'],
		]);
	});

	test('says 原文中未找到 for each key fact the notice lacks, and links to /review/', () => {
		const html = page('notices/dalian-2025-closing-materials');
		expect(html).toContain('<h1>大连市市场监督管理局通知（2025年度）</h1>');
		expect(html).toContain('原文中未找到标题，此标题由发文机关和年度生成。');
		expect(html).toContain('原文中未找到：标题、申报截止日期、联系人。<a href="/review/#how-to-correct">');
		expect(html).toContain('<p class="card-empty">申报截止日期：原文中未找到</p>');
		expect(html).toContain('<span class="deadline-kind" data-kind="evaluate">自评与验收</span>');
		expect(html).toMatch(/<h3 id="card-contact">联系人<\/h3><p class="card-empty">原文中未找到<\/p>/);
		expect(html).toContain('<li>截止日期：<span class="not-found">原文中未找到</span></li>');
		expect(html).toContain('<dt>项目类别</dt><dd><span class="not-found">原文中未找到</span>');
		expect(html).toContain('data-pagefind-filter="截止日期:未载明"');
		const complete = page('notices/liaoning-2026-pilot-recommendation');
		expect(complete).not.toMatch(/class="not-found|申报截止日期：原文中未找到|<p class="card-empty">原文中未找到/);
		expect(complete).toContain('<dt>项目类别</dt><dd>国家标准化试点项目');
	});

	test('names the place a notice\'s place lies in', () => {
		expect(page('notices/yubei-2023-municipal-pilot')).toContain('<a href="/jurisdictions/chongqing-shi-yubei-qu/">重庆市渝北区</a>');
	});

	test('lists on /review/<year>/ every notice lacking a key fact, with the facts and its override file', () => {
		const listed = (year: number) => [...page(`review/${year}`).matchAll(/<li data-review="([^"]+)"/g)].map((m) => m[1]);
		expect(listed(2025)).toEqual(['dalian-2025-closing-materials']);
		expect(listed(2023)).toEqual(['yubei-2023-municipal-pilot']);
		expect(() => page('review/2026')).toThrow();
		const html = page('review/2025');
		expect(html).toContain('<h1>待核对的通知（2025年度）</h1>');
		expect(html).toContain('原文中未找到：标题、申报截止日期、联系人');
		expect(html).toMatch(/<code[^>]*>content\/overrides\/dalian-2025-closing-materials\.yaml<\/code>/);
		expect(html).toContain('href="/review/#how-to-correct"');
		expect(page('review/2023')).toContain('原文中未找到：标题<br');
	});

	test('gives /review/ the count per year and how to supply a fact, linked from every footer', () => {
		const html = page('review');
		expect(html).toContain('共2份通知缺少关键信息');
		expect(html.indexOf('href="/review/2025/"')).toBeLessThan(html.indexOf('href="/review/2023/"'));
		expect(html).toContain('id="how-to-correct"');
		expect(html).toContain('field: deadlines');
		for (const path of ['', 'years', 'notices/national-2026-pilot-call']) {
			expect(page(path)).toContain('<a href="/review/">');
		}
	});

	test('shows a list\'s main deadline as the submit one, or 原文中未找到', () => {
		const html = page('years/2025');
		expect(html).toContain('<dt>截止</dt><dd><span class="not-found">原文中未找到</span></dd>');
		expect(page('years/2026')).toContain('href="/notices/national-2026-pilot-call/#deadline-1">2026年6月30日</a>');
	});

	test('heads a main deadline that binds the recommending bureaus only 推荐截止, in lists and the chain', () => {
		// Liaoning 2026 sets no date of a company's own: 5月20日 is its bureaus'.
		const liaoning = /<dt title="([^"]*)"[^>]*>推荐截止<\/dt>\s*<dd>\s*<a href="\/notices\/liaoning-2026-pilot-recommendation\/#deadline-0">2026年5月20日<\/a>/u;
		expect(page('years/2026')).toMatch(liaoning);
		expect(liaoning.exec(page('years/2026'))?.[1]).toContain('不是申报单位的');
		expect(page('years/2026')).not.toMatch(/<dt>截止<\/dt>\s*<dd>\s*<a href="\/notices\/liaoning-2026-pilot-recommendation\/#deadline-0">/u);
		const chain = page('notices/liaoning-2026-pilot-recommendation');
		expect(chain).toMatch(/<dt title="[^"]*"[^>]*>推荐截止<\/dt>\s*<dd>\s*<a href="\/notices\/liaoning-2026-pilot-recommendation\/#deadline-0">2026年5月20日<\/a>/u);
	});

	test('dials only digits', () => {
		const html = page('notices/liaoning-2026-pilot-recommendation');
		expect(html).toContain('<a href="tel:0249631513515">024-96315-1-3515</a>');
		expect(html).toContain('<a href="mailto:lnbzchy@163.com">');
	});

	test('lists notices by jurisdiction, year and canonical domain', () => {
		expect(page('jurisdictions/liaoning-sheng')).toContain('<h1>辽宁省</h1>');
		// A district's page is keyed and headed by its full path, so another 渝北区 could not share it.
		expect(page('jurisdictions/chongqing-shi-yubei-qu')).toContain('<h1>重庆市渝北区</h1>');
		expect(page('years/2023')).toContain(record('yubei-2023-municipal-pilot').issuers[0]);
		const domain = page('domains/agriculture');
		expect(domain).toContain('<h1>农业农村</h1>');
		expect(domain).toContain('href="/domains/agriculture/2026/"');
		expect(domain).toContain('href="/domains/agriculture/2023/"');
		const year2026 = page('domains/agriculture/2026');
		expect(year2026).toContain('<h1>农业农村（2026年度）</h1>');
		expect(year2026).toContain('#domain-0">农业农村</a>');
		expect(year2026).toContain('#domain-0">农业农村领域</a>');
		expect(year2026).not.toContain('#domain-2">农业</a>');
		expect(page('domains/agriculture/2023')).toContain('#domain-2">农业</a>');
		expect(page('domains')).toContain('href="/domains/agriculture/"');
		for (const index of ['jurisdictions', 'years', 'domains']) {
			expect(page(index)).toContain('<h1>');
		}
	});

	test('gives home the newest notices, every year, and the national and provincial places', () => {
		const html = page('');
		const listed = [...html.matchAll(/class="notice-summary-title" href="\/notices\/([^/]+)\/"/g)].map((m) => m[1]);
		const newest = [...records].sort(compareNotices).slice(0, HOME_LATEST_NOTICES);
		expect(listed).toEqual(newest.map((r) => r.id));
		for (const year of new Set(records.map((r) => r.year))) expect(html).toContain(`href="/years/${year}/"`);
		const places = /<section class="group" aria-labelledby="home-places">.*?<\/section>/s.exec(html)?.[0] ?? '';
		expect(places).toContain('href="/jurisdictions/quanguo/"');
		expect(places).toContain('href="/jurisdictions/liaoning-sheng/"');
		expect(places).not.toContain('href="/jurisdictions/chongqing-shi-yubei-qu/"');
		expect(places).toContain('href="/jurisdictions/"');
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

describe('notice matrix build', () => {
	// Fixture columns by year: national first, then provincial, then municipal, then district.
	const years = {
		2026: ['national-2026-pilot-call', 'liaoning-2026-pilot-recommendation'],
		2025: ['dalian-2025-closing-materials'],
		2023: ['yubei-2023-municipal-pilot'],
	};
	const order = [...years[2026], ...years[2025], ...years[2023]];
	const facets = ['年度', '层级', '地区', '发文机关', '截止日期', '名额', '建设周期', '申报途径'];

	test('gives each year a captioned table, a column per notice of that year linking to it', () => {
		for (const [year, ids] of Object.entries(years)) {
			const html = page(`matrix/${year}`);
			expect(html).toContain(`<h1>${year}年度通知对照表</h1>`);
			expect(html).toContain('<caption id="matrix-caption">各通知申报要求对照</caption>');
			expect(html).toContain('role="region" aria-labelledby="matrix-caption" tabindex="0"');
			const columns = [...html.matchAll(/<th scope="col" data-col="(\d+)"[^>]*><a href="([^"]+)">/g)];
			expect(columns.map((m) => [m[1], m[2]])).toEqual(ids.map((id, index) => [String(index), `/notices/${id}/`]));
		}
		const liaoning = 'data-level="provincial" data-year="2026" data-jurisdiction="liaoning-sheng"';
		expect(page('matrix/2026')).toContain(liaoning);
	});

	test('makes /matrix/ an index of the years’ tables, without a table of its own', () => {
		const html = page('matrix');
		expect(html).not.toContain('<table');
		expect(html.indexOf('href="/matrix/2026/"')).toBeLessThan(html.indexOf('href="/matrix/2023/"'));
		expect(html).toContain('href="/matrix.csv"');
		expect(html).toContain('href="/matrix/domains/"');
	});

	test('gives each facet and domain a row header, and every row a cell per notice', () => {
		const html = page('matrix/2026');
		const rows = [...html.matchAll(/<tr data-row="[^"]+"><th scope="row">(.*?)<\/tr>/g)];
		const labels = rows.map((m) => (m[1] ?? '').split('</th>')[0]?.replace(/<[^>]+>/g, ''));
		expect(labels.slice(0, facets.length)).toEqual(facets);
		expect(labels).toContain('联系人数量');
		expect(labels).toContain('附件数量');
		expect(labels).toContain('农业农村');
		for (const row of rows) expect(row[0].match(/<td data-col=/g)).toHaveLength(years[2026].length);
	});

	test('shows a domain with ✓ and the notice’s wording, or —', () => {
		const row = (year: number, key: string) => new RegExp(`<tr data-row="${key}">(.*?)</tr>`).exec(page(`matrix/${year}`))?.[1] ?? '';
		expect(row(2026, 'agriculture')).toContain('href="/domains/agriculture/"');
		expect(row(2026, 'agriculture')).toContain('#domain-0" title="农业农村领域"');
		expect(row(2023, 'agriculture')).toContain('<small class="matrix-wording">农业</small>');
		expect(row(2026, 'civil-affairs')).toContain('<span class="visually-hidden">未列入</span>');
	});

	test('keeps the filters hidden until the script shows them, and leaves out one-value filters', () => {
		const html = page('matrix/2026');
		expect(html).toMatch(/<form class="matrix-filters" hidden/);
		expect(html).toContain('<select name="level">');
		expect(html).not.toContain('<select name="year">');
	});

	test('writes /matrix.csv with a BOM and a row per notice naming it by id and page address', () => {
		const csv = readFileSync(join(out, 'matrix.csv'), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['id', '网址', '标题', '发文机关', '文号', '地区', '层级', '年度', '项目类别', '截止日期', '名额', '领域']);
		expect(rows.slice(1).map((row) => row[0])).toEqual(order);
		expect(rows[2]).toEqual([
			'liaoning-2026-pilot-recommendation',
			'https://pilot-notices.invalid/notices/liaoning-2026-pilot-recommendation/',
			'关于组织开展2026年度国家标准化试点项目申报推荐工作的通知',
			'辽宁省市场监督管理局',
			'',
			'辽宁省',
			'省级',
			'2026',
			record('liaoning-2026-pilot-recommendation').programmes.join('\n'),
			'推荐截止 2026年5月20日',
			'最多2个：省（中）直有关部门、沈阳、大连推荐不超过2个\n最多1个：其他地区不超过1个\n最多2个：司法行政、民政专项试点项目可额外再分别推荐2个。',
			'农业农村\n消费品\n高新技术\n服务业\n基本公共服务\n社会管理与公共服务',
		]);
		// The submit deadline, empty where the notice sets none (Dalian sets only a self-evaluation date);
		// each of these binds the recommending bureaus, so it says 推荐截止.
		expect(rows.slice(1).map((row) => row[9])).toEqual(['推荐截止 2026年6月30日', '推荐截止 2026年5月20日', '', '推荐截止 2023年8月11日']);
	});

	test('gives /matrix/domains/ a row per domain and a column per year, each cell a count linking to the year', () => {
		const html = page('matrix/domains');
		expect(html).toContain('<h1>各领域逐年变化</h1>');
		expect(html).toContain('与同一地区上一次征集通知相比');
		const years = [...html.matchAll(/<th scope="col">(\d{4})年度<\/th>/g)].map((m) => m[1]);
		expect(years).toEqual(['2023', '2026']);
		expect(html).toContain('<a href="/domains/agriculture/">农业农村</a>');
		expect(html).toContain('<a href="/domains/agriculture/2026/">2个地区</a>');
		expect(html).toContain('<a href="/domains/agriculture/2023/">1个地区</a>');
	});

	test('links the matrix from the header of every page and from home', () => {
		for (const path of ['', 'years', 'notices/national-2026-pilot-call']) {
			expect(page(path)).toContain('<a href="/matrix/"');
		}
		expect(page('')).toContain('通知对照表：');
	});
});
