/** The summary when `b` forwards `a`: what it tightens, adds or changes, and leaves as `a` has it. */
import { describe, expect, test } from 'vitest';
import { compareFacets } from '../../../src/compare/facets/index.ts';
import { effectiveFacts } from '../../../src/compare/inherit/effective-facts.ts';
import { effectiveRecord } from '../../../src/compare/inherit/effective-record.ts';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';
import { summarizeChanges } from '../../../src/compare/summary.ts';
import { carriedPhrases } from '../../../src/compare/summary/carried.ts';
import { tightened } from '../../../src/compare/summary/tightened.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';
import { noticeRecord, type NoticeRecordInput } from '../../site/notice-record.ts';

const taxonomy = readTaxonomy('content/domains');
const due = (date: string) => ({ date, kind: 'submit' as const, text: `${date}前将申报材料报送`, party: null });
const call = noticeRecord({
	id: 'call',
	title: '甲委关于征集乙试点项目的通知',
	jurisdiction: { level: 'national', name: '全国' },
	domains: [{ name: '消费品领域', focus: [] }, { name: '民政领域专项', focus: ['普惠养老'] }],
	quotas: [{ text: '总数不超8个', max: 8 }, { text: '同一领域不超2个', max: 2 }],
	deadlines: [due('2026-06-30')],
	period: { from: 2027, to: 2028 },
});
const lower = (extra: NoticeRecordInput) =>
	noticeRecord({ id: 'lower', forwards: { docNumber: null, title: '甲委关于征集乙试点项目的通知' }, ...extra });
const summary = (b: NoticeRecord) => {
	const records = [call, b];
	const facts = effectiveFacts(b, records, taxonomy);
	const facets = compareFacets(call, effectiveRecord(b, facts), taxonomy);
	return summarizeChanges(facets, { forwards: 'call', facts });
};

describe('summarizeChanges for a forwarded call', () => {
	test('tells an earlier deadline and smaller caps as tightened, and what is carried, never as removed', () => {
		const b = lower({
			domains: [{ name: '消费品', focus: [] }],
			quotas: [{ text: '每个市不超过1个', max: 1 }],
			deadlines: [due('2026-05-20')],
		});
		expect(summary(b)).toBe(
			'收紧：申报截止日期由6月30日提前至5月20日，名额限为每个市不超过1个；沿用上级通知：民政领域，建设周期2027年—2028年',
		);
	});

	test('tells a later deadline and an added domain as changes, not as tightening', () => {
		const b = lower({ domains: [{ name: '长三角一体化领域', focus: [] }], deadlines: [due('2026-07-10')] });
		expect(summary(b)).toBe(
			'申报截止日期由6月30日推迟至7月10日；新增领域：长三角一体化；沿用上级通知：消费品、民政领域，建设周期2027年—2028年',
		);
	});

	test('says the notice changes nothing before what it carries', () => {
		const b = lower({ domains: call.domains, quotas: call.quotas, deadlines: call.deadlines });
		expect(summary(b)).toBe('无实质性变化；沿用上级通知：建设周期2027年—2028年');
	});

	test('tells a changed cap as tightened only when it is smaller', () => {
		const b = lower({ quotas: [{ text: '总数不超10个', max: 10 }, { text: '同一领域不超1个', max: 1 }], deadlines: call.deadlines });
		expect(summary(b)).toContain('收紧：名额限为同一领域不超过1个；名额改为总数不超过10个');
	});
});

describe('tightened', () => {
	test('returns no phrase and the facets minus dropped caps when nothing is tightened', () => {
		const facets = compareFacets(call, { ...call, id: 'x', quotas: [] }, taxonomy);
		const { phrases, rest } = tightened(facets);
		expect(phrases).toEqual([]);
		expect(rest.quotas).toEqual([]);
		expect(rest.deadlines).toEqual(facets.deadlines);
	});
});

describe('carriedPhrases', () => {
	test('names carried focus, conditions and programmes by count and name', () => {
		const withMore = noticeRecord({ ...call, conditions: [{ text: '具有独立法人资格。' }], programmes: ['乙试点项目'] });
		const b = lower({ domains: [{ name: '民政', focus: [] }], period: { years: 2 } });
		expect(carriedPhrases(effectiveFacts(b, [withMore, b], taxonomy), 'call')).toEqual([
			'沿用上级通知：消费品领域，1个领域的重点方向，申报条件1条，项目类别乙试点项目',
		]);
	});

	test('returns nothing for facts carried from another notice', () => {
		expect(carriedPhrases(effectiveFacts(lower({}), [call, lower({})], taxonomy), 'other')).toEqual([]);
	});
});
