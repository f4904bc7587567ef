/**
 * The command lines as a user runs them: `parse` prints records or one line of error; `ingest`
 * writes MDX atomically, copies new sources in, changes nothing on a second run and writes nothing
 * when any input is bad.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stSongPdf } from '../helpers/hand-pdf.ts';
import { hasChromium, printHtml, printPdf, textToDocx, textToPage } from '../helpers/read-fixtures.ts';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'content/sources/liaoning-2026-national-pilot-recommendation.txt');

const ONE_LINE = readFileSync(SEED, 'utf8').replace(/\n/g, '');

/**
 * Files no ingest may accept, each with words its one-line refusal must contain: the reason in
 * Chinese for the staff, then in English.
 */
const BAD: Array<[string, (path: string) => void, string]> = [
	['empty.txt', (p) => writeFileSync(p, ''), '空文件：没有可读的内容，请换用通知的完整文本 / empty file'],
	['binary.png', (p) => writeFileSync(p, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), '不是文本文件（二进制内容）'],
	['english.txt', (p) => writeFileSync(p, 'Dear colleagues, please apply for the pilot projects before June.\n'), '文中没有中文，请确认文件是中文通知原文 / not a notice: no Chinese text'],
	['chinese-prose.txt', (p) => writeFileSync(p, '今天天气很好，我们去公园散步，看到很多人在锻炼身体，孩子们在草地上玩耍。\n'.repeat(5)), '不是通知：中文文本里没有通知的标题'],
	['one-line.txt', (p) => writeFileSync(p, ONE_LINE.repeat(Math.ceil(2e6 / Buffer.byteLength(ONE_LINE)))), '换行可能丢失了'],
	['huge.txt', (p) => (writeFileSync(p, ''), truncateSync(p, 20 * 1024 * 1024)), '文件过大（20 MB，上限 5 MB）'],
	['folder', (p) => mkdirSync(p), 'not a file'],
	['broken.pdf', (p) => writeFileSync(p, '%PDF-1.7\n1 0 obj\n<< /Type /Catal'), 'PDF 文件损坏或不完整：请重新下载原文件 / corrupt or truncated PDF'],
	['old.doc', (p) => writeFileSync(p, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), '（.doc）'],
	['huge.pdf', (p) => (writeFileSync(p, '%PDF-1.7\n'), truncateSync(p, 40 * 1024 * 1024)), '文件过大（40 MB，上限 30 MB）'],
];

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parse', () => {
	test('prints every notice of a file as JSON and exits 0', () => {
		const r = run('parse.ts', [SEED]);
		expect(r.code).toBe(0);
		const { notices } = JSON.parse(r.stdout);
		expect(notices.map((n: { id: string; embeddedIn: string | null }) => n.embeddedIn)).toEqual([null, notices[0].id]);
	});
	test.each(BAD)('refuses %s with one line naming the file, and exits 1', (name, make, reason) => {
		const dir = mkdtempSync(join(tmpdir(), 'parse-'));
		make(join(dir, name));
		const r = run('parse.ts', [join(dir, name)]);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(name);
		expect(r.stderr).toContain(reason);
	});
	test('names a missing file', () => {
		const r = run('parse.ts', ['/nonexistent/notice.txt']);
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toBe('/nonexistent/notice.txt: no such file');
	});
	test('refuses a device that never ends without reading it', () => {
		const r = run('parse.ts', ['/dev/zero']);
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toBe('/dev/zero: not a regular file');
	});
});

describe('ingest', () => {
	const setup = () => {
		const content = mkdtempSync(join(tmpdir(), 'content-'));
		mkdirSync(join(content, 'sources'));
		mkdirSync(join(content, 'notices'));
		return content;
	};

	// Three ingest runs: more than the default 5 s on a loaded machine.
	test('copies a new source in, writes one MDX per notice, and changes nothing the second time', { timeout: 30_000 }, () => {
		const content = setup();
		const first = run('ingest.ts', [SEED], { CONTENT_DIR: content });
		expect(first.code).toBe(0);
		expect(readdirSync(join(content, 'sources'))).toEqual(['liaoning-2026-national-pilot-recommendation.txt']);
		const files = readdirSync(join(content, 'notices')).sort();
		expect(files).toEqual([
			'liaoning-2026-pilot-recommendation.blocks.json',
			'liaoning-2026-pilot-recommendation.mdx',
			'national-2026-pilot-call.blocks.json',
			'national-2026-pilot-call.mdx',
		]);
		const before = files.map((f) => [readFileSync(join(content, 'notices', f), 'utf8'), statSync(join(content, 'notices', f)).mtimeMs]);
		const second = run('ingest.ts', [], { CONTENT_DIR: content });
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('0 written');
		expect(files.map((f) => [readFileSync(join(content, 'notices', f), 'utf8'), statSync(join(content, 'notices', f)).mtimeMs])).toEqual(before);
		expect(run('ingest.ts', ['--check'], { CONTENT_DIR: content }).code).toBe(0);
	});

	test('writes nothing when one input is bad, and says which', () => {
		const content = setup();
		cpSync(SEED, join(content, 'sources', 'a.txt'));
		writeFileSync(join(content, 'sources', 'b.txt'), '');
		const r = run('ingest.ts', [], { CONTENT_DIR: content });
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toBe('b.txt: 空文件：没有可读的内容，请换用通知的完整文本 / empty file: nothing to read; supply the notice text');
		expect(readdirSync(join(content, 'notices'))).toEqual([]);
	});

	test.each(BAD)('refuses %s from elsewhere with one line, and writes nothing to content/', (name, make, reason) => {
		const content = setup();
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		make(join(dir, name));
		const r = run('ingest.ts', [SEED, join(dir, name)], { CONTENT_DIR: content });
		expect(r.code).toBe(1);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(name);
		expect(r.stderr).toContain(reason);
		expect(readdirSync(join(content, 'sources'))).toEqual([]);
		expect(readdirSync(join(content, 'notices'))).toEqual([]);
	});

	// Two ingest runs: more than the default 5 s on a loaded machine.
	test('warns once per notice that lacks a key fact, Chinese then English, and still writes it', { timeout: 30_000 }, () => {
		const content = setup();
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		// A call with a yearly report date but no date applications are due, and no one to call.
		const text = [
			'某某区市场监督管理局关于开展2025年度区级标准化试点项目申报工作的通知',
			'各有关单位：',
			'现组织开展2025年度区级标准化试点项目申报工作，有关事项通知如下：',
			'一、申报条件',
			'申报单位应具有独立法人资格。',
			'二、有关要求',
			'试点项目建设期内，承担单位应于每年11月30日前提交年度工作总结。',
			'某某区市场监督管理局',
			'2025年3月1日',
		].join('\n');
		writeFileSync(join(dir, 'short.txt'), `${text}\n`);
		const r = run('ingest.ts', [SEED, join(dir, 'short.txt')], { CONTENT_DIR: content });
		expect(r.code).toBe(0);
		expect(r.stderr.trim().split('\n')).toEqual([
			'short.txt: moumou-2025-pilot-call: 原文中未找到申报截止日期、联系人，已照常写入；可在 content/overrides/moumou-2025-pilot-call.yaml 中补充' +
				' / warning: no submit deadline, contact found; written anyway, supply them in content/overrides/moumou-2025-pilot-call.yaml',
		]);
		expect(readdirSync(join(content, 'notices'))).toContain('moumou-2025-pilot-call.mdx');
		expect(run('ingest.ts', ['--check'], { CONTENT_DIR: content }).stderr).toBe('');
	});

	/** The seed as each format a bureau publishes it in, made from its text; the page's heading is its title. */
	const PUBLISHED: Array<[string, () => Promise<Uint8Array>]> = [
		['docx', () => textToDocx(readFileSync(SEED, 'utf8'))],
		['html', async () => new TextEncoder().encode(textToPage(readFileSync(SEED, 'utf8'), '关于组织开展2026年度国家标准化试点项目申报推荐工作的通知'))],
		...(hasChromium ? [['pdf', async () => printPdf(printHtml(readFileSync(SEED, 'utf8')))] as [string, () => Promise<Uint8Array>]] : []),
	];

	/** The MDX files ingest writes for one file, by name, and each one's frontmatter lines. */
	function ingestOne(path: string) {
		const content = setup();
		const r = run('ingest.ts', [path], { CONTENT_DIR: content });
		const files = readdirSync(join(content, 'notices')).filter((f) => f.endsWith('.mdx')).sort();
		const frontmatter = (f: string) => readFileSync(join(content, 'notices', f), 'utf8').split(/^---$/m)[1]!.trim().split('\n');
		return { ...r, content, notices: new Map(files.map((f) => [f, frontmatter(f)])) };
	}

	let textRun: ReturnType<typeof ingestOne> | undefined;

	test.each(PUBLISHED)('reads a .%s as published: the record of the text, the original kept in sources/ with its hash and format', { timeout: 60_000 }, async (format, make) => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		const bytes = await make();
		writeFileSync(join(dir, `notice.${format}`), bytes);
		const got = ingestOne(join(dir, `notice.${format}`));
		expect(got.stderr).toBe('');
		expect(got.code).toBe(0);
		expect(readFileSync(join(got.content, 'sources', `notice.${format}`)).equals(bytes)).toBe(true);
		const text = (textRun ??= ingestOne(SEED));
		expect([...got.notices.keys()]).toEqual(['liaoning-2026-pilot-recommendation.mdx', 'national-2026-pilot-call.mdx']);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		for (const [file, lines] of text.notices) {
			// Line for line, but for where the record came from.
			const source = lines.findIndex((l) => l.startsWith('source: '));
			expect(got.notices.get(file)!.toSpliced(source, 1)).toEqual(lines.toSpliced(source, 1));
			expect(got.notices.get(file)![source]).toBe(`source: {"file":"notice.${format}","sha256":"${sha256}","format":"${format}"}`);
		}
	});

	test('refuses a PDF that takes longer to read than --read-timeout, and writes nothing', { timeout: 30_000 }, () => {
		const content = setup();
		const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
		// Loading pdf.js alone takes far longer than a millisecond.
		writeFileSync(join(dir, 'slow.pdf'), stSongPdf('关于开展标准化试点项目申报工作的通知'));
		const r = run('ingest.ts', ['--read-timeout=0.001', SEED, join(dir, 'slow.pdf')], { CONTENT_DIR: content });
		expect(r.code).toBe(1);
		expect(r.stderr).toBe('slow.pdf: 读取超时（超过 0.001 秒）：文件可能已损坏 / reading took over 0.001 s: the file may be damaged\n');
		expect(readdirSync(join(content, 'sources'))).toEqual([]);
		expect(readdirSync(join(content, 'notices'))).toEqual([]);
	});

	test.each(['0', '-1', 'abc', ''])('refuses --read-timeout=%s with one line', (value) => {
		const r = run('ingest.ts', [`--read-timeout=${value}`, SEED], { CONTENT_DIR: setup() });
		expect(r.code).toBe(1);
		expect(r.stderr).toBe(`--read-timeout=${value}: 须为大于 0 的秒数 / needs a number of seconds above 0\n`);
	});

	test('check fails when a notice file would change', { timeout: 30_000 }, () => {
		const content = setup();
		run('ingest.ts', [SEED], { CONTENT_DIR: content });
		writeFileSync(join(content, 'notices', 'national-2026-pilot-call.mdx'), 'edited by hand\n');
		const r = run('ingest.ts', ['--check'], { CONTENT_DIR: content });
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('national-2026-pilot-call.mdx: would change');
	});

	test('check fails when the blocks of a notice would change; ingest removes blocks no notice has', { timeout: 30_000 }, () => {
		const content = setup();
		run('ingest.ts', [SEED], { CONTENT_DIR: content });
		writeFileSync(join(content, 'notices', 'national-2026-pilot-call.blocks.json'), '{"blocks": []}\n');
		writeFileSync(join(content, 'notices', 'gone.blocks.json'), '{"blocks": []}\n');
		const r = run('ingest.ts', ['--check'], { CONTENT_DIR: content });
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('national-2026-pilot-call.blocks.json: would change');
		expect(r.stderr).toContain('gone.blocks.json: would change');
		expect(run('ingest.ts', [], { CONTENT_DIR: content }).code).toBe(0);
		expect(readdirSync(join(content, 'notices'))).not.toContain('gone.blocks.json');
		expect(run('ingest.ts', ['--check'], { CONTENT_DIR: content }).code).toBe(0);
	});
});
