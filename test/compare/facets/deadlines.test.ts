import { describe, expect, test } from 'vitest';
import { dateShift } from '../../../src/compare/facets/date-shift.ts';
import { deadlineAction } from '../../../src/compare/facets/deadline-action.ts';
import { compareDeadlines } from '../../../src/compare/facets/deadlines.ts';
import { deadline } from '../../helpers/deadline.ts';

describe('deadlineAction', () => {
	test.each([
		['于2023年8月15日前将推荐的试点示范项目申报材料报送至指定接收单位', '报送申报材料'],
		['于2026年6月30日前将推荐的试点项目申报材料（含公文）上传至系统', '报送申报材料'],
		['于2026年5月20日前将推荐函和纸质材料、电子版材料报送至省市场监管局', '报送申报材料'],
		['申报截止日期：2023年5月15日。', '报送申报材料'],
		['承担单位应于每年11月15日前提交年度工作总结，建设期满后应开展自我评价', '提交年度工作总结'],
		['请承担单位于6月15日前完成自我评价并形成自评报告，提交总结材料到市市场监管委', '完成自我评价'],
		['请承担单位于5月底前提交总结材料到市标准化研究院', '提交总结材料'],
		['请各区于5月10日前择优推荐', '推荐'],
		['承担单位应于2027年6月底前接受中期评估', '接受中期评估'],
		['请于3月1日前在系统中完成网上申报', '报送申报材料'],
		['请于6月1日前完成现场核查。', '完成现场核查'],
		['2026年6月1日。', '截止'],
	])('returns the action of %s', (text, action) => {
		expect(deadlineAction(text)).toBe(action);
	});
});

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
	const submit = (date: string, text: string) => deadline(date, text);

	test('returns a moved deadline with its days', () => {
		const a = submit('2023-08-15', '于8月15日前将申报材料报送至标准技术司');
		const b = submit('2023-06-30', '于6月30日前将申报材料上传至系统');
		expect(compareDeadlines([a], [b])).toEqual([
			{ status: 'changed', a, b, substantive: true, action: '报送申报材料', days: -46, dateOnly: false },
		]);
	});

	test('returns a roll-over as dateOnly and not substantive', () => {
		const a = submit('2025-05-31', '5月底前提交总结材料');
		const b = submit('2026-05-31', '5月底前提交总结材料');
		expect(compareDeadlines([a], [b])[0]).toMatchObject({ status: 'changed', days: 365, dateOnly: true, substantive: false });
	});

	test('matches by action, not by order', () => {
		const yearly = submit('--11-30', '每年11月底前提交年度工作总结');
		const a = [submit('2025-06-30', '6月30日前报送申报材料'), yearly];
		const b = [yearly, submit('2026-06-15', '6月15日前报送申报材料')];
		expect(compareDeadlines(a, b).map((d) => [d.status, d.action, d.days])).toEqual([
			['kept', '提交年度工作总结', 0],
			['changed', '报送申报材料', 350],
		]);
	});

	test('falls back to similar clauses when the actions read differently', () => {
		const a = submit('2025-07-01', '请于7月1日前登录平台填报');
		const b = submit('2026-07-01', '请于2026年7月1日前登录平台填写');
		expect(compareDeadlines([a], [b])[0]).toMatchObject({ status: 'changed', dateOnly: true });
	});

	test('returns added and dropped deadlines', () => {
		const changes = compareDeadlines([submit('2025-06-15', '6月15日前完成自我评价')], [submit('2026-05-20', '5月20日前报送申报材料')]);
		expect(changes.map((d) => [d.status, d.action, d.days, d.substantive])).toEqual([
			['added', '报送申报材料', null, true],
			['removed', '完成自我评价', null, true],
		]);
	});
});
