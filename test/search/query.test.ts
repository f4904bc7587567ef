import { beforeAll, describe, expect, test } from 'vitest';
import { buildLiteralIndex } from '../../src/search/build/build-literal-index.ts';
import { countdown } from '../../src/lib/deadlines/countdown.ts';
import { deadlineStatus } from '../../src/search/deadline-status.ts';
import { today } from '../../src/text/today.ts';
import { matchQuery } from '../../src/search/match-query.ts';
import { queryTerms } from '../../src/search/query-terms.ts';
import { LiteralIndex } from '../../src/search/query/literal-index.ts';
import { termCover } from '../../src/search/query/term-cover.ts';
import { termWords } from '../../src/search/term-words.ts';

async function indexOf(texts: string[]): Promise<LiteralIndex> {
	const { manifest, files } = await buildLiteralIndex(texts);
	return new LiteralIndex(manifest, async (file) => files.get(file) ?? new Uint8Array());
}

describe('queryTerms', () => {
	test('returns folded terms split at any whitespace, each once', () => {
		expect(queryTerms(' 申报条件　〔２０２６〕 申报条件\n')).toEqual(['申报条件', '[2026]']);
		expect(queryTerms('   ')).toEqual([]);
	});
});

describe('termWords', () => {
	test('returns the words of a phrase of two-character words', () => {
		expect(termWords('申报条件')).toEqual(['申报', '条件']);
	});

	test('returns null for a date, a single word or one-character pieces', () => {
		expect(termWords('8月15日')).toBe(null);
		expect(termWords('标准')).toBe(null);
		expect(termWords('联系人')).toBe(null);
	});
});

describe('termCover', () => {
	test('returns a frequent term as is', () => {
		expect(termCover('标准化', () => true)).toEqual({ frequent: true });
	});

	test('returns bigram leaves when nothing is frequent', () => {
		expect(termCover('甲乙丙丁', () => false)).toEqual({
			frequent: false,
			leaves: [{ at: 0, gram: '甲乙' }, { at: 2, gram: '丙丁' }],
		});
	});

	test('returns a backward leaf for a frequent tail', () => {
		const frequent = new Set(['标准', '准化', '标准化']);
		expect(termCover('沈阳标准化', (g) => frequent.has(g))).toEqual({
			frequent: false,
			leaves: [{ at: 0, gram: '沈阳' }, { at: 1, gram: '阳标准化' }],
		});
	});
});

describe('matchQuery', () => {
	let index: LiteralIndex;
	beforeAll(async () => {
		index = await indexOf(['二、申报条件。申报条件如下', '申报单位应具备以下条件', '只有申报', '沈阳 智慧农业']);
	});

	test('returns notices with the phrase first, those with its words apart second', async () => {
		const match = await matchQuery(index, '申报条件');
		expect(match.phrase).toEqual(new Map([[0, 2]]));
		expect(match.wordsOnly).toEqual(new Map([[1, 2]]));
		expect(match.words).toEqual([['申报', '条件']]);
	});

	test('requires every term of a query with spaces', async () => {
		expect((await matchQuery(index, '智慧农业 沈阳')).phrase).toEqual(new Map([[3, 2]]));
		expect((await matchQuery(index, '智慧农业 申报')).phrase.size).toBe(0);
	});

	test('returns nothing for an empty query', async () => {
		const match = await matchQuery(index, '  ');
		expect([match.phrase.size, match.wordsOnly.size]).toEqual([0, 0]);
	});
});

describe('deadlineStatus', () => {
	test('returns open through the deadline day, closed after, none without a date', () => {
		expect(deadlineStatus('2026-05-20', '2026-05-20')).toBe('open');
		expect(deadlineStatus('2026-05-20', '2026-05-21')).toBe('closed');
		expect(deadlineStatus(null, '2026-05-21')).toBe('none');
	});

	test('agrees with the countdown near midnight in China, both reading the one today()', () => {
		const lateEvening = today(new Date('2026-05-20T15:30:00Z'));
		const nextMorning = today(new Date('2026-05-20T23:30:00Z'));
		expect([deadlineStatus('2026-05-20', lateEvening), countdown('2026-05-20', lateEvening).when]).toEqual(['open', 'today']);
		expect([deadlineStatus('2026-05-20', nextMorning), countdown('2026-05-20', nextMorning).when]).toEqual(['closed', 'past']);
	});
});
