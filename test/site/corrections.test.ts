/**
 * The notice page marks what a reviewer corrected, end to end: ingest a seed with an override
 * into a temporary content folder, build the site from its notices, read the HTML. The same build
 * carries a notice of hostile text, to check what the site's Markdown processor (Sätteri) makes
 * of it: its links are http(s), mailto, tel or the site's own, and no script is left.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ID = 'tianjin-2025-municipal-pilot-recommendation';
const REASON = '发文机关来函更正：国家试点项目自评截止日期为6月30日';
const OVERRIDE = `corrections:
  - field: deadlines[1].date
    expected: "2025-06-15"
    value: "2025-06-30"
    reason: ${REASON}
  - field: quotas
    expected:
      - text: 择优向市市场监管委推荐备选试点项目，其中每个领域申报不超过3个（联合部门下达的司法行政、卫生健康专项试点项目可额外推荐）。
        max: 3
      - text: 对区市场监管局申报推荐的六方面领域项目将组织对承担单位资格、试点领域范围、标准化工作基础、试点任务以及工作目标设置等进行审核，对符合要求的下达市级试点项目建设任务，每个领域不超过8个。
        max: 8
    value:
      - text: 每个领域申报不超过3个。
        max: 3
    reason: 市级试点名额另行通知
  - field: docNumber
    expected: 津市场监管标准〔2025〕5号
    value: 津市场监管标准〔2025〕6号
    reason: 原文文号印刷有误
`;
const HOSTILE = [
	'某某市市场监督管理局文件',
	'某市监〔2026〕1号',
	'关于开展2026年度标准化试点项目申报工作的通知',
	'各有关单位：',
	'详见javascript:alert(1)与[指南](javascript:alert(2))及<a href="javascript:alert(3)">链接</a>。',
	'详见data:text/html,<script>alert(4)</script>与<img src=x onerror=alert(5)>和{alert(6)}。',
	'登录www.example.cn或HTTP://EXAMPLE.CN/A页面，发邮件至a@example.cn或xmpp:b@example.cn。',
	'详见https://example.cn/"onmouseover="alert(7)和<https://example.cn/b>。',
	'请于2026年6月30日前报送。',
	'某某市市场监督管理局',
	'2026年4月1日',
].join('\n');

let content = '';
let out = '';
const page = (id: string) => readFileSync(join(out, 'notices', id, 'index.html'), 'utf8');

beforeAll(() => {
	content = mkdtempSync(join(tmpdir(), 'corrections-content-'));
	out = mkdtempSync(join(tmpdir(), 'corrections-site-'));
	for (const dir of ['sources', 'notices', 'overrides']) mkdirSync(join(content, dir));
	cpSync(join(ROOT, 'content/sources/tianjin-2025-pilot-call.txt'), join(content, 'sources/tianjin-2025-pilot-call.txt'));
	writeFileSync(join(content, 'sources/hostile.txt'), HOSTILE);
	writeFileSync(join(content, 'overrides', `${ID}.yaml`), OVERRIDE);
	const ingest = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts')], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
	if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
	// Its own cache folder: Astro keeps the content store there, and another build running at the
	// same time (test/site/build.test.ts) would otherwise read or overwrite this one's notices.
	const config = join(content, 'astro.config.mjs');
	writeFileSync(config, `import config from ${JSON.stringify(pathToFileURL(join(ROOT, 'astro.config.mjs')).href)};\nexport default { ...config, cacheDir: ${JSON.stringify(join(content, 'cache'))} };\n`);
	const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
	const build = spawnSync(process.execPath, [astro, 'build', '--root', ROOT, '--config', relative(ROOT, config), '--outDir', out], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, NOTICES_DIR: join(content, 'notices'), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}${build.stderr}`);
}, 180_000);

afterAll(() => {
	for (const dir of [content, out]) if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** The card list item that links to (or names) a fact. */
function itemOf(html: string, marker: string): string {
	const at = html.indexOf(marker);
	expect(at).toBeGreaterThan(-1);
	return html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at));
}

describe('notice page of a corrected record', () => {
	test('marks the corrected deadline with 人工更正 and the reason, still linked to its sentence', () => {
		const html = page(ID);
		const item = itemOf(html, 'href="#deadline-1"');
		expect(item).toMatch(/<small class="corrected"[^>]*><strong class="corrected-label"[^>]*>人工更正<\/strong>/);
		expect(item).toContain(REASON);
		expect(item).toContain('2025年6月30日');
		expect(html).toContain('<span id="deadline-1" class="fact-anchor"');
		expect(itemOf(html, 'href="#deadline-0"')).not.toContain('人工更正');
	});

	test('marks a list corrected whole, item by item, without links to sentences no longer marked', () => {
		const html = page(ID);
		const card = html.slice(html.indexOf('id="card-quota"'), html.indexOf('</section>', html.indexOf('id="card-quota"')));
		expect(card).toContain('市级试点名额另行通知');
		expect(card).not.toContain('href="#quota-');
		expect(html).not.toContain('id="quota-0"');
	});

	test('marks a corrected particular in the header', () => {
		const html = page(ID);
		const meta = html.slice(html.indexOf('<dl class="notice-meta"'), html.indexOf('</dl>'));
		expect(meta).toContain('津市场监管标准〔2025〕6号');
		expect(meta).toContain('原文文号印刷有误');
		expect(meta.match(/人工更正/g)).toHaveLength(1);
	});
});

describe('notice page of hostile text', () => {
	const hostileId = () => readdirSync(join(content, 'notices')).find((f) => f.endsWith('.mdx') && !f.startsWith(ID))!.replace(/\.mdx$/, '');

	test('links only to http(s), mailto, tel and the site itself', () => {
		const html = page(hostileId());
		// Links are <a> and <link> tags; an escaped `&lt;a href="…">` in the text is the notice's words.
		const hrefs = [...html.matchAll(/<(?:a|link)\s[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!);
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => !/^(?:https?:\/\/|mailto:|tel:|#|\/)/i.test(href))).toEqual([]);
	});

	test('runs no script and keeps the hostile text as text', () => {
		const html = page(hostileId());
		// As tags or attributes, that is: as text (&lt;img … onerror=…&gt;) they are the notice's words.
		// The page's own module scripts (deadline countdown, checklist) are the only scripts.
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
		for (const [, attrs, code] of scripts) {
			expect(attrs).toMatch(/type="module"/);
			expect(code).not.toMatch(/alert/);
		}
		expect(html).not.toMatch(/<img|<[^>]*\son\w+\s*=/i);
		// `<` escaped; `>` needs no escape in HTML text.
		expect(html).toContain('&lt;img src=x onerror=alert(5)>');
		expect(html).toContain('javascript:alert(1)');
		expect(html).toContain('{alert(6)}');
	});
});
