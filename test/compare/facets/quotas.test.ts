import { describe, expect, test } from 'vitest';
import { quotaScope } from '../../../src/compare/facets/quota-scope.ts';
import { compareQuotas } from '../../../src/compare/facets/quotas.ts';
import { readTaxonomy } from '../../../scripts/lib/read-taxonomy.ts';

const taxonomy = readTaxonomy('content/domains');
const q = (text: string, max: number) => ({ text, max });

describe('quotaScope', () => {
	test.each([
		['总数不超8个', 'total', '总数'],
		['各地推荐项目总数原则上不超过5个', 'total', '总数'],
		['同一领域不超2个', 'per-domain', '同一领域'],
		['择优推荐备选试点项目，其中每个领域申报不超过3个（联合部门下达的专项试点项目可额外推荐）', 'per-domain', '每个领域'],
		['每个申报单位限报1项', 'per-unit', '每个申报单位'],
		['高技术领域推荐不超过2个', 'domain:high-tech', '高技术领域'],
		['新型基础设施领域试点项目不超过10个', 'domain:new-infrastructure', '新型基础设施领域'],
		['原则上试点项目不超过10个', 'kind:试点项目', '试点项目'],
		['示范项目不超过2个', 'kind:示范项目', '示范项目'],
		['司法行政、民政专项试点项目可额外再分别推荐2个。', 'extra:司法行政、民政专项额外名额', '司法行政、民政专项额外名额'],
		['省（中）直有关部门、沈阳、大连推荐不超过2个', 'who:省（中）直有关部门、沈阳、大连', '省（中）直有关部门、沈阳、大连'],
		['其他地区不超过1个', 'who:其他地区', '其他地区'],
		['可额外推荐1个', 'extra:额外名额', '额外名额'],
		['不超过3个', 'plain', '名额'],
	])('returns the scope of %s', (text, key, label) => {
		expect(quotaScope(text, taxonomy)).toMatchObject({ key, label });
	});

	test('marks a cap the issuer grants apart from one on what is put forward', () => {
		const text = '对符合要求的下达市级试点项目建设任务，每个领域不超过8个。';
		expect(quotaScope(text, taxonomy)).toEqual({ key: 'granted:per-domain', label: '每个领域（立项）', overall: false });
	});

	test('reads the clause of the cap whose number is given', () => {
		expect(quotaScope('试点项目不超过10个，示范项目不超过2个', taxonomy, 2).label).toBe('示范项目');
	});
});

describe('compareQuotas', () => {
	test('returns a cap change on the same scope, worded another way', () => {
		const a = q('同一领域不超2个', 2);
		const b = q('每个领域申报不超过3个', 3);
		expect(compareQuotas([a], [b], taxonomy)).toEqual([{ status: 'changed', a, b, substantive: true, scope: '每个领域' }]);
	});

	test('returns kept for the same cap and scope', () => {
		const [change] = compareQuotas([q('总数不超过8个', 8)], [q('总数不超8个', 8)], taxonomy);
		expect(change).toMatchObject({ status: 'kept', substantive: false, scope: '总数' });
	});

	test('shows both the cap and the scope when the overall cap is reworded', () => {
		const [change] = compareQuotas([q('原则上试点项目不超过10个', 10)], [q('总数不超8个', 8)], taxonomy);
		expect(change).toMatchObject({ status: 'changed', scope: '试点项目→总数', a: { max: 10 }, b: { max: 8 } });
	});

	test('does not pair caps of different scopes otherwise', () => {
		const changes = compareQuotas([q('示范项目不超过2个', 2)], [q('同一领域不超2个', 2)], taxonomy);
		expect(changes.map((c) => [c.status, c.scope])).toEqual([
			['added', '同一领域'],
			['removed', '示范项目'],
		]);
	});

	test('keeps an unchanged cap paired when its scope repeats', () => {
		const a = [q('示范项目不超过3个', 3), q('示范项目不超过2个', 2)];
		const b = [q('示范项目不超过2个', 2)];
		expect(compareQuotas(a, b, taxonomy).map((c) => c.status)).toEqual(['removed', 'kept']);
	});
});
