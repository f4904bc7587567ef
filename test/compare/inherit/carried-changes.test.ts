/**
 * Carried facts in a comparison's facets (issue 13): what `b` carries from the call `a` is marked
 * with where `a` states it, and a cap of the call `b` does not restate is the call's, not removed.
 */
import { describe, expect, test } from 'vitest';
import { compareNotices } from '../../../src/compare/index.ts';
import { effectiveFacts } from '../../../src/compare/inherit/effective-facts.ts';
import type { CompareDoc } from '../../../src/compare/types.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import { noticeRecord } from '../../site/notice-record.ts';

const taxonomy = readTaxonomy('content/domains');
const call = noticeRecord({
	id: 'call',
	jurisdiction: { level: 'national', name: '全国' },
	docNumber: '甲委发〔2026〕7号',
	title: '甲委关于征集2026年度乙试点项目的通知',
	programmes: ['乙试点项目'],
	domains: [
		{ name: '农业农村领域', focus: [] },
		{ name: '司法行政领域专项', focus: ['行政复议'] },
	],
	conditions: [{ text: '承担单位应具备独立法人资格。' }, { text: '已承担过试点项目的单位不能申报。' }],
	quotas: [
		{ text: '总数不超8个', max: 8 },
		{ text: '同一领域不超2个', max: 2 },
	],
	period: { from: 2027, to: 2028 },
});
/** A province that forwards `call`, naming one domain and one condition, and setting its own cap. */
const province = noticeRecord({
	id: 'province',
	forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集2026年度乙试点项目的通知' },
	programmes: [],
	domains: [{ name: '农业农村', focus: [] }],
	conditions: [{ text: '承担单位应具备独立法人资格。' }],
	quotas: [{ text: '各市推荐不超过1个', max: 1 }],
	period: null,
});
const records = [call, province];
const doc = (record: NoticeRecord, facts = true): CompareDoc => ({
	record,
	blocks: [],
	...(facts ? { facts: effectiveFacts(record, records, taxonomy) } : {}),
});

describe('compareNotices: carried facts', () => {
	const { facets } = compareNotices(doc(call), doc(province), taxonomy);

	test('marks the domain, condition, programme and period the province carries, with their index in the call', () => {
		expect(facets.domains.map((d) => [d.status, d.b?.name, d.carried])).toEqual([
			['kept', '农业农村', undefined],
			['kept', '司法行政领域专项', { from: 'call', kind: 'domain', index: 1 }],
		]);
		expect(facets.conditions.map((c) => c.carried)).toEqual([undefined, { from: 'call', kind: 'condition', index: 1 }]);
		expect(facets.programmes[0]?.carried).toEqual({ from: 'call', kind: 'programme', index: 0 });
		expect(facets.period?.carried).toEqual({ from: 'call', kind: 'period', index: 0 });
	});

	test('shows the call’s caps the province does not restate as carried, not removed', () => {
		const quotas = facets.quotas.map((q) => [q.status, q.b?.text, q.carried]);
		expect(quotas).toContainEqual(['kept', '总数不超8个', { from: 'call', kind: 'quota', index: 0 }]);
		expect(quotas).toContainEqual(['kept', '同一领域不超2个', { from: 'call', kind: 'quota', index: 1 }]);
		expect(facets.quotas.filter((q) => q.status === 'removed')).toEqual([]);
	});

	test('leaves a cap removed when the later notice forwards no call', () => {
		const other = noticeRecord({ ...province, id: 'other', forwards: null });
		const { facets: own } = compareNotices(doc(call), doc(other), taxonomy);
		expect(own.quotas.filter((q) => q.status === 'removed').map((q) => q.a?.text)).toEqual(['总数不超8个', '同一领域不超2个']);
		expect(own.domains.every((d) => d.carried === undefined)).toBe(true);
	});

	test('marks nothing on own facts, compared without effective facts', () => {
		const { facets: bare } = compareNotices(doc(call, false), doc(province, false), taxonomy);
		expect([...bare.domains, ...bare.conditions].some((c) => c.carried !== undefined)).toBe(false);
	});
});
