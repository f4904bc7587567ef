import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_LIMIT, naturalPairs, pairsByNotice } from '../../src/lib/compare/compare-pairs.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { manyNotices } from './many-notices.ts';
import { noticeRecord, type NoticeRecordInput } from './notice-record.ts';

const national = (year: number) =>
	noticeRecord({ id: `national-${year}`, year, jurisdiction: { level: 'national', name: '全国' } });
const province = (name: string, year: number, extra: NoticeRecordInput = {}) =>
	noticeRecord({ id: `${name === '辽宁省' ? 'liaoning' : 'tianjin'}-${year}`, year, jurisdiction: { level: 'provincial', name }, ...extra });

/** Many unrelated notices, so the every-pair rule is off. */
const filler = Array.from({ length: ALL_PAIRS_LIMIT }, (_, i) =>
	noticeRecord({ id: `filler-${i}`, year: 1960 + i, jurisdiction: { level: 'district', name: `区${i}` } }),
);

describe('naturalPairs', () => {
	it('puts the national call first against a local notice of its year, and marks the carrier', () => {
		const pairs = naturalPairs([province('辽宁省', 2026, { embeddedIn: null }), national(2026)].map((r) =>
			r.id === 'national-2026' ? { ...r, embeddedIn: 'liaoning-2026' } : r,
		));
		expect(pairs).toEqual([{ a: 'national-2026', b: 'liaoning-2026', reasons: ['carrier', 'implements'], prerendered: true }]);
	});

	it('pairs a copy of a national call with its carrier only when the call itself is there', () => {
		const copy = { ...national(2026), id: 'national-2026-copy', embeddedIn: 'tianjin-2026' };
		const records = [province('天津市', 2026), copy, national(2026), province('辽宁省', 2026), ...filler];
		const pairs = naturalPairs(records).filter((p) => p.a === 'national-2026-copy');
		expect(pairs).toEqual([{ a: 'national-2026-copy', b: 'tianjin-2026', reasons: ['carrier'], prerendered: true }]);
	});

	it('pairs one issuer year over year with the next year only', () => {
		const records = [province('辽宁省', 2024), province('辽宁省', 2026), province('辽宁省', 2025), ...filler];
		const own = naturalPairs(records).filter((p) => p.a.startsWith('liaoning'));
		expect(own).toEqual([
			{ a: 'liaoning-2024', b: 'liaoning-2025', reasons: ['yearOverYear'], prerendered: true },
			{ a: 'liaoning-2025', b: 'liaoning-2026', reasons: ['yearOverYear'], prerendered: true },
		]);
	});

	it('pairs provinces of one year for the picker, and no unrelated pair once the corpus is large', () => {
		const records = [province('辽宁省', 2025), province('天津市', 2025), national(2023), ...filler];
		const pairs = naturalPairs(records).filter((p) => !p.a.startsWith('filler') || !p.b.startsWith('filler'));
		expect(pairs).toEqual([{ a: 'liaoning-2025', b: 'tianjin-2025', reasons: ['sameYear'], prerendered: false }]);
	});

	it('leaves cities and districts of one year to the picker once the corpus is large', () => {
		const district = (name: string) => noticeRecord({ id: `d-${name === '渝北区' ? 'yubei' : 'jiangbei'}`, year: 2025, jurisdiction: { level: 'district', name } });
		const pairs = naturalPairs([district('渝北区'), district('江北区'), ...filler]);
		expect(pairs.filter((p) => p.a.startsWith('d-') || p.b.startsWith('d-'))).toEqual([]);
	});

	it('pairs everything while the corpus is small, older notice first', () => {
		const pairs = naturalPairs([province('天津市', 2025), national(2023), province('辽宁省', 2024)]);
		expect(pairs.map((p) => `${p.a}>${p.b}`)).toEqual([
			'national-2023>liaoning-2024',
			'national-2023>tianjin-2025',
			'liaoning-2024>tianjin-2025',
		]);
		expect(pairs.every((p) => p.reasons.length > 0 && p.prerendered)).toBe(true);
		expect(pairsByNotice(pairs).get('liaoning-2024')).toHaveLength(2);
	});

	it('pairs a local notice with the one national call of its year it follows, not with every call', () => {
		const call = (id: string, title: string, domain: string) =>
			noticeRecord({ id, year: 2025, title, jurisdiction: { level: 'national', name: '全国' }, domains: [{ name: domain, focus: [] }] });
		const calls = [call('national-a', '关于开展农业标准化试点的通知', '农业'), call('national-b', '关于开展服务业标准化试点的通知', '服务业')];
		const copy = { ...calls[1], id: 'national-b-copy', embeddedIn: 'tianjin-2025' } as NoticeRecord;
		const tianjin = province('天津市', 2025, { domains: [{ name: '农业', focus: [] }] });
		const liaoning = province('辽宁省', 2025, { domains: [{ name: '农业', focus: [] }] });
		const pairs = naturalPairs([...calls, copy, tianjin, liaoning, ...filler]).filter((p) => p.reasons.includes('implements'));
		// Tianjin carries a copy of call b (its domains point at a); Liaoning shares a's domain.
		expect(pairs.map((p) => `${p.a}>${p.b}`)).toEqual(['national-a>liaoning-2025', 'national-b>tianjin-2025']);
		expect(pairs.map((p) => p.prerendered)).toEqual([false, false]);
	});

	it('pairs each notice of an issuer with its closest notice of the year before only', () => {
		const liaoning = (id: string, year: number, title: string) => province('辽宁省', year, { id, title });
		const records = [
			liaoning('l-2024-agri', 2024, '关于申报2024年农业标准化试点的通知'),
			liaoning('l-2024-serv', 2024, '关于申报2024年服务业标准化试点的通知'),
			liaoning('l-2025-serv', 2025, '关于申报2025年服务业标准化试点的通知'),
			...filler,
		];
		const pairs = naturalPairs(records).filter((p) => p.reasons.includes('yearOverYear'));
		expect(pairs).toEqual([{ a: 'l-2024-serv', b: 'l-2025-serv', reasons: ['yearOverYear'], prerendered: true }]);
	});

	it('pre-renders a pair that is also a carrier or year over year, whatever its other reasons', () => {
		// Liaoning carries a copy of the national call: carrier and implements; Tianjin only implements it.
		const records = [{ ...national(2026), embeddedIn: 'liaoning-2026' }, province('辽宁省', 2026), province('天津市', 2026), ...filler];
		const pairs = naturalPairs(records).filter((p) => !p.a.startsWith('filler'));
		expect(pairs.map((p) => [`${p.a}>${p.b}`, p.reasons.join('+'), p.prerendered])).toEqual([
			['national-2026>liaoning-2026', 'carrier+implements', true],
			['national-2026>tianjin-2026', 'implements', false],
			['liaoning-2026>tianjin-2026', 'sameYear', false],
		]);
	});

	it('pre-renders every pair at ALL_PAIRS_LIMIT notices and only the carrier and year-over-year pairs above it', () => {
		const fillers = (n: number) => filler.slice(0, n);
		const small = naturalPairs([province('辽宁省', 2025), province('天津市', 2025), ...fillers(ALL_PAIRS_LIMIT - 2)]);
		expect(small.find((p) => p.a === 'liaoning-2025' && p.b === 'tianjin-2025')).toMatchObject({ reasons: ['sameYear'], prerendered: true });
		const large = naturalPairs([province('辽宁省', 2025), province('天津市', 2025), ...fillers(ALL_PAIRS_LIMIT - 1)]);
		expect(large.find((p) => p.a === 'liaoning-2025' && p.b === 'tianjin-2025')).toMatchObject({ reasons: ['sameYear'], prerendered: false });
	});

	it('pre-renders at most one page per notice at scale, and lists the others for the picker', () => {
		// Each pre-rendered pair is a carried copy with its carrier or a notice with one of the
		// year before: at most one per notice (here none is carried).
		const records = manyNotices(2000);
		const pairs = naturalPairs(records);
		const prerendered = pairs.filter((p) => p.prerendered);
		expect(prerendered.length).toBeGreaterThan(0);
		expect(prerendered.length).toBeLessThanOrEqual(records.length);
		expect(prerendered.every((p) => p.reasons.includes('yearOverYear'))).toBe(true);
		expect(pairs.filter((p) => !p.prerendered).every((p) => !p.reasons.includes('yearOverYear') && !p.reasons.includes('carrier'))).toBe(true);
		expect(pairs.some((p) => !p.prerendered && p.reasons.includes('sameYear'))).toBe(true);
	});
});
