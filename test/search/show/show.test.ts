import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/search/show/excerpt-parts.ts';
import { findRanges } from '../../../src/search/show/find-ranges.ts';
import { shownValues } from '../../../src/search/show/render-facets.ts';
import { resultSections } from '../../../src/search/show/result-sections.ts';
import { resultHash } from '../../../src/search/show/text-directive.ts';
import { isSpace, wordStarts } from '../../../src/search/show/word-starts.ts';

describe('findRanges', () => {
	test('returns folded matches merged and sorted', () => {
		expect(findRanges('文号〔２０２６〕，申报申报', ['[2026]', '申报', '报申'])).toEqual([[2, 8], [9, 13]]);
	});
});

describe('wordStarts', () => {
	test('returns where each Pagefind word starts in the text without separators', () => {
		expect(wordStarts('申报\u200B条件\u200B. \u200B<b>\u200B截止')).toEqual([0, 2, 4, 6, 9]);
		expect(wordStarts('\u3000𠀀字\u00a0\u200B二')).toEqual([1, 5]);
	});

	test('takes as space exactly what /\\s/u matches, over every UTF-16 unit', () => {
		const differ: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
		expect(differ).toEqual([]);
	});
});

describe('resultSections', () => {
	test('groups matches under the last heading before them', () => {
		const anchors = [
			{ element: 'h3', id: 'a', text: '一、范围', location: 1 },
			{ element: 'span', id: 'fact', text: '', location: 2 },
			{ element: 'h3', id: 'b', text: '二、条件', location: 3 },
		];
		expect(resultSections([[0, 1], [12, 14], [31, 33], [40, 41]], anchors, [0, 10, 20, 30])).toEqual([
			{ heading: null, ranges: [[0, 1]] },
			{ heading: { id: 'a', text: '一、范围' }, ranges: [[12, 14]] },
			{ heading: { id: 'b', text: '二、条件' }, ranges: [[31, 33], [40, 41]] },
		]);
	});
});

describe('excerptParts', () => {
	test('marks matches, starts at the block, drops the dot Pagefind adds after a block', () => {
		const content = '上一段文字很长很长很长很长很长很长很长很长很长很长。 二、申报条件. 申报主体应具备条件';
		const at = content.indexOf('申报条件');
		expect(excerptParts(content, [[at, at + 4]], [at, at + 4])).toEqual([
			{ text: '二、', mark: false },
			{ text: '申报条件', mark: true },
			{ text: ' 申报主体应具备条件', mark: false },
		]);
	});

	test('cuts long text with ellipses', () => {
		const content = `${'甲'.repeat(200)}截止${'乙'.repeat(200)}`;
		const parts = excerptParts(content, [[200, 202]], [200, 202]);
		expect(parts[0]).toEqual({ text: '…', mark: false });
		expect(parts.at(-1)).toEqual({ text: '…', mark: false });
		expect(parts.map((p) => p.text).join('').length).toBeGreaterThanOrEqual(100);
	});
});

describe('resultHash', () => {
	test('returns the section id and a text directive with the words before the match', () => {
		expect(resultHash('截止日期：8月15日-前', [5, 10], 'card-deadline')).toBe(
			`#card-deadline:~:text=${encodeURIComponent('截止日期：')}-,${encodeURIComponent('8月15日')}`,
		);
		expect(resultHash('a-b', [2, 3], null)).toBe('#:~:text=a%2D-,b');
	});
});

describe('shownValues', () => {
	const values = Array.from({ length: 20 }, (_, i) => `地区${i + 1}`);

	test('shows the first twelve of a long facet, and a ticked value after them in its place', () => {
		expect(shownValues(values, ['地区18', '地区2'], false)).toEqual([...values.slice(0, 12), '地区18']);
	});

	test('shows every value when expanded, or when there are twelve or fewer', () => {
		expect(shownValues(values, [], true)).toEqual(values);
		expect(shownValues(values.slice(0, 12), [], false)).toEqual(values.slice(0, 12));
	});
});
