/**
 * Provenance on the site: each file of content/sources/ is served at /sources/<file> byte for
 * byte, and a notice page links its source and says how its text was obtained. Two notices of
 * the build are ingested (`npm run ingest`) from files as bureaus publish them: a PDF printed by
 * Chromium and a DOCX with Word numbering, both made here from texts written for this test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, useFixtureBuild, type FixtureContent } from '../helpers/build-site.ts';
import { hasChromium, printHtml, printPdf, textToDocx } from '../helpers/read-fixtures.ts';

/** A short call in the shape bureaus write, for a city and a year. */
const call = (city: string, phone: string) =>
	[
		`${city}市场监督管理局关于组织开展2025年度市级标准化试点项目申报工作的通知`,
		'各区市场监督管理局，各有关单位：',
		'为发挥标准化在经济社会发展中的基础性作用，现组织开展2025年度市级标准化试点项目申报工作，有关事项通知如下：',
		'一、申报条件',
		'（一）申报单位应具有独立法人资格。',
		'（二）具有一定的标准化工作基础。',
		'二、申报程序',
		'请于2025年6月30日前将申报材料报送至市市场监督管理局标准化处。',
		'联系人：王某某',
		`联系电话：${phone}`,
		`${city}市场监督管理局`,
		'2025年5月20日',
	].join('\n');

const published: Record<string, Uint8Array> = {};

/** The fixture notices and their served sources, then a PDF and a DOCX put through ingest. */
async function content(dir: string): Promise<FixtureContent> {
	const [notices, sources] = [join(dir, 'notices'), join(dir, 'sources')];
	cpSync(FIXTURES, notices, { recursive: true });
	mkdirSync(sources);
	for (const file of ['tianjin-2025-pilot-call.txt', 'liaoning-2026-national-pilot-recommendation.txt']) cpSync(join('content/sources', file), join(sources, file));
	published['hangzhou-call.docx'] = await textToDocx(call('杭州市', '0571-12345678'));
	if (hasChromium) published['suzhou-call.pdf'] = printPdf(printHtml(call('苏州市', '0512-12345678')));
	const files = Object.entries(published).map(([name, bytes]) => (writeFileSync(join(dir, name), bytes), join(dir, name)));
	const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', ...files], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
	if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
	return { notices, sources };
}

const site = useFixtureBuild(content);

describe('sources', () => {
	test('are served as published', () => {
		const file = 'tianjin-2025-pilot-call.txt';
		expect(readFileSync(join(site.out, 'sources', file)).equals(readFileSync(join('content/sources', file)))).toBe(true);
	});

	test('a notice page links its source and says its text is the file itself', () => {
		const html = site.read('notices/liaoning-2026-pilot-recommendation/index.html');
		expect(html).toContain('<a href="/sources/liaoning-2026-national-pilot-recommendation.txt" download><code>liaoning-2026-national-pilot-recommendation.txt</code></a>');
		expect(html).toContain('<p class="read-as">文本即原文件（纯文本）</p>');
	});

	test('a source the site does not hold is named, not linked', () => {
		const html = site.read('notices/dalian-2025-closing-materials/index.html');
		expect(html).toContain('<dd><code>dalian-2025-closing-materials.txt</code>');
		expect(html).not.toContain('href="/sources/dalian');
	});

	test('a notice read from a DOCX links the Word file, served byte for byte, and says its text came from it', () => {
		const html = site.read('notices/hangzhou-2025-municipal-pilot-call/index.html');
		expect(html).toContain('<a href="/sources/hangzhou-call.docx" download><code>hangzhou-call.docx</code></a>');
		expect(html).toContain('<p class="read-as">文本由 Word 文件（.docx）自动提取，自动编号已按原样补回</p>');
		expect(readFileSync(join(site.out, 'sources', 'hangzhou-call.docx')).equals(published['hangzhou-call.docx']!)).toBe(true);
		// Word drew the numbers (the file holds none); the page shows the text the reader produced.
		const text = html.replace(/<[^>]+>/g, '');
		expect(text).toContain('一、申报条件');
		expect(text).toContain('（一）申报单位应具有独立法人资格。');
	});

	test.skipIf(!hasChromium)('a notice read from a PDF links the PDF, served byte for byte, and says its text came from the text layer', () => {
		const html = site.read('notices/suzhou-2025-municipal-pilot-call/index.html');
		expect(html).toContain('<a href="/sources/suzhou-call.pdf" download><code>suzhou-call.pdf</code></a>');
		expect(html).toContain('<p class="read-as">文本由 PDF 的文字层自动提取，页眉、页脚和页码已去除</p>');
		expect(readFileSync(join(site.out, 'sources', 'suzhou-call.pdf')).equals(published['suzhou-call.pdf']!)).toBe(true);
	});
});
