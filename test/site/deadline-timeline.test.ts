import { describe, expect, test } from 'vitest';
import { deadlineTimeline } from '../../src/lib/deadlines/deadline-timeline.ts';
import type { DeadlineKind } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';

const d = (date: string, text = `${date}前报送申报材料`, kind: DeadlineKind = 'submit') => ({ date, text, kind });
const province = noticeRecord({
	id: 'b-province',
	deadlines: [d('--11-30', '每年11月底前提交年度工作总结', 'report'), d('2026-05-20')],
});
const national = noticeRecord({
	id: 'z-national',
	jurisdiction: { level: 'national', name: '全国' },
	deadlines: [d('2026-06-30'), d('2026-05-20'), d('--03-31', '每年3月底前完成自我评价', 'evaluate')],
});
const city = noticeRecord({
	id: 'a-city',
	jurisdiction: { level: 'municipal', name: '沈阳市' },
	deadlines: [d('2026-05-10')],
});
const keys = (entries: { notice: { id: string }; index: number }[]) =>
	entries.map((e) => `${e.notice.id}#${e.index}`);

describe('deadlineTimeline', () => {
	test('returns dated deadlines earliest first, national first on the same day', () => {
		const { dated } = deadlineTimeline([city, province, national]);
		expect(keys(dated)).toEqual(['a-city#0', 'z-national#1', 'b-province#1', 'z-national#0']);
	});

	test('keeps yearly deadlines apart, by month and day', () => {
		const { yearly } = deadlineTimeline([province, national]);
		expect(yearly.map((e) => [e.date, e.notice.id, e.index])).toEqual([
			['--03-31', 'z-national', 2],
			['--11-30', 'b-province', 0],
		]);
	});

	test('returns the same order whatever order the records come in', () => {
		const one = deadlineTimeline([city, province, national]);
		const two = deadlineTimeline([national, city, province]);
		expect(keys(two.dated)).toEqual(keys(one.dated));
		expect(keys(two.yearly)).toEqual(keys(one.yearly));
	});

	test('names what is due by the record\'s kind, never by reading the clause', () => {
		const { dated, yearly } = deadlineTimeline([province, national]);
		expect(dated[0]?.action).toBe('申报截止');
		expect(yearly.map((e) => e.action)).toEqual(['自评与验收', '年度报告']);
		const other = noticeRecord({ id: 'o', deadlines: [d('2026-07-01', '7月1日前报送申报材料', 'other')] });
		expect(deadlineTimeline([other]).dated[0]?.action).toBe('其他事项');
	});

	test('returns empty lists without deadlines', () => {
		expect(deadlineTimeline([noticeRecord({ id: 'none' })])).toEqual({ dated: [], yearly: [] });
	});
});
