import { describe, expect, test } from 'vitest';
import { chainParents, chainRoot, daysAhead, noticeChain } from '../../src/lib/notices/notice-chain.ts';
import type { Level, NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeIds, readNotice } from '../helpers/read-notice.ts';
import { noticeRecord } from './notice-record.ts';
import { deadline } from '../helpers/deadline.ts';

const at = (id: string, level: Level, name: string, parent: string | null = null, more: Partial<NoticeRecord> = {}) =>
	noticeRecord({ id, jurisdiction: { level, name, parent }, issuers: [`${name}市场监督管理局`], ...more });
const national = at('national-2026', 'national', '全国', null, {
	issuers: ['国家标准化管理委员会'],
	title: '国家标准委关于征集2026年度国家标准化试点项目的通知',
});
const liaoning = at('liaoning-2026', 'provincial', '辽宁省');
const dalian = at('dalian-2026', 'municipal', '大连市', '辽宁省');
// A city of no province that the notices know: nothing to go through.
const shenyang = at('shenyang-2026', 'municipal', '沈阳市');
/** Each notice's parent id and relation, as a plain object. */
const parentIds = (records: readonly NoticeRecord[]) =>
	Object.fromEntries(
		[...chainParents(records)].map(([id, step]) => [id, [step.record.id, step.relation]]),
	);

describe('chainParents', () => {
	test('puts a local notice under the national call of its programme year', () => {
		expect(parentIds([national, liaoning])).toEqual({ 'liaoning-2026': ['national-2026', 'year'] });
	});

	test('takes the notice a file carries as the one it forwards', () => {
		const carried = { ...national, embeddedIn: 'liaoning-2026' };
		expect(parentIds([carried, liaoning])).toEqual({ 'liaoning-2026': ['national-2026', 'carries'] });
	});

	test('says a notice cites the call it lists as an attachment', () => {
		const citing = { ...liaoning, attachments: [{ no: 2, title: `《${national.title ?? ''}》`, kind: null }] };
		expect(parentIds([national, citing])['liaoning-2026']).toEqual(['national-2026', 'cites']);
	});

	test('of several calls of its year, takes the one it cites, else the first by id', () => {
		const other = { ...national, id: 'a-call-2026', title: '关于开展2026年服务业标准化试点的通知' };
		const citing = { ...liaoning, attachments: [{ no: 1, title: `${national.title ?? ''}（2026年）`, kind: null }] };
		expect(parentIds([other, national, citing])['liaoning-2026']).toEqual(['national-2026', 'cites']);
		expect(parentIds([national, other, liaoning])['liaoning-2026']).toEqual(['a-call-2026', 'year']);
		// Two notices of its province this year: the first by id.
		const second = { ...liaoning, id: 'liaoning-2026-b' };
		expect(parentIds([national, second, liaoning, dalian])['dalian-2026']).toEqual(['liaoning-2026', 'place']);
	});

	test('goes through its parent’s notice, else straight to the national call', () => {
		expect(parentIds([national, liaoning, dalian, shenyang])).toEqual({
			'liaoning-2026': ['national-2026', 'year'],
			'dalian-2026': ['liaoning-2026', 'place'],
			'shenyang-2026': ['national-2026', 'year'],
		});
	});

	test('goes through the nearest place above that has a notice this year', () => {
		const district = at('ganjingzi-2026', 'district', '甘井子区', '大连市');
		const skipping = at('zhongshan-2026', 'district', '中山区', '大连市');
		const parents = parentIds([national, liaoning, dalian, district]);
		expect(parents['ganjingzi-2026']).toEqual(['dalian-2026', 'place']);
		// No 大连市 notice in 2026: the 2025 one still says 大连市 is in 辽宁省.
		const dalianOld = { ...dalian, id: 'dalian-2025', year: 2025 };
		expect(parentIds([national, liaoning, dalianOld, skipping])['zhongshan-2026']).toEqual(['liaoning-2026', 'place']);
	});

	test('never goes through another city’s notice for a shared district name', () => {
		const tianjin = at('tianjin-2026', 'provincial', '天津市');
		const shenyangIn = at('shenyang-liaoning-2026', 'municipal', '沈阳市', '辽宁省');
		const hepingTianjin = at('heping-tianjin-2026', 'district', '和平区', '天津市');
		const hepingShenyang = at('heping-shenyang-2026', 'district', '和平区', '沈阳市');
		const unknown = at('heping-2026', 'district', '和平区');
		const parents = parentIds([national, tianjin, liaoning, shenyangIn, hepingTianjin, hepingShenyang, unknown]);
		expect(parents['heping-tianjin-2026']).toEqual(['tianjin-2026', 'place']);
		expect(parents['heping-shenyang-2026']).toEqual(['shenyang-liaoning-2026', 'place']);
		expect(parents['shenyang-liaoning-2026']).toEqual(['liaoning-2026', 'place']);
		expect(parents['heping-2026']).toEqual(['national-2026', 'year']);
	});

	test('does not take a name’s prefix for its place', () => {
		const titled = at('jinzhou-2026', 'municipal', '锦州市', null, { title: '辽宁锦州关于申报的通知', issuers: ['辽宁省锦州市市场监督管理局'] });
		expect(parentIds([national, liaoning, titled])['jinzhou-2026']).toEqual(['national-2026', 'year']);
	});

	test('links only notices of the same programme year, and nothing above a national call', () => {
		const older = { ...liaoning, id: 'liaoning-2025', year: 2025 };
		const city = { ...dalian, id: 'dalian-2025', year: 2025 };
		expect(parentIds([national, older, city])).toEqual({ 'dalian-2025': ['liaoning-2025', 'place'] });
	});
});

describe('noticeChain', () => {
	const records = [national, liaoning, dalian, shenyang];

	test('returns the notices above, top first, and the tree below', () => {
		const chain = noticeChain('dalian-2026', records);
		expect(chain.above.map((step) => [step.record.id, step.relation])).toEqual([
			['national-2026', null],
			['liaoning-2026', 'year'],
		]);
		expect(chain.self).toMatchObject({ relation: 'place', children: [] });
	});

	test('lists a national call’s notices below it, higher levels first, then by place', () => {
		const { above, self } = noticeChain('national-2026', records);
		expect(above).toEqual([]);
		const tree = (node: typeof self): unknown[] => node.children.map((c) => [c.record.id, tree(c)]);
		expect(tree(self)).toEqual([
			['liaoning-2026', [['dalian-2026', []]]],
			['shenyang-2026', []],
		]);
	});

	test('throws for an unknown id', () => {
		expect(() => noticeChain('nowhere', records)).toThrow(/Cannot chain `nowhere`/);
	});

	test('links the real national 2026 call and Liaoning 2026 both ways', () => {
		const real = noticeIds.map(readNotice);
		const { children } = noticeChain('national-2026-pilot-call', real).self;
		const down = children.map((c) => [c.record.id, c.relation]);
		expect(down).toEqual([['liaoning-2026-pilot-recommendation', 'carries']]);
		const up = noticeChain('liaoning-2026-pilot-recommendation', real).above.map((s) => s.record.id);
		expect(up).toEqual(['national-2026-pilot-call']);
		// 2025 has no national call among the notices; 渝北区 2023 has no 重庆市 notice above it.
		expect(noticeChain('tianjin-2025-municipal-pilot-recommendation', real).above).toEqual([]);
		const yubei = noticeChain('chongqing-yubei-2023-municipal-pilot-demonstration', real);
		expect(yubei.above.map((s) => s.record.id)).toEqual(['national-2023-pilot-demonstration']);
	});
});

describe('chainRoot', () => {
	test('nests the path above a notice down to it, keeping its own children', () => {
		const root = chainRoot(noticeChain('liaoning-2026', [national, liaoning, dalian, shenyang]));
		expect(root.record.id).toBe('national-2026');
		expect(root.children.map((c) => c.record.id)).toEqual(['liaoning-2026']);
		expect(root.children[0]?.children.map((c) => c.record.id)).toEqual(['dalian-2026']);
	});
});

describe('daysAhead', () => {
	const due = (...dates: string[]) => dates.map((date) => deadline(date, `${date}前报送`));

	test('returns how many days earlier the lower deadline falls', () => {
		const upper = { ...national, deadlines: due('--11-30', '2026-06-30') };
		expect(daysAhead({ ...liaoning, deadlines: due('2026-05-20') }, upper)).toBe(41);
		expect(daysAhead({ ...liaoning, deadlines: due('2026-07-02') }, upper)).toBe(-2);
	});

	test('compares submit deadlines, not a report or evaluation date of either notice', () => {
		const upper = { ...national, deadlines: [deadline('2026-05-01', '5月1日前提交总结材料', 'evaluate'), ...due('2026-06-30')] };
		const lower = { ...liaoning, deadlines: [...due('2026-05-20'), deadline('2026-04-30', '4月30日前提交年度总结', 'report')] };
		expect(daysAhead(lower, upper)).toBe(41);
		expect(daysAhead(lower, { ...national, deadlines: [deadline('2026-06-30', '6月30日前完成自评', 'evaluate')] })).toBe(null);
	});

	test('returns null unless both have a full date', () => {
		const upper = { ...national, deadlines: due('2026-06-30') };
		expect(daysAhead({ ...liaoning, deadlines: due('--11-30') }, upper)).toBe(null);
		expect(daysAhead(liaoning, national)).toBe(null);
	});
});
