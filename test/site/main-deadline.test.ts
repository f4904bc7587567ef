import { describe, expect, test } from 'vitest';
import { formatMainDeadline, mainDeadline, orderDeadlines } from '../../src/lib/deadlines/main-deadline.ts';
import type { DeadlineKind } from '../../src/schemas/notice.ts';
import { deadline } from '../helpers/deadline.ts';

const d = (date: string, kind: DeadlineKind = 'submit') => deadline(date, `${date}前${kind}`, kind);
const bureau = (date: string) => deadline(date, `请各市局于${date}前报送`, 'submit', 'recommender');
const company = (date: string) => deadline(date, `申报单位于${date}前提交`, 'submit', 'applicant');

describe('mainDeadline', () => {
	test('returns null without deadlines', () => {
		expect(mainDeadline([])).toBe(null);
	});

	test('returns the submit deadline, not an earlier closing-material date (Tianjin 2025 shape)', () => {
		const deadlines = [d('--11-15', 'report'), d('2025-06-15', 'evaluate'), d('2025-05-31', 'evaluate'), d('2025-06-15')];
		expect(mainDeadline(deadlines)).toEqual({ deadline: d('2025-06-15'), index: 3, forRecommenders: false });
	});

	test('returns the submit deadline, not a later self-evaluation date', () => {
		expect(mainDeadline([d('2026-09-30', 'evaluate'), d('2026-06-30')])?.index).toBe(1);
	});

	test('returns null when no deadline is a submit one, however many others there are', () => {
		expect(mainDeadline([d('2025-05-31', 'evaluate'), d('--11-30', 'report'), d('2025-07-01', 'other')])).toBe(null);
	});

	test('returns the earliest of several submit deadlines', () => {
		expect(mainDeadline([d('2026-06-30'), d('2026-05-20'), d('2026-05-25')])).toEqual({ deadline: d('2026-05-20'), index: 1, forRecommenders: false });
	});

	test('prefers a full submit date to an earlier yearly one', () => {
		expect(mainDeadline([d('--01-31'), d('2026-06-30')])?.index).toBe(1);
	});

	test('falls back to a yearly submit date, the earliest in the year', () => {
		expect(mainDeadline([d('--11-30'), d('2026-03-01', 'evaluate'), d('--03-31')])).toEqual({ deadline: d('--03-31'), index: 2, forRecommenders: false });
	});

	test('keeps the first of equal dates', () => {
		expect(mainDeadline([d('2026-05-20'), d('2026-05-20')])?.index).toBe(0);
	});

	test('prefers the applicant’s own submit date to the bureaus’, earlier or later', () => {
		expect(mainDeadline([bureau('2026-05-20'), company('2026-05-10')])).toEqual({ deadline: company('2026-05-10'), index: 1, forRecommenders: false });
		expect(mainDeadline([bureau('2026-05-20'), d('2026-06-30')])).toEqual({ deadline: d('2026-06-30'), index: 1, forRecommenders: false });
	});

	test('returns the bureaus’ date, marked for recommenders, when the notice sets no date of the applicant’s (Liaoning 2026 shape)', () => {
		const liaoning = [bureau('2026-05-20'), deadline('--11-30', '承担单位应于每年11月底前提交年度工作总结', 'report', 'applicant')];
		expect(mainDeadline(liaoning)).toEqual({ deadline: bureau('2026-05-20'), index: 0, forRecommenders: true });
	});
});

describe('formatMainDeadline', () => {
	test('returns the date, after 推荐截止 when it binds the recommending bureaus only', () => {
		expect(formatMainDeadline({ deadline: bureau('2026-05-20'), index: 0, forRecommenders: true })).toBe('推荐截止 2026年5月20日');
		expect(formatMainDeadline({ deadline: company('2026-05-10'), index: 0, forRecommenders: false })).toBe('2026年5月10日');
		expect(formatMainDeadline({ deadline: d('--03-31'), index: 0, forRecommenders: false })).toBe('每年3月31日');
	});
});

describe('orderDeadlines', () => {
	test('returns submit deadlines first, then the others; full dates by date before yearly ones in each', () => {
		const ordered = orderDeadlines([
			d('--11-15', 'report'),
			d('2025-06-15', 'evaluate'),
			d('--03-31'),
			d('2025-05-31', 'evaluate'),
			d('2025-06-15'),
			d('2025-06-01'),
		]);
		expect(ordered.map(({ deadline, index }) => [deadline.date, deadline.kind, index])).toEqual([
			['2025-06-01', 'submit', 5],
			['2025-06-15', 'submit', 4],
			['--03-31', 'submit', 2],
			['2025-05-31', 'evaluate', 3],
			['2025-06-15', 'evaluate', 1],
			['--11-15', 'report', 0],
		]);
	});
});
