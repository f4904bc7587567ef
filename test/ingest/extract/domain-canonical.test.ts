/** A domain's taxonomy id, matched at ingest, on short names and texts written for the test. */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { canonicalDomains, domainFieldsOf } from '../../../src/ingest/extract/domain-canonical.ts';
import type { DomainEntry } from '../../../src/schemas/domain.ts';
import { parseText } from '../../helpers/parse-text.ts';

const entry = (id: string, name: string, aliases: string[] = []): DomainEntry => ({ id, name, aliases, focus: [] });
const taxonomy = [
	entry('agriculture', '农业农村', ['农业']),
	entry('high-tech', '高新技术', ['高技术', '科技创新']),
	entry('manufacturing', '制造业', ['工业']),
	entry('international', '国际标准化'),
	entry('services', '服务业', ['生活性服务业']),
	entry('public-services', '基本公共服务', ['公共服务']),
	entry('social-management', '社会管理和公共服务', ['社会管理与公共服务', '社会管理']),
];

describe('canonicalDomains', () => {
	test.each([
		['农业农村', ['agriculture']],
		['高技术领域', ['high-tech']],
		['司法行政领域专项', []],
		['国际标准化领域', ['international']],
		['智慧农业领域', ['agriculture']],
		['先进制造业方面', ['manufacturing']],
		['长三角一体化领域', []],
	])('returns the id for %s', (name, ids) => {
		expect(canonicalDomains(name, taxonomy)).toEqual(ids);
	});

	test('returns an id per field of a joined name, in the order written', () => {
		expect(canonicalDomains('科技创新领域、制造业领域', taxonomy)).toEqual(['high-tech', 'manufacturing']);
		expect(canonicalDomains('制造业领域、科技创新领域', taxonomy)).toEqual(['manufacturing', 'high-tech']);
	});

	test('leaves out the fields of a joined name the taxonomy does not hold', () => {
		expect(canonicalDomains('长三角一体化领域、科技创新领域、制造业领域', taxonomy)).toEqual(['high-tech', 'manufacturing']);
		expect(canonicalDomains('长三角一体化领域、数字经济领域', taxonomy)).toEqual([]);
	});

	test('returns a field named twice in a joined name once', () => {
		expect(canonicalDomains('高技术、科技创新领域', taxonomy)).toEqual(['high-tech']);
	});

	test('returns an id per field two fields joined by 和 or 与 name', () => {
		expect(canonicalDomains('生活性服务业和公共服务业领域', taxonomy)).toEqual(['services', 'public-services']);
		expect(canonicalDomains('农业与制造业领域', taxonomy)).toEqual(['agriculture', 'manufacturing']);
	});

	test('keeps a field whose own name holds 和 or 与 as one', () => {
		expect(canonicalDomains('社会管理和公共服务', taxonomy)).toEqual(['social-management']);
		expect(canonicalDomains('社会管理与公共服务领域', taxonomy)).toEqual(['social-management']);
		expect(canonicalDomains('社会管理和公共服务综合标准化领域', taxonomy)).toEqual(['social-management']);
	});

	test('returns the field one half of a 和 names when the other is not in the taxonomy', () => {
		expect(canonicalDomains('工业和信息化领域', taxonomy)).toEqual(['manufacturing']);
		expect(canonicalDomains('行政管理和服务', taxonomy)).toEqual([]);
	});

	test('returns no ids without a taxonomy', () => {
		expect(canonicalDomains('农业农村', [])).toEqual([]);
	});
});

describe('remarkNoticeDomainCanonical', () => {
	const body = '一、重点领域\n围绕农业农村、高技术、长三角一体化等领域开展。\n';
	const joined = '一、重点领域\n1．科技创新领域、制造业领域：人工智能、工业互联网等；\n2．农业农村领域：智慧农业等。\n';
	const header = '某某省市场监督管理局关于开展2026年度标准化试点工作的通知\n各有关单位：\n';

	test('writes each domain’s id from the taxonomy the processor is given', () => {
		const [parsed] = parseNoticeFile(Buffer.from(header + body), 'test.txt', { taxonomy });
		expect(parsed?.record.domains.map((d) => [d.name, d.canonical])).toEqual([
			['农业农村', ['agriculture']],
			['高技术', ['high-tech']],
			['长三角一体化', []],
		]);
	});

	test('writes null ids when the processor is given no taxonomy', () => {
		const [parsed] = parseNoticeFile(Buffer.from(header + body), 'test.txt');
		expect(parsed?.record.domains.map((d) => d.canonical)).toEqual([[], [], []]);
	});

	test('matches against the repository taxonomy in npm run parse’s way', () => {
		expect(parseText(body).domains.map((d) => d.canonical)).toEqual([['agriculture'], ['high-tech'], []]);
	});

	test('writes both fields of a numbered item that joins two', () => {
		expect(parseText(joined).domains.map((d) => [d.name, d.canonical])).toEqual([
			['科技创新领域、制造业领域', ['high-tech', 'manufacturing']],
			['农业农村领域', ['agriculture']],
		]);
	});
});

describe('domainFieldsOf', () => {
	test.each([
		['高技术领域、长三角一体化领域', ['high-tech'], ['长三角一体化']],
		['长三角一体化领域', [], ['长三角一体化']],
		['服务业和海洋经济领域', ['services'], ['海洋经济']],
		['社会管理和公共服务领域', ['social-management'], []],
		['科技创新领域、制造业领域', ['high-tech', 'manufacturing'], []],
	])('keeps every field of %s: ids %j, others %j', (name, canonical, others) => {
		expect(domainFieldsOf(name, taxonomy)).toEqual({ canonical, others });
	});
});
