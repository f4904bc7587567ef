import { describe, expect, it, test } from 'vitest';
import { forgetTexts } from '../../src/compare/index.ts';
import { bigrams, similarity } from '../../src/compare/similarity.ts';
import { diffWordsZh } from '../../src/compare/word-diff.ts';

describe('similarity', () => {
	it('is the Dice coefficient of character bigrams, punctuation and spacing left out', () => {
		expect(similarity('不超过3个', '不超过5个')).toBe(0.5);
		expect(similarity('申报条件：', ' 申报，条件')).toBe(1);
		expect(similarity('信用良好', '标准化工作基础')).toBe(0);
	});

	it('counts a repeated bigram as often as the rarer side has it', () => {
		// 标准标准: 标准 ×2, 准标 ×1; 标准: 标准 ×1 → 2·1 / (3 + 1)
		expect(similarity('标准标准', '标准')).toBe(0.5);
	});

	it('takes a one-character text as its own bigram, apart from any pair', () => {
		expect(similarity('甲', '甲')).toBe(1);
		expect(similarity('甲', '甲乙')).toBe(0);
		expect(similarity('', '')).toBe(1);
		expect(similarity('。', '甲')).toBe(0);
	});

	it('reads characters beyond the BMP as one character each', () => {
		expect(bigrams('𠀀𠀁')).toHaveLength(1);
		expect(similarity('𠀀𠀁甲', '𠀀𠀁乙')).toBe(0.5);
	});

	it('gives the same grams for the same text, kept or not', () => {
		expect([...bigrams('申报条件')]).toEqual([...bigrams(['申报', '条件'].join(''))]);
		expect(bigrams('申报条件')).toHaveLength(3);
	});
});

describe('diffWordsZh', () => {
	it('gives the same redline for the same two texts again', () => {
		const first = diffWordsZh('于8月15日前报送', '于6月30日前报送');
		expect(first.parts).toEqual([{ value: '于' }, { value: '8月15日', removed: true }, { value: '6月30日', added: true }, { value: '前报送' }]);
		expect(diffWordsZh('于8月15日前报送', '于6月30日前报送')).toEqual(first);
	});

	it('falls back with a timeout of 0 even for texts it has diffed', () => {
		expect(diffWordsZh('于8月15日前报送', '于6月30日前报送', { timeout: 0 })).toEqual({
			parts: [{ value: '于8月15日前报送', removed: true }, { value: '于6月30日前报送', added: true }],
			fellBack: true,
		});
	});
});

describe('forgetTexts', () => {
	test('drops the kept bigrams and word diffs, so the next comparison computes them again', () => {
		const grams = bigrams('申报条件和推荐名额');
		const diff = diffWordsZh('于8月15日前报送', '于6月30日前报送').parts;
		expect(bigrams('申报条件和推荐名额')).toBe(grams);
		expect(diffWordsZh('于8月15日前报送', '于6月30日前报送').parts).toBe(diff);
		forgetTexts();
		const again = bigrams('申报条件和推荐名额');
		const diffAgain = diffWordsZh('于8月15日前报送', '于6月30日前报送').parts;
		expect(again).not.toBe(grams);
		expect(again).toEqual(grams);
		expect(diffAgain).not.toBe(diff);
		expect(diffAgain).toEqual(diff);
	});
});
