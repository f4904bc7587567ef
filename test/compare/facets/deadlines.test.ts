import { describe, expect, test } from 'vitest';
import { dateShift } from '../../../src/compare/facets/date-shift.ts';
import { compareDeadlines } from '../../../src/compare/facets/deadlines.ts';

describe('dateShift', () => {
	test('returns days between two dates', () => {
		expect(dateShift('2023-08-15', '2026-06-30')).toEqual({ days: 1050, dateOnly: false });
	});

	test('returns a roll-over for the same day a year later', () => {
		expect(dateShift('2025-05-31', '2026-05-31')).toEqual({ days: 365, dateOnly: true });
	});

	test('compares month and day when a date recurs yearly', () => {
		expect(dateShift('--11-15', '--11-30')).toEqual({ days: 15, dateOnly: false });
		expect(dateShift('2025-03-01', '--02-29')).toEqual({ days: -1, dateOnly: false });
	});
});

describe('compareDeadlines', () => {
	type Kind = 'submit' | 'report' | 'evaluate' | 'other';
	const due = (kind: Kind, date: string, text: string, party: 'applicant' | 'recommender' | null = null) => ({ date, kind, text, party });
	const submit = (date: string, text: string) => due('submit', date, text);
	const rows = (changes: ReturnType<typeof compareDeadlines>) => changes.map((d) => [d.status, d.action, d.days]);

	test('returns a moved deadline with its days, named by its kind', () => {
		const a = submit('2023-08-15', '于8月15日前将申报材料报送至标准技术司');
		const b = submit('2023-06-30', '于6月30日前将申报材料上传至系统');
		expect(compareDeadlines([a], [b])).toEqual([
			{ status: 'changed', a, b, substantive: true, kind: 'submit', party: null, action: '报送申报材料', label: '申报截止日期', days: -46, dateOnly: false },
		]);
	});

	test('returns a roll-over as dateOnly and not substantive', () => {
		const a = due('evaluate', '2025-05-31', '5月底前提交总结材料');
		const b = due('evaluate', '2026-05-31', '5月底前提交总结材料');
		expect(compareDeadlines([a], [b])[0]).toMatchObject({ status: 'changed', days: 365, dateOnly: true, substantive: false });
	});

	test('matches by kind, not by order or wording', () => {
		const yearly = due('report', '--11-30', '每年11月底前提交年度工作总结');
		const a = [submit('2025-06-30', '6月30日前报送申报材料'), yearly];
		const b = [yearly, submit('2026-06-15', '请于2026年6月15日前登录平台填报')];
		expect(rows(compareDeadlines(a, b))).toEqual([
			['kept', '提交年度报告', 0],
			['changed', '报送申报材料', 350],
		]);
	});

	test('never pairs deadlines of different kinds, however alike their clauses', () => {
		const changes = compareDeadlines([due('evaluate', '2025-06-15', '6月15日前报送材料')], [submit('2026-05-20', '5月20日前报送材料')]);
		expect(rows(changes)).toEqual([
			['added', '报送申报材料', null],
			['removed', '提交自评或验收材料', null],
		]);
	});

	test('matches by party when both clauses name one, and names a bureau’s deadline as a recommendation', () => {
		const a = [due('submit', '2026-05-20', '各市局于5月20日前报送推荐函', 'recommender'), due('submit', '2026-05-10', '申报单位5月10日前报送', 'applicant')];
		const b = [due('submit', '2026-05-08', '申报单位5月8日前报送', 'applicant'), due('submit', '2026-05-15', '各市局于5月15日前报送推荐函', 'recommender')];
		expect(compareDeadlines(a, b).map((d) => [d.party, d.label, d.days])).toEqual([
			['applicant', '申报截止日期', -2],
			['recommender', '推荐截止日期', -5],
		]);
	});

	test('pairs a clause without a party with either party', () => {
		const [change] = compareDeadlines([submit('2026-05-20', '5月20日前报送')], [due('submit', '2026-05-15', '5月15日前报送', 'recommender')]);
		expect(change).toMatchObject({ status: 'changed', days: -5, action: '推荐上报' });
	});

	test('among several deadlines of one kind, pairs the closest clauses', () => {
		const a = [submit('2026-05-01', '5月1日前完成网上填报'), submit('2026-05-20', '5月20日前寄送纸质材料')];
		const b = [submit('2026-05-18', '5月18日前寄送纸质材料'), submit('2026-05-02', '5月2日前完成网上填报')];
		expect(compareDeadlines(a, b).map((d) => [d.a?.date, d.b?.date])).toEqual([
			['2026-05-20', '2026-05-18'],
			['2026-05-01', '2026-05-02'],
		]);
	});
});
