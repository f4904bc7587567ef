import { describe, expect, test } from 'vitest';
import { mainDeadline, orderDeadlines } from '../../src/lib/main-deadline.ts';

const d = (date: string) => ({ date, kind: 'submit' as const, text: `${date}前报送` });

describe('mainDeadline', () => {
	test('returns null without deadlines', () => {
		expect(mainDeadline([])).toBe(null);
	});

	test('returns the earliest full date with its index', () => {
		expect(mainDeadline([d('--11-15'), d('2025-06-15'), d('2025-05-31')])).toEqual({
			deadline: d('2025-05-31'),
			index: 2,
		});
	});

	test('prefers a full date to an earlier yearly one', () => {
		expect(mainDeadline([d('--01-31'), d('2026-06-30')])).toEqual({
			deadline: d('2026-06-30'),
			index: 1,
		});
	});

	test('falls back to the earliest yearly date', () => {
		expect(mainDeadline([d('--11-30'), d('--03-31')])).toEqual({
			deadline: d('--03-31'),
			index: 1,
		});
	});

	test('keeps the first of equal dates', () => {
		expect(mainDeadline([d('2026-05-20'), d('2026-05-20')])?.index).toBe(0);
	});
});

describe('orderDeadlines', () => {
	test('returns full dates by date, then yearly ones, each with its index', () => {
		const ordered = orderDeadlines([d('--11-15'), d('2025-06-15'), d('--03-31'), d('2025-05-31')]);
		expect(ordered.map(({ deadline, index }) => [deadline.date, index])).toEqual([
			['2025-05-31', 3],
			['2025-06-15', 1],
			['--03-31', 2],
			['--11-15', 0],
		]);
	});
});
