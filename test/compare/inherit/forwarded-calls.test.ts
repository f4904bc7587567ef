import { describe, expect, test } from 'vitest';
import { callsAbove, forwardedCalls, namedCall } from '../../../src/compare/inherit/forwarded-calls.ts';
import { noticeRecord } from '../../site/notice-record.ts';

const national = (id: string, docNumber: string | null, title: string) =>
	noticeRecord({ id, docNumber, title, jurisdiction: { level: 'national', name: '全国' } });
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('forwardedCalls', () => {
	const byNumber = national('n1', '甲委发〔2026〕7号', '甲委关于征集乙项目的通知');
	const byTitle = national('n2', null, '甲委关于征集丙项目的通知');

	test('finds the named call by 文号 first, whatever its title', () => {
		const lower = noticeRecord({ id: 'p', forwards: { docNumber: '甲委发〔2026〕 7号', title: '别的标题' } });
		expect(ids(forwardedCalls(lower, [byNumber, byTitle, lower]))).toEqual(['n1']);
	});

	test('finds it by title, spacing and book-title marks aside, when no 文号 matches', () => {
		const lower = noticeRecord({ id: 'p', forwards: { docNumber: null, title: '《甲委关于征集 丙项目的通知》' } });
		expect(ids(forwardedCalls(lower, [byNumber, byTitle, lower]))).toEqual(['n2']);
	});

	test('returns the carried notices first and a carried call once', () => {
		const carried = noticeRecord({ ...byNumber, embeddedIn: 'p' });
		const lower = noticeRecord({ id: 'p', forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集乙项目的通知' } });
		expect(ids(forwardedCalls(lower, [byTitle, carried, lower]))).toEqual(['n1']);
		const other = noticeRecord({ id: 'q', forwards: { docNumber: null, title: '甲委关于征集丙项目的通知' } });
		const carriedInQ = noticeRecord({ ...byNumber, embeddedIn: 'q' });
		expect(ids(forwardedCalls(other, [byTitle, carriedInQ, other]))).toEqual(['n1', 'n2']);
	});

	test('returns nothing for a call not in the corpus, itself or a lower notice', () => {
		const self = noticeRecord({ id: 'p', title: '某通知', forwards: { docNumber: null, title: '某通知' } });
		expect(forwardedCalls(self, [self])).toEqual([]);
		const district = noticeRecord({ id: 'd', title: '某区通知', jurisdiction: { level: 'district', name: '某区' }, embeddedIn: 'p' });
		expect(forwardedCalls(noticeRecord({ id: 'p', forwards: { docNumber: null, title: '某区通知' } }), [district])).toEqual([]);
	});
});

describe('namedCall', () => {
	test('returns the call `forwards` names, not one the file carries', () => {
		const byNumber = national('n1', '甲委发〔2026〕7号', '甲委关于征集乙项目的通知');
		const carried = noticeRecord({ ...national('n2', null, '甲委关于征集丙项目的通知'), embeddedIn: 'p' });
		const lower = noticeRecord({ id: 'p', forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集乙项目的通知' } });
		expect(namedCall(lower, [byNumber, carried, lower])?.id).toBe('n1');
		expect(namedCall(noticeRecord({ id: 'q' }), [byNumber])).toBeUndefined();
	});
});

describe('callsAbove', () => {
	test('returns the calls forwarded, and theirs, each once, nearest first', () => {
		const call = national('n', '甲委发〔2026〕7号', '甲委关于征集乙项目的通知');
		const province = noticeRecord({ id: 'p', title: '某省通知', forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集乙项目的通知' } });
		const city = noticeRecord({
			id: 'c',
			jurisdiction: { level: 'municipal', name: '某市' },
			forwards: { docNumber: null, title: '某省通知' },
		});
		const carriedCopy = noticeRecord({ ...call, id: 'n-copy', embeddedIn: 'c' });
		expect(ids(callsAbove(city, [call, province, city, carriedCopy]))).toEqual(['n-copy', 'p', 'n']);
		expect(callsAbove(call, [call, province, city])).toEqual([]);
	});
});
