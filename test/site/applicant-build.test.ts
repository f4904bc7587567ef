/**
 * The applicant features as built from test/fixtures/site: the deadline timeline, calendars read
 * back by a real iCalendar parser, the open data validated against the published JSON Schema, the
 * recommendation chain linked both ways (national 2026 ↔ Liaoning 2026) and the checklist.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deadlineUid } from '../../src/lib/deadlines/notice-calendar.ts';
import { NOTICE_SCHEMA_VERSION, NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';
import { FIXTURES, useFixtureBuild } from '../helpers/build-site.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import { readNoticeFile } from '../helpers/read-notice.ts';

const site = useFixtureBuild();
const records = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => readNoticeFile(join(FIXTURES, file)))
	.sort((a, b) => (a.id < b.id ? -1 : 1));
const page = (path: string) => site.read(`${path}/index.html`);
const NATIONAL = 'national-2026-pilot-call';
const LIAONING = 'liaoning-2026-pilot-recommendation';

/** UID and DTSTART of each event, read by ical.js. */
function readCalendar(ics: string): { uid: string; start: string; rrule: string | null }[] {
	const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
	return events.map((vevent) => {
		const rrule = vevent.getFirstPropertyValue('rrule');
		return {
			uid: new ICAL.Event(vevent).uid,
			start: new ICAL.Event(vevent).startDate.toString(),
			rrule: rrule instanceof ICAL.Recur ? rrule.toString() : null,
		};
	});
}

describe('open data build', () => {
	test('writes /data/notices.json: the schema version and every record, sorted by id', () => {
		const document = JSON.parse(site.read('data/notices.json')) as { schemaVersion: number; notices: unknown[] };
		expect(document.schemaVersion).toBe(NOTICE_SCHEMA_VERSION);
		expect(document.notices.map((n) => NoticeSchema.parse(n))).toEqual(records);
		// Record v3 as written: the place above, programmes, each deadline's kind.
		const single = JSON.parse(site.read('data/notices/dalian-2025-closing-materials.json')) as NoticeRecord;
		expect(single.jurisdiction).toEqual({ level: 'municipal', name: '大连市', parent: '辽宁省' });
		expect(single.programmes).toEqual([]);
		expect(single.deadlines.map((d) => d.kind)).toEqual(['evaluate']);
		expect((document.notices as NoticeRecord[]).find((n) => n.id === LIAONING)?.programmes).toEqual(['国家标准化试点项目']);
	});

	test('publishes a JSON Schema that every record, in every file, validates against', () => {
		const schema = JSON.parse(site.read('data/notice.schema.json')) as Record<string, unknown>;
		const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
		const { notices } = JSON.parse(site.read('data/notices.json')) as { notices: unknown[] };
		for (const notice of notices) expect(validate(notice), JSON.stringify(validate.errors)).toBe(true);
		for (const record of records) {
			const single = JSON.parse(site.read(`data/notices/${record.id}.json`)) as unknown;
			expect(single).toEqual(JSON.parse(JSON.stringify(record)));
			expect(validate(single)).toBe(true);
		}
		expect(validate({ ...records[0], year: '2026' })).toBe(false);
	});

	test('writes /data/notices.csv: a BOM, field names, one row per notice', () => {
		const csv = site.read('data/notices.csv');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header = [], ...rows] = parseCsv(csv);
		expect(header.slice(0, 2)).toEqual(['id', 'title']);
		expect(rows.map((row) => row[0])).toEqual(records.map((r) => r.id));
		const liaoning = rows.find((row) => row[0] === LIAONING) ?? [];
		expect(liaoning[header.indexOf('mainDeadline')]).toBe('2026-05-20');
		// …which binds its bureaus: Liaoning sets no date of a company's own.
		expect(liaoning[header.indexOf('mainDeadline.party')]).toBe('recommender');
		// Record v3: the place above, programmes, each deadline's kind; no submit deadline, no mainDeadline.
		const cell = (id: string, column: string) => rows.find((row) => row[0] === id)?.[header.indexOf(column)];
		expect(cell('yubei-2023-municipal-pilot', 'jurisdiction.parent')).toBe('重庆市');
		expect(cell(LIAONING, 'programmes')).toBe('国家标准化试点项目');
		expect(cell(LIAONING, 'forwards.docNumber')).toBe('国标委发〔2026〕23号');
		expect(cell(LIAONING, 'forwards.title')).toBe('国家标准委关于征集2026年度国家标准化试点项目的通知');
		expect(cell(LIAONING, 'deadlines.kind')).toBe('submit\nreport');
		expect(cell('dalian-2025-closing-materials', 'deadlines.kind')).toBe('evaluate');
		expect(cell('dalian-2025-closing-materials', 'mainDeadline')).toBe('');
	});

	test('keeps the compare picker’s own data beside it', () => {
		const doc = JSON.parse(site.read(`data/compare/${LIAONING}.json`)) as { blocks: unknown[] };
		expect(doc.blocks.length).toBeGreaterThan(0);
	});

	test('lists every file on /data/ and links it from every page', () => {
		const html = page('data');
		for (const file of ['notices.json', 'notices.csv', 'notice.schema.json']) {
			expect(html).toContain(`href="/data/${file}"`);
		}
		expect(html).toContain('href="/calendar.ics"');
		for (const path of ['', 'years', `notices/${NATIONAL}`]) expect(page(path)).toContain('href="/data/"');
	});

	test('lists each notice’s own files on its year’s page, linked from /data/, not on /data/ itself', () => {
		const years = [...new Set(records.map((r) => r.year))];
		for (const year of years) expect(page('data')).toContain(`href="/data/${year}/"`);
		expect(page('data')).not.toContain('href="/data/notices/');
		for (const record of records) {
			const html = page(`data/${record.year}`);
			expect(html).toContain(`href="/data/notices/${record.id}.json"`);
			expect(html).toContain(`href="/calendars/${record.id}.ics"`);
			for (const other of records.filter((r) => r.year !== record.year)) {
				expect(html).not.toContain(`href="/notices/${other.id}/"`);
			}
		}
	});
});

describe('calendar build', () => {
	test('writes /calendar.ics holding every deadline, each with its stable UID', () => {
		const events = readCalendar(site.read('calendar.ics'));
		const expected = records.flatMap((r) => r.deadlines.map((_, i) => deadlineUid(r.id, i)));
		expect(events.map((e) => e.uid).sort()).toEqual(expected.sort());
		expect(events.find((e) => e.uid === deadlineUid(LIAONING, 0))?.start).toBe('2026-05-20');
		expect(events.find((e) => e.uid === deadlineUid(NATIONAL, 0))).toMatchObject({
			start: '2027-11-30',
			rrule: 'FREQ=YEARLY;COUNT=2',
		});
	});

	test('repeats Liaoning’s yearly report over the period it carries from the national call, as its page shows it', () => {
		const [report] = readCalendar(site.read(`calendars/${LIAONING}.ics`)).filter((e) => e.uid === deadlineUid(LIAONING, 1));
		expect(report).toMatchObject({ start: '2027-11-30', rrule: 'FREQ=YEARLY;COUNT=2' });
		expect(page(`notices/${LIAONING}`)).toMatch(/id="card-period"[\s\S]*?2027年—2028年[\s\S]*?沿用上级通知/u);
	});

	test('writes one calendar per notice and links it from the deadline card', () => {
		for (const record of records) {
			const events = readCalendar(site.read(`calendars/${record.id}.ics`));
			expect(events).toHaveLength(record.deadlines.length);
			expect(page(`notices/${record.id}`)).toContain(`href="/calendars/${record.id}.ics"`);
		}
	});
});

describe('deadline timeline build', () => {
	test('lists every dated deadline in date order, then the yearly ones, with no date of its own', () => {
		const html = page('deadlines');
		const dates = [...html.matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1] ?? '');
		const all = records.flatMap((r) => r.deadlines.map((d) => d.date));
		const dated = all.filter((d) => !d.startsWith('--')).sort();
		const yearly = all.filter((d) => d.startsWith('--')).map((d) => d.slice(2)).sort();
		expect(dates).toEqual([...dated, ...yearly]);
		expect(html).toContain(`href="/notices/${LIAONING}/#deadline-0"`);
		// Each entry says what is due by the record's kind.
		expect(html).toContain('辽宁省 2026年度：申报截止');
		expect(html).toContain('辽宁省 2026年度：年度报告');
		expect(html).toContain('大连市 2025年度：自评与验收');
		// Days left are the browser's job: the built page holds empty slots only.
		expect(html).not.toMatch(/data-countdown="[^"]+">[^<]/);
		expect(html).toContain('href="/calendar.ics"');
	});

	test('gives each year a page of its dated deadlines and its notices’ yearly ones, linked from /deadlines/', () => {
		const dates = (html: string) => [...html.matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1] ?? '');
		const years = [...new Set(records.flatMap((r) => [r.year, ...r.deadlines.filter((d) => !d.date.startsWith('--')).map((d) => Number(d.date.slice(0, 4)))]))];
		const all: string[] = [];
		for (const year of years) {
			expect(page('deadlines')).toContain(`href="/deadlines/${year}/"`);
			const html = page(`deadlines/${year}`);
			expect(html).toContain(`<h1>${year}年的截止日期</h1>`);
			const own = records.flatMap((r) =>
				r.deadlines.filter((d) => (d.date.startsWith('--') ? r.year === year : d.date.startsWith(`${year}-`))).map((d) => d.date),
			);
			const dated = own.filter((d) => !d.startsWith('--')).sort();
			const yearly = own.filter((d) => d.startsWith('--')).map((d) => d.slice(2)).sort();
			expect(dates(html)).toEqual([...dated, ...yearly]);
			all.push(...dates(html));
		}
		expect(all).toHaveLength(records.flatMap((r) => r.deadlines).length);
	});

	test('is in the header of every page', () => {
		for (const path of ['', 'years', `notices/${NATIONAL}`]) expect(page(path)).toContain('<a href="/deadlines/"');
	});
});

describe('recommendation chain build', () => {
	const chain = (id: string) => /<section class="notice-chain".*?<\/section>/s.exec(page(`notices/${id}`))?.[0] ?? '';

	test('links national 2026 down to Liaoning 2026 and Liaoning back up, each with its deadline and quotas', () => {
		const down = chain(NATIONAL);
		const up = chain(LIAONING);
		expect(down).toContain(`href="/notices/${LIAONING}/"`);
		expect(up).toContain(`href="/notices/${NATIONAL}/"`);
		for (const html of [down, up]) {
			expect(html).toContain('2026年6月30日');
			expect(html).toContain('2026年5月20日');
			expect(html).toMatch(/最多8个：[^<]*总数不超8个/);
			expect(html).toContain('最多2个：省（中）直有关部门、沈阳、大连推荐不超过2个');
			expect(html).toContain('比上级早41天');
		}
		expect(up).toMatch(/aria-current="page".*辽宁省 2026年度 · 本通知/s);
	});

	test('leaves the chain out where a notice has nothing above or below it', () => {
		expect(chain('yubei-2023-municipal-pilot')).toBe('');
	});
});

describe('applicant checklist build', () => {
	/** The part of a page from `start` to the end of its element (sections do not nest here). */
	const part = (html: string, start: string) => {
		const from = html.indexOf(start);
		return from < 0 ? '' : html.slice(from, html.indexOf('</section>', from));
	};
	const liaoning = () => page(`notices/${LIAONING}`);
	const group = (html: string, party: string) => part(html, `<section class="checklist-party" data-party="${party}"`);
	const BUREAUS = '省（中）直有关部门或各市、沈抚示范区市场监管局';

	test('gives each condition and material a box keyed by its index in the record', () => {
		const html = liaoning();
		const record = records.find((r) => r.id === LIAONING) as NoticeRecord;
		expect(html).toContain(`<applicant-checklist class="checklist" data-notice="${LIAONING}"`);
		record.conditions.forEach((_, i) => expect(group(html, 'applicant')).toContain(`data-item="condition-${i}"`));
		// The materials are the record's, each linked to the attachment of its number.
		expect(html).toContain('<label for="check-material-0">关于推荐国家标准化试点项目的函（示例）</label>');
		expect(html).toContain('<label for="check-material-1">国家标准化试点项目申请表</label>');
		expect(html).not.toContain('信用记录查询结果');
		expect(html).toMatch(/<div class="checklist-actions"[^>]* hidden>/);
	});

	test('lists the company’s items apart from the bureau’s (Liaoning 2026)', () => {
		const company = group(liaoning(), 'applicant');
		const bureau = group(liaoning(), 'recommender');
		expect(company).toContain('<h3 id="checklist-applicant">申报单位</h3>');
		expect(company).toContain('check-material-1');
		expect(company).toContain('一式三份');
		expect(company).not.toContain('check-material-0');
		expect(company).not.toContain('函（示例）');
		expect(bureau).toContain(`<h3 id="checklist-recommender">推荐单位：${BUREAUS}</h3>`);
		expect(bureau).toContain('以下事项由推荐单位办理，申报单位无需准备。');
		expect(bureau).toContain('check-material-0');
		expect(bureau).toContain('<a class="checklist-aside" href="#attachment-0">见附件1</a>');
		expect(bureau).not.toContain('check-material-1');
	});

	test('never gives the company the bureau’s deadline or the province’s mailing address as its own', () => {
		const company = group(liaoning(), 'applicant');
		const bureau = group(liaoning(), 'recommender');
		// The company's date: set by its bureau, before the bureau's 5月20日.
		expect(company).toContain(
			`<span data-set-by-bureau>由${BUREAUS}规定，早于其报送截止日期<a href="#deadline-0">2026年5月20日</a>，请向其确认。</span>`,
		);
		expect(company).not.toContain('data-party-deadline');
		expect(company).toContain(`<li>交给：${BUREAUS}</li>`);
		expect(company).not.toContain('沈阳市皇姑区崇山中路55号');
		expect(company).not.toContain('纸质材料一式3份');
		// The bureau's: its own date, and where it mails the paper.
		expect(bureau).toContain('<a href="#deadline-0" data-party-deadline="2026-05-20">2026年5月20日</a>');
		expect(bureau).toContain('<li>纸质材料一式3份</li>');
		expect(bureau).toContain('<li>另附电子版</li>');
		expect(bureau).toContain('<li>纸质材料寄送地址：沈阳市皇姑区崇山中路55号</li>');
	});

	test('names the body a company applies through, and gives that body the date and the address (Yubei 2023)', () => {
		const html = page('notices/yubei-2023-municipal-pilot');
		const company = group(html, 'applicant');
		const bureau = group(html, 'recommender');
		expect(company).toContain('<span data-set-by-bureau>由各成员单位规定，早于其报送截止日期<a href="#deadline-0">2023年8月11日</a>，请向其确认。</span>');
		expect(company).toContain('<li>交给：各成员单位</li>');
		expect(company).toContain('<label for="check-material-0">标准化试点示范项目申请书</label>');
		expect(company).not.toContain('渝北区龙顺街50号401室');
		expect(bureau).toContain('<h3 id="checklist-recommender">推荐单位：各成员单位</h3>');
		expect(bureau).toContain('<a href="#deadline-0" data-party-deadline="2023-08-11">2023年8月11日</a>');
		expect(bureau).toContain('<li>纸质材料寄送地址：渝北区龙顺街50号401室</li>');
		// The bureau prepares nothing the notice names: its group says so rather than borrow the company's.
		expect(bureau).toContain('<p class="card-empty">通知未列出具体材料，请阅读通知全文。</p>');
	});

	test('opens the notice page with the company’s steps, and the bureau’s beside them', () => {
		const html = liaoning();
		const steps = part(html, '<section class="applicant-steps"');
		expect(html.indexOf('<section class="applicant-steps"')).toBeLessThan(html.indexOf('<section class="notice-facts"'));
		const company = part(html, '<section class="card party-steps" data-party="applicant"');
		const bureau = part(html, '<section class="card party-steps" data-party="recommender"');
		expect(steps).toContain('<h2 id="steps-heading">怎样申报</h2>');
		expect(company).toContain(`由${BUREAUS}规定，早于其报送截止日期<a href="#deadline-0">2026年5月20日</a>`);
		expect(company).toContain(`<p>交给：${BUREAUS}</p>`);
		expect(company).toContain('国家标准化试点项目申请表');
		expect(company).not.toContain('沈阳市皇姑区崇山中路55号');
		expect(company).not.toContain('函（示例）');
		expect(bureau).toContain(`<h3 id="steps-recommender">推荐单位：${BUREAUS}</h3>`);
		expect(bureau).toContain('data-party-deadline="2026-05-20"');
		expect(bureau).toContain('<p>纸质材料寄送地址：沈阳市皇姑区崇山中路55号</p>');
		expect(bureau).toContain('函（示例）');
	});

	test('names its notice in the printed header: title, issuers, 文号, address and contacts', () => {
		const header = (id: string) => part(page(`notices/${id}`), '<div class="checklist-print-header"').split('</dl>')[0] ?? '';
		const dd = (html: string, label: string) => new RegExp(`<dt>${label}</dt><dd>(.*?)</dd>`, 's').exec(html)?.[1];
		const national = header(NATIONAL);
		expect(national).toContain('<p class="checklist-print-title">国家标准委关于征集2026年度国家标准化试点项目的通知</p>');
		expect(dd(national, '发文机关')).toBe('<span>国家标准化管理委员会</span>');
		expect(dd(national, '文号')).toBe('<span>国标委发〔2026〕23号</span>');
		expect(dd(national, '网址')).toBe(`<span>https://pilot-notices.invalid/notices/${NATIONAL}/</span>`);
		expect(dd(national, '联系人')).toBe('<span>闫虹光 标准技术司 010-82262964</span>');
		const liaoningHeader = header(LIAONING);
		expect(dd(liaoningHeader, '文号')).toBe('<span>未载明</span>');
		expect(dd(liaoningHeader, '联系人')).toBe('<span>胡宇 024-96315-1-3515 13840110917 lnbzchy@163.com 沈阳市皇姑区崇山中路55号</span>');
	});

	test('uses no inline event handler or style attribute anywhere, for a strict CSP', () => {
		for (const path of ['deadlines', `notices/${LIAONING}`, `notices/${NATIONAL}`, 'data']) {
			const html = page(path);
			expect(html).not.toMatch(/\son[a-z]+=/);
			expect(html).not.toMatch(/\sstyle="/);
		}
	});
});
