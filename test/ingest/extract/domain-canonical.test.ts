/** A domain's taxonomy id, matched at ingest, on short names and texts written for the test. */
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { canonicalDomain } from '../../../src/ingest/extract/domain-canonical.ts';
import type { DomainEntry } from '../../../src/schemas/domain.ts';
import { parseText } from '../../helpers/parse-text.ts';

const entry = (id: string, name: string, aliases: string[] = []): DomainEntry => ({ id, name, aliases, focus: [] });
const taxonomy = [entry('agriculture', '农业农村', ['农业']), entry('high-tech', '高新技术', ['高技术', '科技创新']), entry('manufacturing', '制造业'), entry('international', '国际标准化')];

describe('canonicalDomain', () => {
	test.each([
		['农业农村', 'agriculture'],
		['高技术领域', 'high-tech'],
		['司法行政领域专项', null],
		['国际标准化领域', 'international'],
		['智慧农业领域', 'agriculture'],
		['先进制造业方面', 'manufacturing'],
		['长三角一体化领域', null],
	])('returns the id for %s', (name, id) => {
		expect(canonicalDomain(name, taxonomy)).toBe(id);
	});

	test('returns the first field of a joined name the taxonomy holds', () => {
		expect(canonicalDomain('长三角一体化领域、科技创新领域、制造业领域', taxonomy)).toBe('high-tech');
	});

	test('returns null without a taxonomy', () => {
		expect(canonicalDomain('农业农村', [])).toBe(null);
	});
});

describe('remarkNoticeDomainCanonical', () => {
	const body = '一、重点领域\n围绕农业农村、高技术、长三角一体化等领域开展。\n';
	const header = '某某省市场监督管理局关于开展2026年度标准化试点工作的通知\n各有关单位：\n';

	test('writes each domain’s id from the taxonomy the processor is given', () => {
		const [parsed] = parseNoticeFile(Buffer.from(header + body), 'test.txt', { taxonomy });
		expect(parsed?.record.domains.map((d) => [d.name, d.canonical])).toEqual([
			['农业农村', 'agriculture'],
			['高技术', 'high-tech'],
			['长三角一体化', null],
		]);
	});

	test('writes null ids when the processor is given no taxonomy', () => {
		const [parsed] = parseNoticeFile(Buffer.from(header + body), 'test.txt');
		expect(parsed?.record.domains.map((d) => d.canonical)).toEqual([null, null, null]);
	});

	test('matches against the repository taxonomy in npm run parse’s way', () => {
		expect(parseText(body).domains.map((d) => d.canonical)).toEqual(['agriculture', 'high-tech', null]);
	});
});
