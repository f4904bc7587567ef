/**
 * Notices messier than the seeds, as they come in the wild: copied from a web page with its
 * navigation, without a title, with half-width punctuation, dotted dates, attachments in prose or
 * glued file names, and an institution forwarding a bureau's call with its own earlier deadline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../src/ingest/index.ts';

const parse = (name: string) => {
	const [notice, ...rest] = parseNoticeFile(readFileSync(join(import.meta.dirname, '../fixtures/wild', name)), name);
	expect(rest).toEqual([]);
	return notice!.record;
};

describe('parseNoticeFile on a web-page copy', () => {
	const r = parse('web-page-copy.txt');
	test('drops navigation and reads the title under it', () => {
		expect(r.title).toBe('关于征集2021年度江苏省标准化试点示范项目的通知');
		expect(r.issuers).toEqual(['江苏省市场监督管理局']);
		expect(r.jurisdiction).toEqual({ level: 'provincial', name: '江苏省', parent: null });
	});
	test('reads a dotted signature date', () => {
		expect(r.issuedOn).toBe('2021-06-08');
	});
	test('reads half-width punctuation like full-width', () => {
		expect(r.conditions.map((c) => c.text)).toEqual(['申报单位应在江苏省境内注册，具有独立法人资格；', '具有较好的标准化工作基础。']);
		expect(r.domains.map((d) => d.name)).toEqual(['现代农业', '先进制造业', '现代服务业', '社会治理']);
	});
	test('reads caps written in Chinese numerals', () => {
		expect(r.quotas.map((q) => q.max)).toEqual([5, 2]);
	});
	test('reads two contacts sharing one number, and the e-mail under them', () => {
		expect(r.contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
			['王某', ['025-12345678'], ['bz@example.cn']],
			['李某', ['025-12345678'], ['bz@example.cn']],
		]);
	});
	test('reads attachments named in prose', () => {
		expect(r.attachments).toEqual([
			{ no: null, title: '江苏省标准化试点项目申请表', kind: '表' },
			{ no: null, title: '推荐汇总表', kind: '汇总表' },
		]);
	});
});

describe('parseNoticeFile on a notice without a title', () => {
	const r = parse('no-title-chinese-numerals.txt');
	test('has a null title and takes its issuer from the signature', () => {
		expect(r.title).toBeNull();
		expect(r.issuers).toEqual(['杭州市市场监督管理局']);
		expect(r.jurisdiction).toEqual({ level: 'municipal', name: '杭州市', parent: '浙江省' });
		expect(r.year).toBe(2024);
	});
	test('reads a deadline written in Chinese numerals', () => {
		expect(r.deadlines.map((d) => d.date)).toEqual(['2024-05-31']);
	});
	test('splits attachments glued together by their file names', () => {
		expect(r.attachments).toEqual([
			{ no: 1, title: '杭州市标准化试点项目申请书', kind: '申报书' },
			{ no: 2, title: '申报汇总表', kind: '汇总表' },
		]);
	});
});

describe('parseNoticeFile on an institution forwarding a bureau call', () => {
	const r = parse('institution-forwarding.txt');
	test('takes the forwarding institution as issuer, not the forwarded bureau', () => {
		expect(r.issuers).toEqual(['华南某某大学科研处']);
	});
	test('keeps both its own and the bureau deadline, each with its clause', () => {
		expect(r.deadlines).toEqual([
			// The units it addresses apply; the province's date binds the school itself, no one it addresses.
			{ date: '2025-03-10', kind: 'submit', text: '请有意申报的单位于2025年3月10日前将申报材料报送科研处', party: 'applicant' },
			{ date: '2025-03-20', kind: 'submit', text: '省局截止时间为3月20日', party: null },
		]);
	});
	test('reads an office and a person written with an honorific', () => {
		expect(r.contacts.map((c) => [c.org, c.name, c.phones])).toEqual([['科研处', '刘老师', ['020-88886666']]]);
	});
});
